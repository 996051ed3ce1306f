// Reads a task table (任务分解表) from .xlsx bytes as spreadsheet programs and
// offices make them: a title above, a header row (or two, when a merged
// group header such as 责任单位 sits over 牵头单位 | 配合单位), blank rows,
// section rows (一、科创引领之城) merged across the table, units merged down
// several tasks, dates as Excel dates, serials or words. Pure: bytes in,
// rows and problems out; every problem names its row, column and reason.
import type ExcelJS from "exceljs";
import { loadExcelJS } from "./exceljs.ts";
import { LantuError } from "../errors.ts";
import { megabytes } from "../input/limits.ts";
import { measureZip } from "../input/zip-measure.ts";
import { matchHeader, type Field } from "./columns.ts";
import { parseDeadline, type Deadline } from "./deadline.ts";
import { splitUnits } from "./units.ts";

export interface TaskRow {
  /** The row's number in the sheet, as the spreadsheet program shows it. */
  row: number;
  seq: string | null;
  text: string;
  /** Named lead units, in order (the first leads; any others cooperate). */
  lead: string[];
  cooperating: string[];
  deadline: Exclude<Deadline, { kind: "invalid" }>;
  progress: string | null;
  id: number | null;
  version: number | null;
  /** The section heading the row sits under, if the table has them. */
  section: string | null;
}

export interface RowProblem {
  row: number;
  /** Column letter (E) and header text (完成时限), or "" for the whole row. */
  column: string;
  header: string;
  /** What is wrong, for a translated message: the reason below is the English detail. */
  code: ProblemCode;
  /** The cell's text or the name the code is about (a unit, a deadline), when there is one. */
  value?: string;
  reason: string;
}

export type ProblemCode =
  "empty_task" | "bad_deadline" | "not_whole_number" | "version_missing" | "unknown_unit" | "not_in_plan";

export interface TaskTableRead {
  sheet: string;
  title: string | null;
  headerRow: number;
  columns: Partial<Record<Field, { col: number; letter: string; header: string }>>;
  rows: TaskRow[];
  /** Rows with a problem, read as far as they go (so that later checks, such as units, can add theirs). */
  rejected: TaskRow[];
  problems: RowProblem[];
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const HEADER_SCAN = 30;

type Scalar = string | number | boolean | Date | null;

/** A cell's value as one scalar: rich text joined, formulas by their result, links by their text. */
export function cellScalar(cell: ExcelJS.Cell): Scalar {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("result" in o) {
      const r = o.result;
      return typeof r === "object" && r !== null && !(r instanceof Date) ? null : (r as Scalar);
    }
    if ("text" in o)
      return typeof o.text === "string" ? o.text : cellScalar({ value: o.text } as ExcelJS.Cell);
    if ("error" in o) return null;
  }
  return String(v);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cellScalar(cell);
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

const letter = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

type Mapping = Map<Field, { col: number; rank: number; header: string }>;

/** Maps the header cells of one row (merged followers skipped). */
function mapRow(ws: ExcelJS.Worksheet, r: number, width: number): Mapping {
  const found: Mapping = new Map();
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(r, c);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    const text = cellText(cell);
    const m = matchHeader(text);
    if (!m) continue;
    const prev = found.get(m.field);
    if (!prev || m.rank < prev.rank) found.set(m.field, { col: c, rank: m.rank, header: text });
  }
  return found;
}

const isHeader = (m: Mapping) => m.has("text") && m.size >= 2;

/** Finds the header row (and a sub-header row below a merged group header). */
function findHeader(ws: ExcelJS.Worksheet, width: number) {
  const last = Math.min(ws.rowCount, HEADER_SCAN);
  for (let r = 1; r <= last; r++) {
    const top = mapRow(ws, r, width);
    if (!isHeader(top)) continue;
    // A second header row: below the header, every cell not merged with it names a field.
    const sub: Mapping = new Map();
    let other = false;
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r + 1, c);
      if (cell.isMerged && cell.master.fullAddress.row <= r) continue;
      const text = cellText(cell);
      if (!text) continue;
      const m = matchHeader(text);
      if (m && m.rank < 100 && m.field !== "text") sub.set(m.field, { col: c, rank: m.rank, header: text });
      else other = true;
    }
    if (other) sub.clear();
    const columns: Mapping = new Map(top);
    if (sub.size) {
      const subCols = new Set([...sub.values()].map((v) => v.col));
      for (const [f, v] of top) if (subCols.has(v.col)) columns.delete(f);
      for (const [f, v] of sub) columns.set(f, v);
    }
    return { row: sub.size ? r + 1 : r, columns };
  }
  return null;
}

function sheetWidth(ws: ExcelJS.Worksheet): number {
  let width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row) => {
    width = Math.max(width, row.cellCount);
  });
  return Math.min(width, 200);
}

const SECTION = /^[（(]?[一二三四五六七八九十]+[、)）.．]|^第[一二三四五六七八九十]+[部分章节]/;
const FOOTER = /^(?:注|说明|备注|填表|制表|审核人|联系人|联系电话)/;

/**
 * The most a task table may unpack to. exceljs holds the whole workbook as
 * objects several times the size of its XML; an office's table of a few
 * thousand rows unpacks to a few megabytes.
 */
