// Task-table upload and the downloads the web app's buttons call: the task
// table (.xlsx), open data (.csv, .json), the 督查通报 (.docx). Role rules as
// elsewhere: staff get the working table with proposed items; a reporter
// their unit's confirmed items; the public confirmed items only.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { App } from "../../app-type.ts";
import { LantuError } from "../../../errors.ts";
import { can, unitScope } from "../../../domain/permissions.ts";
import { REVIEW_STATES } from "../../../domain/types.ts";
import { DOCX_MIME, XLSX_MIME, type Dataset } from "../../../exchange/index.ts";
import { today, type Services } from "../../../services/context.ts";
import { changeMark } from "../../../services/generation-cache.ts";
import { ExportFiles } from "../../export-files.ts";
import { requirePlan } from "../../../services/access.ts";
import { openDataCsv, openDataFile, type OpenDataFilter } from "../../../services/open-data.service.ts";
import { supervisionReport } from "../../../services/supervision-report.service.ts";
import { importTaskTable, previewTaskTable, taskTableExport } from "../../../services/task-table.service.ts";
import { actor, authorize } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import {
  DocxDownload,
  Download,
  ExportQuery,
  ImportQuery,
  ImportHeaders,
  ImportPreview,
  ImportResult,
  PublicExportQuery,
  ReportQuery,
  XlsxBody,
} from "./schema.ts";

const UPLOAD_LIMIT = 20 * 1024 * 1024;

/** attachment; an ASCII name for old clients and the Chinese one (RFC 6266). */
function attach(reply: FastifyReply, mime: string, ascii: string, name: string) {
  return reply
    .type(mime)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header("cache-control", "no-store");
}

/** X-Filename as sent: browsers percent-encode a Chinese name (a header is Latin-1). */
function fileName(header: string | string[] | undefined): string {
  const raw = String(header ?? "upload.xlsx");
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // not percent-encoded: the name as it came
  }
  return name.slice(0, 200);
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);

async function download(
  s: Services,
  files: ExportFiles,
  mark: string,
  reply: FastifyReply,
  planId: number,
  q: { format: "xlsx" | "csv" | "json"; dataset?: Dataset },
  filter: OpenDataFilter,
  table: { reviewStates: string[]; working: boolean },
) {
  if (q.dataset && q.format !== "csv") {
    throw new LantuError("validation", "dataset: only for format=csv (json holds all three)", {
      field: "dataset",
    });
  }
  const base = `lantu-plan-${planId}`;
  const dataset = q.dataset ?? "commitments";
  // xlsx and csv are built once per change mark into a file (a page of 1,000
  // items in memory at a time) and sent from it (export-files.ts). The file
  // is what the rows are, the day and who may see what: the same key, the same bytes.
  // The plan is read by the build only: a file kept at this mark is of a plan
  // that exists at this mark, and it keeps the plan's name for its own.
  const key = JSON.stringify([
    planId,
    q.format,
    q.format === "csv" ? dataset : null,
    filter.unitId ?? null,
    filter.goalId ?? null,
    filter.status ?? null,
    table.reviewStates,
    table.working,
    today(s),
  ]);
  if (q.format === "xlsx") {
    const file = await files.open(key, mark, async (out) => {
      const plan = await requirePlan(s, planId);
      const t = await taskTableExport(
        s,
        plan,
        { ...filter, reviewStates: table.reviewStates },
        table.working,
      );
      await t.write(out);
      return plan.name;
    });
    return attach(reply, XLSX_MIME, `${base}-tasks.xlsx`, `${safeName(file.label)}-任务分解表.xlsx`)
      .header("content-length", file.bytes)
      .send(file.body);
  }
  if (q.format === "csv") {
    const file = await files.open(key, mark, async (out) => {
      const plan = await requirePlan(s, planId);
      await pipeline(Readable.from(openDataCsv(s, plan, filter, dataset)), out);
      return plan.name;
    });
    return attach(
      reply,
      "text/csv; charset=utf-8",
      `${base}-${dataset}.csv`,
      `${safeName(file.label)}-${dataset}.csv`,
    )
      .header("content-length", file.bytes)
      .send(file.body);
  }
  const plan = await requirePlan(s, planId);
  const r = await openDataFile(s, plan, q.format, filter, dataset);
  return attach(reply, "application/json; charset=utf-8", `${base}.json`, `${safeName(plan.name)}.json`).send(
    r.text,
  );
}

