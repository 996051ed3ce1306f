// The quarterly supervision report (督查通报) as a .docx, built from plain
// data: a red title block, the summary counts, the units' assessment (考核)
// scores and ranks for the period, one table per unit (items, status, this
// period's progress), the overdue list with lead units and the items needing
// attention. Pure: data in, bytes out.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { STATUSES, type Status } from "../domain/types.ts";
import { chineseDate, STATUS_FILL, STATUS_LABEL, statusLabel } from "./labels.ts";

export interface ReportItem {
  id: number;
  text: string;
  status: string;
  lead: string | null;
  deadline: string | null;
  /** This period's latest progress narrative, or null when none was filed. */
  progress: string | null;
}

export interface AttentionItem extends ReportItem {
  reason: string;
}

/** One unit's assessment for the period (domain/cycle/assessment.ts: shares in [0, 1]). */
export interface RankedUnit {
  unit: string;
  rank: number | null;
  score: number | null;
  reports: { onTime: number; late: number; missing: number };
  items: { total: number; onTrackOrDone: number };
  targets: { total: number; met: number };
  warnings: { blue: number; yellow: number; red: number };
}

export interface SupervisionReportData {
  issuer: string;
  plan: string;
  period: string;
  periodLabel: string;
  /** The day the counts stand at (the period's last day, or today if earlier). */
  asOf: string;
  issuedOn: string;
  summary: {
    total: number;
    byStatus: Record<Status, number>;
    reports: number;
    reportingUnits: number;
    owingUnits: { unit: string; missing: number }[];
  };
  units: { unit: string; items: ReportItem[] }[];
  /** The units ranked by their assessment score, best first; null when the period cannot be assessed yet. */
  ranking: RankedUnit[] | null;
  overdue: ReportItem[];
  attention: AttentionItem[];
}

const FONT = "仿宋";
const HEADING_FONT = "黑体";
const TITLE_FONT = "方正小标宋简体";
const RED = "C00000";

const cn = chineseDate;
const ORDINAL = "一二三四五六七八九十";
const ordinal = (n: number) => (n <= 10 ? ORDINAL[n - 1]! : n < 20 ? "十" + ORDINAL[n - 11] : String(n));

const run = (text: string, o: { bold?: boolean; size?: number; color?: string; font?: string } = {}) =>
  new TextRun({ text, bold: o.bold, size: o.size, color: o.color, font: o.font });

const para = (text: string, o: { indent?: boolean; align?: "center" | "right" } = {}) =>
  new Paragraph({
    children: [run(text)],
    alignment:
      o.align === "center" ? AlignmentType.CENTER : o.align === "right" ? AlignmentType.RIGHT : undefined,
    indent: o.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 520 },
  });

const heading = (text: string) =>
  new Paragraph({
    children: [run(text, { font: HEADING_FONT })],
    indent: { firstLine: 640 },
    spacing: { before: 120, line: 520 },
  });

const subheading = (text: string) =>
  new Paragraph({
    children: [run(text, { font: "楷体", bold: true })],
    indent: { firstLine: 640 },
    spacing: { before: 120, line: 520 },
  });

function cell(text: string, o: { header?: boolean; fill?: string; width: number; center?: boolean }) {
  return new TableCell({
    width: { size: o.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
    children: [
      new Paragraph({
        alignment: o.center || o.header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: o.header, size: 21 })],
      }),
    ],
  });
}

/** A table with a repeated header row; `fills` colours one column by status. */
function table(headers: [string, number][], rows: string[][], statusCol?: number, statuses?: string[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map(([h, w]) => cell(h, { header: true, width: w, fill: "D9D9D9" })),
      }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            children: r.map((text, j) => {
              const status = statuses?.[i] as Status | undefined;
              const fill = j === statusCol && status ? STATUS_FILL[status]?.slice(2) : undefined;
              return cell(text, { width: headers[j]![1], fill, center: j === 0 || j === statusCol });
            }),
          }),
      ),
    ],
  });
}

const share = (n: number, total: number) => (total ? `${Math.round((n / total) * 1000) / 10}%` : "—");

function summaryText(d: SupervisionReportData): string {
  const s = d.summary;
  const parts = STATUSES.filter((k) => k !== "not_started" || s.byStatus[k])
    .map((k) => `${STATUS_LABEL[k]}${s.byStatus[k]}项`)
    .join("，");
  const owing = s.owingUnits.length
    ? `${s.owingUnits.length}个单位本期未报送或未全部报送进展（${s.owingUnits
        .map((u) => `${u.unit}${u.missing}项`)
        .join("、")}）。`
    : "各单位均已按时报送进展。";
  return (
    `截至${cn(d.asOf)}，${d.plan}纳入督查的任务共${s.total}项，其中${parts}。` +
    `本期共收到${s.reportingUnits}个单位报送的进展报告${s.reports}份；${owing}`
  );
}

