// The formats offices and integrators use, as pure builders and parsers:
// bytes or plain data in, plain data or bytes out; no database, no files.
export { parseDeadline, excelSerialDate, type Deadline } from "./deadline.ts";
export { matchHeader, normalizeHeader, HEADER, SYNONYMS, FIELDS, type Field } from "./columns.ts";
export { normalizeUnitName, splitUnits, unitResolver, type KnownUnit, type UnitResolver } from "./units.ts";
export {
  readTaskTable,
  XLSX_MIME,
  type ProblemCode,
  type RowProblem,
  type TaskRow,
  type TaskTableRead,
} from "./task-table.read.ts";
export {
  writeTaskTable,
  writeTaskTableTo,
  type TaskTableItem,
  type TaskTableOptions,
} from "./task-table.write.ts";
export {
  buildSupervisionReport,
  supervisionReportDocument,
  type AttentionItem,
  type RankedUnit,
  type ReportItem,
  type SupervisionReportData,
} from "./supervision-report.ts";
export {
  COMMITMENT_COLUMNS,
  DATASETS,
  PROGRESS_COLUMNS,
  TARGET_COLUMNS,
  toCsv,
  csvHead,
  csvLines,
  toOpenDataJson,
  type Column,
  type CommitmentRecord,
  type Dataset,
  type ProgressRecord,
  type TargetRecord,
} from "./open-data.ts";
export { chineseDate, periodLabel, REVIEW_LABEL, STATUS_LABEL, reviewLabel, statusLabel } from "./labels.ts";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