export const DEFAULT_MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;

export async function readTaskTable(
  bytes: Uint8Array,
  options: { refYear: number; maxUnpackedBytes?: number },
): Promise<TaskTableRead> {
  const max = options.maxUnpackedBytes ?? DEFAULT_MAX_XLSX_UNPACKED_BYTES;
  // Measured by inflating before exceljs sees it: the archive's directory can lie.
  const measured = await measureZip(bytes, max);
  if (!measured.ok && measured.reason === "too_large") {
    throw new LantuError(
      "file_too_large",
      `the .xlsx unpacks to more than ${megabytes(max)}, the limit for a task table`,
      {
        limit: "maxUnpackedBytes",
        max,
      },
    );
  }
  if (!measured.ok) {
    throw new LantuError(
      "file_corrupt",
      `not a readable .xlsx workbook (${measured.detail}); save the table as Excel .xlsx`,
    );
  }
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new LantuError(
      "file_corrupt",
      `not a readable .xlsx workbook (${(err as Error).message.slice(0, 120)}); save the table as Excel .xlsx`,
    );
  }
  for (const ws of wb.worksheets) {
    const width = sheetWidth(ws);
    const header = findHeader(ws, width);
    if (!header) continue;
    return readSheet(ws, width, header, options.refYear);
  }
  throw new LantuError(
    "import_rejected",
    `no header row found in the first ${HEADER_SCAN} rows of any sheet: a task table needs a task column (任务内容, 重点任务, 工作任务, 工作内容…) and at least one of 牵头单位, 配合单位, 完成时限, 进展情况`,
  );
}

function readSheet(
  ws: ExcelJS.Worksheet,
  width: number,
  header: { row: number; columns: Mapping },
  refYear: number,
): TaskTableRead {
  const columns: TaskTableRead["columns"] = {};
  for (const [f, v] of header.columns) columns[f] = { col: v.col, letter: letter(v.col), header: v.header };
  const col = (f: Field) => columns[f]?.col;

  let title: string | null = null;
  for (let r = 1; r < header.row && title === null; r++) {
    for (let c = 1; c <= width && title === null; c++) {
      const t = cellText(ws.getCell(r, c));
      if (t) title = t;
    }
  }

  const rows: TaskRow[] = [];
  const rejected: TaskRow[] = [];
  const problems: RowProblem[] = [];
  let section: string | null = null;
  const mapped = [...header.columns.values()].map((v) => v.col);

  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const cells = new Map<number, ExcelJS.Cell>();
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      if (cellText(cell)) cells.set(c, cell);
    }
    if (cells.size === 0) continue;
    const texts = [...cells.values()].map(cellText);
    // A section heading merged across the table, or a lone 一、… heading.
    const masters = new Set([...cells.values()].map((cell) => cell.master.address));
    const spansColumns =
      masters.size === 1 && [...cells.values()].some((cell) => cell.master.address !== cell.address);
    const sameRow = [...cells.values()].every((cell) => cell.master.fullAddress.row === r);
    if ((spansColumns && sameRow) || (cells.size === 1 && SECTION.test(texts[0]!))) {
      section = texts[0]!;
      continue;
    }
    if (cells.size === 1 && FOOTER.test(texts[0]!)) continue;
    if (texts.every((t) => (matchHeader(t)?.rank ?? 100) < 100)) continue; // a header repeated on a later page
    if (![...cells.keys()].some((c) => mapped.includes(c))) continue;

    const problem = (f: Field, code: ProblemCode, reason: string, value?: string) =>
      problems.push({
        row: r,
        column: columns[f]?.letter ?? "",
        header: columns[f]?.header ?? "",
        code,
        ...(value === undefined ? {} : { value }),
        reason,
      });
    const get = (f: Field) => {
      const c = col(f);
      return c === undefined ? null : cellScalar(ws.getCell(r, c));
    };
    const text = (f: Field) => {
      const c = col(f);
      return c === undefined ? "" : cellText(ws.getCell(r, c));
    };

    const before = problems.length;
    const task = text("text");
    if (!task) problem("text", "empty_task", "the task is empty");
    const deadline = parseDeadline(get("deadline"), refYear);
    if (deadline.kind === "invalid") problem("deadline", "bad_deadline", deadline.reason, text("deadline"));
    const int = (f: Field) => {
      const v = get(f);
      if (v === null || v === "") return null;
      const n = typeof v === "number" ? v : Number(String(v).trim());
      if (Number.isInteger(n) && n > 0) return n;
      problem(f, "not_whole_number", `"${String(v)}" is not a whole number`, String(v));
      return null;
    };
    const id = int("id");
    const version = int("version");
    if (id !== null && version === null && col("version") !== undefined) {
      problem("version", "version_missing", "a row with an ID needs its version (copy it from the export)");
    }
    (problems.length > before ? rejected : rows).push({
      row: r,
      seq: text("seq") || null,
      text: task,
      lead: splitUnits(text("lead")),
      cooperating: splitUnits(text("cooperating")),
      deadline: deadline.kind === "invalid" ? { kind: "none" } : deadline,
      progress: text("progress") || null,
      id,
      version,
      section,
    });
  }
  return { sheet: ws.name, title, headerRow: header.row, columns, rows, rejected, problems };
}
