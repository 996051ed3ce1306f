// Downloads (task table, open data, 督查通报) and the task-table upload.
import { Type } from "@sinclair/typebox";
import { DOCX_MIME, XLSX_MIME } from "../../../exchange/index.ts";
import { Id, Nullable, Period, strict } from "../../schemas.ts";

const Status = Type.Union(
  ["not_started", "on_track", "behind", "overdue", "done"].map((s) => Type.Literal(s)),
);
const Format = Type.Union([Type.Literal("xlsx"), Type.Literal("csv"), Type.Literal("json")], {
  description: "xlsx: the task table (任务分解表); csv, json: open data (docs/open-data.md)",
});
const Dataset = Type.Union([Type.Literal("commitments"), Type.Literal("targets"), Type.Literal("progress")], {
  description: "csv only: which dataset (json holds all three)",
});
const filters = {
  unit: Type.Optional(Id),
  goal: Type.Optional(Id),
  status: Type.Optional(Status),
};

export const ExportQuery = Type.Object(
  {
    format: Format,
    ...filters,
    review: Type.Optional(
      Type.Union(
        ["proposed", "confirmed", "rejected", "merged", "all"].map((s) => Type.Literal(s)),
        {
          description: "xlsx only: review state (default proposed and confirmed: the working table)",
        },
      ),
    ),
    dataset: Type.Optional(Dataset),
  },
  strict,
);

export const PublicExportQuery = Type.Object(
  { format: Format, ...filters, dataset: Type.Optional(Dataset) },
  strict,
);

export const ReportQuery = Type.Object(
  {
    period: Period,
    issuer: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "default 督查室" })),
  },
  strict,
);

export const ImportQuery = Type.Object(
  {
    partial: Type.Optional(
      Type.Boolean({ description: "store the rows that read and report the rest (default: all or nothing)" }),
    ),
  },
  strict,
);

/** The upload: the .xlsx file itself as the request body (not multipart). */
export const XlsxBody = {
  content: {
    [XLSX_MIME]: { schema: { description: "the task table, an .xlsx file" } },
    "application/octet-stream": { schema: { description: "the task table, an .xlsx file" } },
  },
};

const Problem = Type.Object({
  row: Type.Integer(),
  column: Type.String({ description: "column letter, or empty for the whole row" }),
  header: Type.String(),
  reason: Type.String(),
});

export const ImportResult = Type.Object({
  plan: Type.Object({ id: Type.Integer(), name: Type.String() }),
  sheet: Type.String(),
  rows: Type.Integer(),
  created: Type.Array(Type.Integer(), { description: "new proposed items" }),
  updated: Type.Array(Type.Integer()),
  unchanged: Type.Integer(),
  existing: Type.Integer({ description: "rows without an ID whose task the plan already has" }),
  stale: Type.Array(
    Type.Object({
      row: Type.Integer(),
      id: Type.Integer(),
      version: Type.Integer(),
      current: Type.Integer(),
    }),
    { description: "rows edited from an older version of the item: not applied" },
  ),
  skipped: Type.Array(Problem, { description: "rows not imported (partial imports only)" }),
  notes: Type.Array(Type.Object({ row: Type.Integer(), message: Type.String() })),
  document_id: Nullable(Type.Integer()),
});

const file = (mime: string, what: string) => ({
  description: what,
  content: { [mime]: { schema: { type: "string" } } },
});
export const Download = {
  200: {
    description: "the file (Content-Disposition: attachment)",
    content: {
      [XLSX_MIME]: { schema: { type: "string", description: "format=xlsx" } },
      "text/csv; charset=utf-8": { schema: { type: "string", description: "format=csv, UTF-8 with BOM" } },
      "application/json": {
        schema: {
          type: "object",
          description: "format=json: {plan, generated_at, columns, commitments, targets, progress}",
        },
      },
    },
  },
};
export const DocxDownload = { 200: file(DOCX_MIME, "the 督查通报 as a Word document") };

export const ImportHeaders = Type.Object({
  "x-filename": Type.Optional(
    Type.String({
      maxLength: 200,
      description: "the file's name, for the audit log and the source document",
    }),
  ),
});
