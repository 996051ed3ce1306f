// Writes the task table (任务分解表) as .xlsx from plain rows: a title, a
// frozen header row with the office's Chinese column names, widths and
// wrapped text, status colours, and — in the working table — the review state
// and each item's ID and version, so that the same file can be edited and
// imported back (readTaskTable finds the header below the title).
import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "./exceljs.ts";
import type { Status } from "../domain/types.ts";
import { exportColumns, HEADER, type Field } from "./columns.ts";
import { reviewLabel, STATUS_FILL, statusLabel } from "./labels.ts";

export interface TaskTableItem {
  id: number;
  version: number;
  text: string;
  lead: string | null;
  cooperating: string[];
  /** YYYY-MM-DD or null. */
  deadline: string | null;
  progress: string | null;
  status: string;
  review: string;
  goals: string[];
}

export interface TaskTableOptions {
  title: string;
  /** A line under the title: what was exported, when. */
  note?: string;
  /** The office's working table (review state, version) or a public one. */
  working: boolean;
  /** Tests: the item rows through ExcelJS's own row and cell objects, which rowWriter's XML must equal. */
  viaExcelJsRows?: boolean;
}

const WIDTH: Record<Field, number> = {
  seq: 6,
  text: 56,
  lead: 16,
  cooperating: 24,
  deadline: 12,
  progress: 40,
  status: 10,
  review: 10,
  goals: 18,
  id: 10,
  version: 8,
};

const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function value(item: TaskTableItem, seq: number, f: Field): ExcelJS.CellValue {
  switch (f) {
    case "seq":
      return seq;
    case "text":
      return item.text;
    case "lead":
      return item.lead ?? "";
    case "cooperating":
      return item.cooperating.join("、");
    case "deadline":
      return item.deadline ? new Date(`${item.deadline}T00:00:00Z`) : "";
    case "progress":
      return item.progress ?? "";
    case "status":
      return statusLabel(item.status);
    case "review":
      return reviewLabel(item.review);
    case "goals":
      return item.goals.join("、");
    case "id":
      return item.id;
    case "version":
      return item.version;
  }
}

/**
 * Waits until the zip has taken the sheet's XML written so far. ExcelJS's
 * streaming writer hands each 64 KB of a sheet's XML to the zip without
 * waiting (utils/stream-buf.js ignores the answer of write), so rows made
 * faster than they are deflated pile up in memory: the whole sheet, 70 MB of
 * XML at 100,000 rows. The zip's entry stream (archiver's PassThrough, the
 * sheet stream's one pipe) says when it has drained. ExcelJS is pinned
 * (package.json); test/exchange/export-stream.test.ts checks the memory.
 */
type ZipEntry = NodeJS.EventEmitter & { _writableState?: { needDrain?: boolean } };

async function zipCaughtUp(ws: ExcelJS.Worksheet): Promise<void> {
  // archiver's PassThrough is readable-stream's (v2), which has no writableNeedDrain getter.
  const entry = (ws as unknown as { _stream?: { pipes?: ZipEntry[] } })._stream?.pipes?.[0];
  if (entry?._writableState?.needDrain) await once(entry, "drain");
}

/** ExcelJS's XML escape (utils.xmlEncode): the five entities; control characters XML cannot hold dropped. */
// eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it finds
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const XML_SPECIALS = new RegExp(XML_SPECIAL.source, "g");
const XML_ENTITY: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};
const xmlText = (text: string) =>
  XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (c) => XML_ENTITY[c] ?? "") : text;

type StyleOf = (f: Field, status: string) => Partial<ExcelJS.Style>;
/** ExcelJS's ValueType numbers (its module is loaded lazily: exceljs.ts). */
const VALUE_TYPE = { Number: 2, String: 3, Date: 4 } as const;
interface StyleRegistry {
  addStyleModel(style: object, cellType?: number): number;
}

/**
 * Writes an item row's XML straight to the sheet's stream: the same XML
 * ExcelJS's row and cell writers make (the task-table tests compare the two),
 * without a Row and eleven Cell objects per item, their models and an XML
 * builder of an array of small strings: those were most of an export's first
 * build (about 15 of 25 ms for a unit's 717 items at 100,000 commitments).
 * Style ids come from the workbook's own registry, asked as ExcelJS asks it
 * (the row's empty style, then each cell's style with its value type), so the
 * styles part is the same too. Relies on ExcelJS's streaming writer's
 * internals, as zipCaughtUp does (ExcelJS is pinned in package.json).
 */
