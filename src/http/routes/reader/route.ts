// The document reader: a document's text with its extracted spans, for staff
// (proposed items included, since the reader is where review starts).
import type { FastifyInstance } from "fastify";
import { LantuError } from "../../../errors.ts";
import type { Services } from "../../../services/context.ts";
import { getDocument } from "../../../storage/document.repo.ts";
import { authorize } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import { presentReader } from "./presenter.ts";
import { documentSpans } from "./read.ts";
import { ReaderBody } from "./schema.ts";

export function readerRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/documents/:id/reader",
    {
      schema: {
        tags: ["documents"],
        summary: "A document's text with its commitment, target, speaker and strategy spans",
        params: IdParams,
        response: { 200: ReaderBody },
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const id = (req.params as { id: number }).id;
      const doc = await getDocument(s.store.db, id);
      if (!doc) throw new LantuError("not_found", `document ${id} not found`);
      return presentReader(doc, await documentSpans(s.store.db, id));
    },
  );
}
