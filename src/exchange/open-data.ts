// Open data: confirmed commitments, their targets and progress as CSV (UTF-8
// with a BOM, so Excel reads the Chinese right; CRLF rows, RFC 4180 quoting)
// and JSON. The columns are declared once here with their meaning;
// docs/open-data.md documents the same list (a test keeps the two in step).

export type ColumnType = "integer" | "number" | "string" | "date" | "datetime" | "boolean" | "list";

export interface Column<R> {
  name: keyof R & string;
  type: ColumnType;
  description: string;
  /** How a list is joined in CSV (default 、). */
  sep?: string;
}

export interface CommitmentRecord {
  id: number;
  plan_id: number;
  plan: string;
  unit: string | null;
  lead_unit: string | null;
  cooperating_units: string[];
  text: string;
  goals: string[];
  deadline: string | null;
  due_date: string | null;
  status: string;
  status_label: string;
  latest_period: string | null;
  latest_progress: string | null;
  document_id: number;
  source_sentence: string | null;
  updated_at: string;
}

export interface TargetRecord {
  id: number;
  commitment_id: number | null;
  unit: string | null;
  metric: string;
  comparator: string;
  value: number;
  value_kind: string;
  unit_of_measure: string | null;
  baseline_value: number | null;
  baseline_year: number | null;
  due_year: number | null;
  latest_figure: number | null;
  latest_period: string | null;
  status: string;
  status_label: string;
}

export interface ProgressRecord {
  id: number;
  commitment_id: number | null;
  target_id: number | null;
  unit: string | null;
  period: string;
  narrative: string;
  figure: number | null;
  complete: boolean;
  evidence_links: string[];
  reported_at: string;
}

export const COMMITMENT_COLUMNS: Column<CommitmentRecord>[] = [
  { name: "id", type: "integer", description: "the commitment's id in Lantu (stable)" },
  { name: "plan_id", type: "integer", description: "the plan's id" },
  { name: "plan", type: "string", description: "the plan's name" },
  { name: "unit", type: "string", description: "the unit that made the commitment (district, department)" },
  { name: "lead_unit", type: "string", description: "the lead unit (牵头单位) answering for it" },
  { name: "cooperating_units", type: "list", description: "cooperating units (配合单位)" },
  { name: "text", type: "string", description: "the commitment, one clause-level action" },
  { name: "goals", type: "list", description: "the plan's top-level goals it serves" },
  { name: "deadline", type: "date", description: "the deadline set by the supervision office, if any" },
  {
    name: "due_date",
    type: "date",
    description: "the date it is judged against: the deadline, else its targets' latest due year",
  },
  { name: "status", type: "string", description: "not_started, on_track, behind, overdue or done" },
  {
    name: "status_label",
    type: "string",
    description: "the status in Chinese (未开始, 正常推进, 滞后, 逾期, 已完成)",
  },
  { name: "latest_period", type: "string", description: "the period of the latest progress report" },
  { name: "latest_progress", type: "string", description: "the latest progress report's narrative" },
  { name: "document_id", type: "integer", description: "the source document's id" },
  {
    name: "source_sentence",
    type: "string",
    description: "the text of the source document it was read from",
  },
  { name: "updated_at", type: "datetime", description: "when it last changed (ISO 8601, UTC)" },
];