function rowWriter(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet, fields: Field[]) {
  const styles = (wb as unknown as { styles: StyleRegistry }).styles;
  const sheet = ws as unknown as { stream: { write(xml: string): void }; _rowZero: number };
  const letters = fields.map((_, i) => String.fromCharCode(65 + i));
  const spans = `1:${fields.length}`;
  return (r: number, item: TaskTableItem, seq: number, styleOf: StyleOf) => {
    const rowStyle = styles.addStyleModel({});
    let xml = `<row r="${r}" spans="${spans}"${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ""} x14ac:dyDescent="0.25">`;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = value(item, seq, f);
      const type =
        v instanceof Date ? VALUE_TYPE.Date : typeof v === "number" ? VALUE_TYPE.Number : VALUE_TYPE.String;
      const id = styles.addStyleModel(styleOf(f, item.status), type);
      xml += `<c r="${letters[i]}${r}"${id ? ` s="${id}"` : ""}`;
      if (v instanceof Date) xml += `><v>${25569 + v.getTime() / 86_400_000}</v></c>`;
      else if (typeof v === "number") xml += `><v>${v}</v></c>`;
      else xml += ` t="str"><v>${xmlText(String(v))}</v></c>`;
    }
    sheet.stream.write(xml + "</row>");
    // The rows written so far, as if committed: ws.getRow and commit count from here.
    sheet._rowZero = r + 1;
  };
}

/**
 * Writes the table to `out` as its pages of rows arrive (ExcelJS's streaming
 * writer: each row is committed and leaves memory), so a 100,000-row export
 * holds one page at a time.
 */
export async function writeTaskTableTo(
  out: Writable,
  pages: AsyncIterable<TaskTableItem[]>,
  o: TaskTableOptions,
): Promise<void> {
  const fields = exportColumns(o.working);
  const last = fields.length;
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Lantu";
  const ws = wb.addWorksheet("任务分解表", {
    views: [{ state: "frozen", ySplit: 3, xSplit: 0 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: last } };
  ws.columns = fields.map((f) => ({ key: f, width: WIDTH[f] }));

  ws.mergeCells(1, 1, 1, last);
  const titleRow = ws.getRow(1);
  const title = titleRow.getCell(1);
  title.value = o.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  titleRow.height = 30;
  titleRow.commit();
  ws.mergeCells(2, 1, 2, last);
  const noteRow = ws.getRow(2);
  const note = noteRow.getCell(1);
  note.value =
    (o.note ?? "") +
    (o.working
      ? "（系统编号、版本号供修改后导回，请勿改动；状态、审核状态、对应目标仅供参考，导回时不读取）"
      : "");
  note.font = { size: 9, color: { argb: "FF666666" } };
  note.alignment = { horizontal: "left", vertical: "middle", wrapText: true };
  noteRow.height = 28;
  noteRow.commit();

  const header = ws.getRow(3);
  fields.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    cell.value = HEADER[f];
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  header.height = 22;
  header.commit();

  // One style object per column (and per status colour), shared by every row:
  // ExcelJS files a cell's style by the object's identity first, so a shared
  // object costs one lookup; a style built per cell is rendered to XML and
  // compared each time (two thirds of the writer's time at 20,000 rows).
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (f: Field, status: string): Partial<ExcelJS.Style> => {
    const fill = f === "status" && status in STATUS_FILL ? STATUS_FILL[status as Status] : null;
    const key = fill ? `${f}:${fill}` : f;
    let style = styles.get(key);
    if (!style) {
      const centred = f === "seq" || f === "deadline" || f === "status" || f === "review" || f === "id";
      style = {
        border: BORDER,
        alignment: { vertical: "top", wrapText: true, horizontal: centred ? "center" : "left" },
        ...(f === "deadline" ? { numFmt: "yyyy-mm-dd" } : {}),
        ...(fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill } } } : {}),
        ...(f === "id" || f === "version" ? { font: { color: { argb: "FF808080" } } } : {}),
      };
      styles.set(key, style);
    }
    return style;
  };

  let n = 0;
  const rows = o.viaExcelJsRows ? null : rowWriter(wb, ws, fields);
  for await (const items of pages) {
    for (const item of items) {
      n++;
      if (rows) {
        rows(4 + n - 1, item, n, styleOf);
        continue;
      }
      const row = ws.getRow(4 + n - 1);
      for (let i = 0; i < last; i++) {
        const f = fields[i]!;
        const cell = row.getCell(i + 1);
        cell.value = value(item, n, f);
        cell.style = styleOf(f, item.status);
      }
      row.commit();
    }
    // Let the zip and a slow reader take what is written before the next page is made.
    await zipCaughtUp(ws);
    if (out.writableNeedDrain) await once(out, "drain");
  }
  ws.commit();
  await wb.commit();
}

/** The whole table as one buffer (the CLI and tests; the HTTP route streams). */
export async function writeTaskTable(items: TaskTableItem[], o: TaskTableOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  const ended = once(sink, "end");
  await writeTaskTableTo(
    sink,
    (async function* () {
      yield items;
    })(),
    o,
  );
  await ended;
  return Buffer.concat(chunks);
}
