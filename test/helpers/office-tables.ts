// Task tables made the way offices make them in a spreadsheet program: a
// merged title and a filler line above, a two-row header with a merged group
// (责任单位 over 牵头单位 | 配合单位), section rows merged across, blank rows,
// a unit merged down two tasks, deadlines as Excel dates, serials and words,
// a footnote. With `problems`, one row names an unknown unit and one an
// unreadable deadline.
import ExcelJS from "exceljs";

export interface OfficeTableOptions {
  problems?: boolean;
  /** The task texts, to line up with items already stored. */
  tasks?: string[];
}

export const OFFICE_TASKS = [
  "建设创新大厦，打造科技创新高地",
  "建设科技成果转化中心",
  "推进智能制造产业园建设",
  "推进老旧小区改造",
  "发展冰雪经济",
];

export async function officeTaskTable(o: OfficeTableOptions = {}): Promise<Buffer> {
  const t = o.tasks ?? OFFICE_TASKS;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.mergeCells("A1:G1");
  ws.getCell("A1").value = "2023年重点工作任务分解表";
  ws.mergeCells("A2:G2");
  ws.getCell("A2").value = "填报单位：市委督查室        填报日期：2023年1月10日";
  for (const [range, text] of [
    ["A3:A4", "序号"],
    ["B3:B4", "重点任务"],
    ["C3:D3", "责任单位"],
    ["E3:E4", "完成时限"],
    ["F3:F4", "进展情况"],
    ["G3:G4", "备注"],
  ] as const) {
    ws.mergeCells(range);
    ws.getCell(range.slice(0, 2)).value = text;
  }
  ws.getCell("C4").value = "牵头单位";
  ws.getCell("D4").value = "配合单位\n（协办）";
  ws.mergeCells("A5:G5");
  ws.getCell("A5").value = "一、创新引领之都";
  ws.getRow(6).values = [1, t[0], "南岗区", "道里区、香坊区", "2023年6月前", "已完成主体结构", ""];
  // An Excel date serial typed as a plain number (a cell formatted General).
  ws.getRow(7).values = [2, t[1], "南岗区人民政府", "", 45291, "", "新增"];
  // Row 8 left blank on purpose.
  ws.getRow(9).values = [3, t[2], "道里区", "", "长期坚持", "", ""];
  ws.getRow(10).values = [
    4,
    t[3],
    "",
    o.problems ? "市发改委" : "",
    o.problems ? "尽快" : "三季度末",
    "",
    "",
  ];
  ws.mergeCells("C9:C10");
  ws.mergeCells("A11:G11");
  ws.getCell("A11").value = "二、先进制造之都";
  ws.getRow(12).values = [5, t[4], "香坊", "", new Date(Date.UTC(2022, 11, 31)), "", ""];
  ws.getCell("E12").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("A14").value = "注：完成时限以市委文件为准。";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
