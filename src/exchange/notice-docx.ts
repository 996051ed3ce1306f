// The 督办单 (supervision notice) as a .docx: a numbered notice to one unit
// about one item — the item, its history, what is demanded, by when to reply.
// Pure: data in, bytes out.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { chineseDate } from "./labels.ts";

export const LEVEL_LABEL: Record<string, string> = { blue: "蓝色", yellow: "黄色", red: "红色", none: "" };
const LEVEL_COLOR: Record<string, string> = {
  blue: "1F4E9B",
  yellow: "B8860B",
  red: "C00000",
  none: "000000",
};

export interface NoticeData {
  issuer: string;
  number: string;
  level: string;
  unit: string;
  item: string;
  deadline: string | null;
  status: string;
  demandedAction: string;
  replyDeadline: string;
  issuedOn: string;
  /** Dated lines of the item's history, oldest first. */
  history: { on: string; text: string }[];
}

const FONT = "仿宋";
const run = (text: string, o: { bold?: boolean; size?: number; color?: string; font?: string } = {}) =>
  new TextRun({ text, bold: o.bold, size: o.size ?? 30, color: o.color, font: o.font ?? FONT });
const para = (children: TextRun[], o: { center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: o.center ? AlignmentType.CENTER : undefined,
    indent: o.indent ? { firstLine: 600 } : undefined,
    spacing: { line: 480 },
  });

function row(label: string, value: string) {
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [run(text, { bold, size: 24 })] })],
    });
  return new TableRow({ cantSplit: true, children: [cell(label, 22, true), cell(value, 78)] });
}

export function noticeDocument(d: NoticeData): Document {
  const color = LEVEL_COLOR[d.level] ?? "000000";
  const history = d.history.length
    ? d.history.map((h) => `${chineseDate(h.on)}\u3000${h.text}`).join("\n")
    : "无";
  return new Document({
    sections: [
      {
        children: [
          para([run(`${LEVEL_LABEL[d.level] ?? ""}督办单`, { font: "黑体", size: 56, bold: true, color })], {
            center: true,
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color, space: 6 } },
            spacing: { after: 240 },
            children: [run(d.number)],
          }),
          para([run(`${d.unit}：`)]),
          para(
            [
              run(
                `你单位承担的下列任务${d.status}，现予${LEVEL_LABEL[d.level] ?? ""}督办。请按要求抓紧落实，并于${chineseDate(d.replyDeadline)}前书面反馈办理情况。`,
              ),
            ],
            { indent: true },
          ),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row("督办事项", d.item),
              row("完成时限", d.deadline ? chineseDate(d.deadline) : "未定"),
              row("当前状态", d.status),
              row("办理经过", history),
              row("督办要求", d.demandedAction),
              row("反馈时限", chineseDate(d.replyDeadline)),
            ],
          }),
          new Paragraph({
            spacing: { before: 480 },
            alignment: AlignmentType.RIGHT,
            children: [run(d.issuer)],
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(chineseDate(d.issuedOn))] }),
        ],
      },
    ],
  });
}

export const noticeDocx = (d: NoticeData): Promise<Buffer> => Packer.toBuffer(noticeDocument(d));
