// Downloads (task table, open data, 督查通报) and the task-table upload.
import { Type } from "@sinclair/typebox";
import { DOCX_MIME, XLSX_MIME } from "../../../exchange/index.ts";
import { Id, Nullable, Period, strict } from "../../schemas.ts";
import { fileBody } from "../../responses.ts";

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
    preview: Type.Optional(
      Type.String({
        pattern: "^[0-9a-f]{40}$",
        description:
          "the token of a preview of this file (POST …/task-table/preview): the import refuses (409 import_preview_stale) unless it would do exactly what that preview said",
      }),
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

const ProblemCode = Type.Union(
  ["empty_task", "bad_deadline", "not_whole_number", "version_missing", "unknown_unit", "not_in_plan"].map(
    (c) => Type.Literal(c),
  ),
  { description: "what is wrong, for a translated message" },
);
const problemFields = {
  column: Type.String({ description: "column letter, or empty for the whole row" }),
  header: Type.String(),
  code: ProblemCode,
  value: Type.Optional(Type.String({ description: "the cell's text or the unit name the code is about" })),
  reason: Type.String({ description: "in English, the technical detail" }),
};
const Problem = Type.Object({ row: Type.Integer(), ...problemFields });

const Kind = Type.Union(
  ["new", "updated", "unchanged", "existing", "stale", "kept", "rejected"].map((k) => Type.Literal(k)),
);
const Field = Type.Union(["text", "lead", "cooperating", "deadline", "progress"].map((f) => Type.Literal(f)));

export const ImportPreview = Type.Object({
  plan: Type.Object({ id: Type.Integer(), name: Type.String() }),
  sheet: Type.String(),
  rows: Type.Integer({ description: "task rows read, rejected ones included" }),
  counts: Type.Object(
    Object.fromEntries(
      ["new", "updated", "unchanged", "existing", "stale", "kept", "rejected"].map((k) => [
        k,
        Type.Integer(),
      ]),
    ),
  ),
  items: Type.Array(
    Type.Object({
      row: Type.Integer(),
      kind: Kind,
      id: Nullable(Type.Integer()),
      text: Type.String(),
      version: Nullable(Type.Integer({ description: "the item's version now" })),
      table_version: Nullable(Type.Integer({ description: "the version the row has" })),
      changes: Type.Array(
        Type.Object({ field: Field, before: Nullable(Type.String()), after: Nullable(Type.String()) }),
      ),
      problems: Type.Array(Type.Object(problemFields)),
      notes: Type.Array(
        Type.Object({
          code: Type.Union(
            ["progress_not_confirmed", "item_closed", "progress_later"].map((c) => Type.Literal(c)),
          ),
          value: Type.Optional(Type.String()),
          message: Type.String(),
        }),
      ),
    }),
    {
      description:
        "one per task row: new (a proposed item), updated (changes: each field before → after), unchanged, existing (no ID, the plan has its task), stale (edited from an older version: not applied), kept (a merged or rejected item: not changed), rejected (problems; applied only with partial=true, which skips them)",
    },
  ),
  token: Type.String({ description: "give it to the import as ?preview= to apply exactly this" }),
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
export const DocxDownload = { 200: fileBody(DOCX_MIME, "the 督查通报 as a Word document") };

export const ImportHeaders = Type.Object({
  "x-filename": Type.Optional(
    Type.String({
      maxLength: 1000,
      description:
        "the file's name, for the audit log and the source document; percent-encoded (UTF-8) when it is not ASCII",
    }),
  ),
});
