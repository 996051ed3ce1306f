import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import type { Extractor } from "../../../services/ingest.service.ts";
import { jobResult, startIngest } from "../../../services/ingest-jobs.service.ts";
import { requireDocument, requirePlan } from "../../../services/access.ts";
import { documentsPage } from "../../../services/documents.read.ts";
import { authorize, etag } from "../../auth.ts";
import { presentDocument, presentIngestResult, presentJob } from "../../presenters/internal.ts";
import { DocumentOut, PageOf, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { PageQuery } from "../plans/schema.ts";
import { IngestBody, UploadBody } from "./schema.ts";
import { readUpload } from "./upload.ts";

export function documentRoutes(app: App, s: Services, extractor?: Extractor) {
  app.get(
    "/api/plans/:id/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "A plan's documents",
        response: ok(PageOf(DocumentOut)),
        params: IdParams,
        querystring: PageQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, req.params.id);
      const q = req.query;
      const p = await documentsPage(s, plan.id, q);
      return { items: p.items.map(presentDocument), next: p.next };
    },
  );
  app.get(
    "/api/documents/:id",
    {
      schema: {
        tags: ["documents"],
        summary: "A document with its text",
        response: ok(DocumentOut),
        params: IdParams,
      },
    },
    async (req, reply) => {
      authorize(req, "read_plan");
      const doc = await requireDocument(s, req.params.id);
      return etag(reply, doc.version).send(presentDocument(doc));
    },
  );
  app.post(
    "/api/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Ingest a document's text (idempotent on its hash); waits for the job",
        body: IngestBody,
      },
      bodyLimit: 16 * 1024 * 1024,
    },
    async (req, reply) => {
      const a = authorize(req, "ingest");
      const b = req.body;
      const source = b.source ?? "api";
      // The same job path as an upload: extraction runs off the event loop.
      const job = startIngest(s, { ...b, name: source, source }, a, extractor);
      const r = await jobResult(job);
      return reply.status(r.created ? 201 : 200).send(presentIngestResult(r));
    },
  );
  app.post(
    "/api/documents/upload",
    {
      schema: {
        tags: ["documents"],
        summary: "Upload a document file (multipart); answers 202 with the ingest job to poll",
        consumes: ["multipart/form-data"],
        body: UploadBody,
      },
      // The multipart parser checks the body; the schema is for the OpenAPI document.
      validatorCompiler: () => () => true,
    },
    async (req, reply) => {
      const a = authorize(req, "ingest");
      const upload = await readUpload(req);
      const job = startIngest(s, { ...upload, source: upload.name }, a, extractor);
      return reply.status(202).header("location", `/api/jobs/${job.id}`).send(presentJob(job));
    },
  );
}
