import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import type { Extractor } from "../../../services/ingest.service.ts";
import { jobResult, startIngest } from "../../../services/ingest-jobs.service.ts";
import { requirePlan } from "../../../services/access.ts";
import { documentsPage, documentWithPages, pageImageOf } from "../../../services/documents.read.ts";
import { authorize, etag } from "../../auth.ts";
import {
  presentDocument,
  presentDocumentFull,
  presentIngestResult,
  presentJob,
} from "../../presenters/internal.ts";
import { DocumentFullOut, DocumentOut, IngestResultOut, JobOut, PageOf, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { PageQuery } from "../plans/schema.ts";
import { IngestBody, PageParams, UploadBody } from "./schema.ts";
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
        response: ok(DocumentFullOut),
        params: IdParams,
      },
    },
    async (req, reply) => {
      authorize(req, "read_plan");
      const doc = await documentWithPages(s, req.params.id);
      return etag(reply, doc.version).send(presentDocumentFull(doc));
    },
  );
  app.post(
    "/api/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Ingest a document's text (idempotent on its hash); waits for the job",
        body: IngestBody,
        response: { 200: IngestResultOut, 201: IngestResultOut },
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
        response: { 202: JobOut },
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
  app.get(
    "/api/documents/:id/pages/:page/image",
    {
      schema: {
        tags: ["documents"],
        summary: "The image of a scanned page (PNG or JPEG), shown beside its recognised text",
        params: PageParams,
        response: { 200: { description: "the image bytes", type: "string", format: "binary" } },
      },
    },
    async (req, reply) => {
      authorize(req, "read_plan");
      const image = await pageImageOf(s, req.params.id, req.params.page);
      // A stored page never changes: the browser may keep it while the session lasts.
      return reply
        .type(image.type)
        .header("cache-control", "private, max-age=86400")
        .send(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
    },
  );
}