const ratio = (n: number, total: number) => (total ? `${n}/${total}` : "—");

/** The assessment table: one row per unit with its score and rank (考核得分, 排名). */
function rankingBlock(d: SupervisionReportData): (Paragraph | Table)[] {
  if (d.ranking === null) return [para(`${d.periodLabel}尚未开始，暂不考核。`)];
  if (!d.ranking.length) return [];
  return [
    para(
      `按照按时报送、正常推进、目标达成和预警情况综合计分（满分100分），${d.periodLabel}各单位考核得分和排名如下：`,
    ),
    table(
      [
        ["排名", 8],
        ["单位", 24],
        ["按时报送", 14],
        ["正常推进", 14],
        ["目标达成", 14],
        ["预警(蓝/黄/红)", 14],
        ["考核得分", 12],
      ],
      d.ranking.map((u) => [
        u.rank === null ? "—" : String(u.rank),
        u.unit,
        ratio(u.reports.onTime, u.reports.onTime + u.reports.late + u.reports.missing),
        ratio(u.items.onTrackOrDone, u.items.total),
        ratio(u.targets.met, u.targets.total),
        `${u.warnings.blue}/${u.warnings.yellow}/${u.warnings.red}`,
        u.score === null ? "—" : u.score.toFixed(1),
      ]),
    ),
  ];
}

export function supervisionReportDocument(d: SupervisionReportData): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120 },
      children: [run("督 查 通 报", { font: TITLE_FONT, size: 72, bold: true, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`（${d.periodLabel}）`)],
    }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: [{ type: "right", position: 9000 }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      spacing: { before: 240, after: 360 },
      children: [run(d.issuer), run(`\t${cn(d.issuedOn)}`)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240, line: 560 },
      children: [
        run(`关于${d.plan}${d.periodLabel}落实情况的通报`, { font: TITLE_FONT, size: 40, bold: true }),
      ],
    }),
    heading("一、总体情况"),
    para(summaryText(d)),
    table(
      [
        ["状态", 40],
        ["项数", 30],
        ["占比", 30],
      ],
      [
        ...STATUSES.map((k) => [
          STATUS_LABEL[k],
          String(d.summary.byStatus[k]),
          share(d.summary.byStatus[k], d.summary.total),
        ]),
        ["合计", String(d.summary.total), d.summary.total ? "100%" : "—"],
      ],
      0,
      [...STATUSES],
    ),
    heading("二、各单位落实情况"),
    ...rankingBlock(d),
  ];

  if (!d.units.length) children.push(para("本期无纳入督查的任务。"));
  d.units.forEach((u, i) => {
    children.push(subheading(`（${ordinal(i + 1)}）${u.unit}（${u.items.length}项）`));
    children.push(
      table(
        [
          ["序号", 8],
          ["任务内容", 36],
          ["状态", 10],
          ["完成时限", 16],
          ["本期进展", 30],
        ],
        u.items.map((it, n) => [
          String(n + 1),
          it.text,
          statusLabel(it.status),
          it.deadline ?? "—",
          it.progress ?? "本期未报送",
        ]),
        2,
        u.items.map((it) => it.status),
      ),
    );
  });

  children.push(heading("三、逾期任务"));
  if (!d.overdue.length) children.push(para("本期无逾期未完成的任务。"));
  else {
    children.push(para(`截至${cn(d.asOf)}，共有${d.overdue.length}项任务逾期未完成，请牵头单位抓紧推进：`));
    children.push(
      table(
        [
          ["序号", 8],
          ["任务内容", 50],
          ["牵头单位", 20],
          ["完成时限", 22],
        ],
        d.overdue.map((it, n) => [String(n + 1), it.text, it.lead ?? "未明确", it.deadline ?? "—"]),
      ),
    );
  }

  children.push(heading("四、需要关注的事项"));
  if (!d.attention.length) children.push(para("本期无需要特别关注的事项。"));
  else {
    d.attention.forEach((it, n) =>
      children.push(para(`${n + 1}. ${it.lead ?? "未明确牵头单位"}：${it.text}（${it.reason}）`)),
    );
  }
  children.push(
    para("请各单位对照通报事项认真整改，于下一报送周期内报送整改和推进情况。"),
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    para(d.issuer, { align: "right", indent: false }),
    para(cn(d.issuedOn), { align: "right", indent: false }),
  );

  return new Document({
    creator: "Lantu",
    title: `督查通报 ${d.periodLabel}`,
    description: `${d.plan} ${d.period}`,
    styles: {
      default: {
        document: { run: { font: { ascii: FONT, eastAsia: FONT, hAnsi: FONT }, size: 28 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children,
      },
    ],
  });
}

export async function buildSupervisionReport(d: SupervisionReportData): Promise<Buffer> {
  return Packer.toBuffer(supervisionReportDocument(d));
}