export const TARGET_COLUMNS: Column<TargetRecord>[] = [
  { name: "id", type: "integer", description: "the target's id" },
  {
    name: "commitment_id",
    type: "integer",
    description: "the commitment it belongs to; empty for a plan indicator",
  },
  { name: "unit", type: "string", description: "the unit it belongs to" },
  { name: "metric", type: "string", description: "what is measured (食品工业产值)" },
  { name: "comparator", type: "string", description: ">= (以上), <= (以下), = or ~ (接近)" },
  {
    name: "value",
    type: "number",
    description: "the goal's figure (for a multiple, the factor: 翻两番 = 4)",
  },
  { name: "value_kind", type: "string", description: "absolute, percent, multiple or growth_rate" },
  { name: "unit_of_measure", type: "string", description: "亿元, 个, % …" },
  { name: "baseline_value", type: "number", description: "the starting figure, if known" },
  { name: "baseline_year", type: "integer", description: "the year of the starting figure" },
  { name: "due_year", type: "integer", description: "the year the goal is due" },
  { name: "latest_figure", type: "number", description: "the latest reported figure" },
  { name: "latest_period", type: "string", description: "the period of the latest figure" },
  { name: "status", type: "string", description: "not_started, on_track, behind, overdue or done" },
  { name: "status_label", type: "string", description: "the status in Chinese" },
];

export const PROGRESS_COLUMNS: Column<ProgressRecord>[] = [
  { name: "id", type: "integer", description: "the report's id" },
  { name: "commitment_id", type: "integer", description: "the commitment reported on" },
  { name: "target_id", type: "integer", description: "the target whose figure it reports, if any" },
  { name: "unit", type: "string", description: "the commitment's lead unit" },
  { name: "period", type: "string", description: "the reporting period: 2024, 2024H1, 2024Q1 or 2024-03" },
  { name: "narrative", type: "string", description: "what was done" },
  { name: "figure", type: "number", description: "the figure reported for the target" },
  { name: "complete", type: "boolean", description: "true when the report marks the commitment done" },
  {
    name: "evidence_links",
    type: "list",
    sep: " ",
    description: "links to evidence (space-separated in CSV)",
  },
  { name: "reported_at", type: "datetime", description: "when it was filed (ISO 8601, UTC)" },
];

export const DATASETS = {
  commitments: COMMITMENT_COLUMNS,
  targets: TARGET_COLUMNS,
  progress: PROGRESS_COLUMNS,
} as const;
export type Dataset = keyof typeof DATASETS;

const BOM = "\uFEFF";

function csvField<R>(v: unknown, { type, sep }: Column<R>): string {
  if (v === null || v === undefined) return "";
  let s: string;
  if (type === "list") s = (v as unknown[]).join(sep ?? "、");
  else if (type === "boolean") s = v ? "true" : "false";
  else s = String(v);
  // A leading = + - @ would run as a formula in Excel; a quote-free apostrophe keeps it text.
  if (/^[=+\-@]/.test(s) && type === "string") s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The start of a CSV file: the BOM and a header row of the column names. */
export const csvHead = <R>(columns: Column<R>[]): string =>
  BOM + columns.map((c) => c.name).join(",") + "\r\n";

/** Records as CSV lines, each ending in CRLF (a streamed file is csvHead, then these). */
export const csvLines = <R>(columns: Column<R>[], records: R[]): string =>
  records.map((r) => columns.map((c) => csvField(r[c.name], c)).join(",") + "\r\n").join("");

/** CSV with a BOM and a header row of the column names. */
export function toCsv<R>(columns: Column<R>[], records: R[]): string {
  return csvHead(columns) + csvLines(columns, records);
}

export interface OpenDataMeta {
  plan: { id: number; name: string };
  generated_at: string;
  licence_note?: string;
}

/** One JSON document with the three datasets and their column descriptions. */
export function toOpenDataJson(
  meta: OpenDataMeta,
  data: { commitments: CommitmentRecord[]; targets: TargetRecord[]; progress: ProgressRecord[] },
): string {
  const describe = <R>(cols: Column<R>[]) =>
    cols.map((c) => ({ name: c.name, type: c.type, description: c.description }));
  return (
    JSON.stringify(
      {
        ...meta,
        columns: {
          commitments: describe(COMMITMENT_COLUMNS),
          targets: describe(TARGET_COLUMNS),
          progress: describe(PROGRESS_COLUMNS),
        },
        ...data,
      },
      null,
      2,
    ) + "\n"
  );
}