export function exchangeRoutes(app: App, s: Services, files = new ExportFiles()) {
  const tags = ["exchange"];
  app.addHook("onClose", async () => files.close());
  app.get(
    "/api/plans/:id/export",
    {
      schema: {
        tags,
        summary:
          "Download the task table (.xlsx: staff get proposed and confirmed items with review state, ID and version) or open data (.csv, .json: confirmed items); reporters get their unit's confirmed items",
        params: IdParams,
        querystring: ExportQuery,
        response: Download,
      },
    },
    async (req, reply) => {
      const a = actor(req);
      // The mark before any data is read (export-files.ts).
      const mark = req.changeMark ?? (await changeMark(s));
      const q = req.query;
      const principal = { role: req.user!.role, unitId: a.unitId };
      const staff = can(principal, "read_plan");
      const scope = unitScope(principal);
      if (!staff && scope !== null && q.unit !== undefined && q.unit !== scope) {
        throw new LantuError("forbidden", "reporters export their own unit's commitments only");
      }
      if (!staff && q.review !== undefined && q.review !== "confirmed") {
        throw new LantuError("forbidden", "reporters see confirmed items only");
      }
      if (q.review !== undefined && q.format !== "xlsx") {
        throw new LantuError("validation", "review: open data (csv, json) holds confirmed items only", {
          field: "review",
        });
      }
      const reviewStates = !staff
        ? ["confirmed"]
        : q.review === "all"
          ? [...REVIEW_STATES]
          : q.review
            ? [q.review]
            : ["proposed", "confirmed"];
      const filter = { unitId: staff ? q.unit : (scope ?? undefined), goalId: q.goal, status: q.status };
      return download(s, files, mark, reply, req.params.id, q, filter, { reviewStates, working: staff });
    },
  );

  app.get(
    "/api/public/plans/:id/export",
    {
      schema: {
        tags: ["public"],
        summary: "Download confirmed items: the task table (.xlsx) or open data (.csv, .json)",
        params: IdParams,
        querystring: PublicExportQuery,
        response: Download,
      },
    },
    async (req, reply) => {
      const mark = req.changeMark ?? (await changeMark(s));
      const q = req.query;
      const filter = { unitId: q.unit, goalId: q.goal, status: q.status };
      return download(s, files, mark, reply, req.params.id, q, filter, {
        reviewStates: ["confirmed"],
        working: false,
      });
    },
  );

  app.get(
    "/api/plans/:id/report",
    {
      schema: {
        tags,
        summary:
          "Download the 督查通报 for a period (.docx): summary, a table per unit, overdue and attention lists",
        params: IdParams,
        querystring: ReportQuery,
        response: DocxDownload,
      },
    },
    async (req, reply) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, req.params.id);
      const q = req.query;
      const { bytes } = await supervisionReport(s, plan, q.period, q.issuer);
      return attach(
        reply,
        DOCX_MIME,
        `lantu-plan-${plan.id}-${q.period}.docx`,
        `督查通报-${safeName(plan.name)}-${q.period}.docx`,
      ).send(bytes);
    },
  );

  // The upload takes the file itself as the body; its parser lives in this scope only.
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(
      [XLSX_MIME, "application/octet-stream"],
      { parseAs: "buffer", bodyLimit: UPLOAD_LIMIT },
      (_req, body, done) => done(null, body),
    );
    scope.post(
      "/api/plans/:id/task-table",
      {
        schema: {
          tags,
          summary:
            "Import a task table (.xlsx as the body): one transaction; rows with ID and version update those items (stale versions reported, not applied), others become proposed items; unreadable rows refuse the file (422, error.details.problems) unless partial=true; with preview=TOKEN, only if it would do what that preview said (else 409 import_preview_stale, nothing stored)",
          params: IdParams,
          querystring: ImportQuery,
          headers: ImportHeaders,
          body: XlsxBody,
          response: { 200: ImportResult },
        },
        bodyLimit: UPLOAD_LIMIT,
      },
      async (req) => {
        const a = authorize(req, "review");
        authorize(req, "track");
        const plan = await requirePlan(s, req.params.id);
        const q = req.query;
        const body = req.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new LantuError("file_empty", "the body holds no file: send the .xlsx as the request body");
        }
        const name = fileName(req.headers["x-filename"]);
        return importTaskTable(s, a, body, {
          source: name,
          plan: String(plan.id),
          partial: q.partial,
          preview: q.preview,
        });
      },
    );
    scope.post(
      "/api/plans/:id/task-table/preview",
      {
        schema: {
          tags,
          summary:
            "What importing a task table (.xlsx as the body) would do, row by row, storing nothing: new, updated (field before → after), unchanged, existing, stale, kept and rejected rows (with their problems), and a token for the import",
          params: IdParams,
          headers: ImportHeaders,
          body: XlsxBody,
          response: { 200: ImportPreview },
        },
        bodyLimit: UPLOAD_LIMIT,
      },
      async (req) => {
        authorize(req, "review");
        authorize(req, "track");
        const plan = await requirePlan(s, req.params.id);
        const body = req.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new LantuError("file_empty", "the body holds no file: send the .xlsx as the request body");
        }
        const name = fileName(req.headers["x-filename"]);
        return previewTaskTable(s, body, { source: name, plan: String(plan.id) });
      },
    );
  });
}
