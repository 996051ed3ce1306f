import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { ingest, type Extractor } from "../../../services/ingest.service.ts";
import { requireDocument, requirePlan } from "../../../services/access.ts";
import { documentsPage } from "../../../services/documents.read.ts";
import { authorize, etag } from "../../auth.ts";
import { presentDocument, presentPlan } from "../../presenters/internal.ts";
import { IdParams } from "../../schemas.ts";
import { PageQuery } from "../plans/schema.ts";
import { IngestBody } from "./schema.ts";

export function documentRoutes(app: FastifyInstance, s: Services, extractor?: Extractor) {
  app.get(
    "/api/plans/:id/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "A plan's documents",
        params: IdParams,
        querystring: PageQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const q = req.query as Static<typeof PageQuery>;
      const p = await documentsPage(s, plan.id, q);
      return { items: p.items.map(presentDocument), next: p.next };
    },
  );
  app.get(
    "/api/documents/:id",
    { schema: { tags: ["documents"], summary: "A document with its text", params: IdParams } },
    async (req, reply) => {
      authorize(req, "read_plan");
      const doc = await requireDocument(s, (req.params as { id: number }).id);
      return etag(reply, doc.version).send(presentDocument(doc));
    },
  );
  app.post(
    "/api/documents",
    {
      schema: {
        tags: ["documents"],
        summary: "Ingest a document's text (idempotent on its hash)",
        body: IngestBody,
      },
      bodyLimit: 16 * 1024 * 1024,
    },
    async (req, reply) => {
      const a = authorize(req, "ingest");
      const b = req.body as Static<typeof IngestBody>;
      const r = await ingest(s, { ...b, source: b.source ?? "api" }, a, extractor);
      return reply.status(r.created ? 201 : 200).send({
        created: r.created,
        document: presentDocument(r.document),
        plan: presentPlan(r.plan),
        revises: r.revises,
        counts: r.counts,
      });
    },
  );
}
