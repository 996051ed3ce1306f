// The assessment (考核) table as an .xlsx: one row per unit with its rank,
// score, components and the facts behind them. Pure: data in, bytes out.
import { loadExcelJS } from "./exceljs.ts";

export interface AssessmentSheetRow {
  rank: number | null;
  unit: string;
  score: number | null;
  onTime: number | null;
  onTrack: number | null;
  targetsMet: number | null;
  warnings: number | null;
  reports: string;
  items: string;
  targets: string;
  warningCounts: string;
}

const pct = (v: number | null) => (v === null ? "—" : Math.round(v * 1000) / 10);

export async function assessmentXlsx(
  title: string,
  weights: string,
  rows: AssessmentSheetRow[],
): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  const ws = wb.addWorksheet("考核排名");
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([weights]);
  const header = ws.addRow([
    "排名",
    "单位",
    "得分",
    "按时报送率%",
    "正常推进率%",
    "目标达成率%",
    "预警得分%",
    "报送（按时/逾期/未报）",
    "任务（正常或完成/总数）",
    "目标（达成/总数）",
    "预警（蓝/黄/红）",
  ]);
  header.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      r.rank ?? "—",
      r.unit,
      r.score ?? "—",
      pct(r.onTime),
      pct(r.onTrack),
      pct(r.targetsMet),
      pct(r.warnings),
      r.reports,
      r.items,
      r.targets,
      r.warningCounts,
    ]);
  }
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 24 : 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
