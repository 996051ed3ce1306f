// The document reader, a page at a time: a document's text with its extracted spans, for staff
// (proposed items included, since the reader is where review starts).
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { documentReader } from "../../../services/reader.read.ts";
import { authorize } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import { presentReader } from "./presenter.ts";
import { ReaderBody, ReaderQuery } from "./schema.ts";

export function readerRoutes(app: App, s: Services) {
  app.get(
    "/api/documents/:id/reader",
    {
      // Kept per role and unit until the next write (http/response-cache.ts).
      config: { cached: true },
      schema: {
        tags: ["documents"],
        summary:
          "One page of a document's text with the commitment, target, speaker and strategy spans starting in it (positions from the document's start; follow `next`)",
        params: IdParams,
        querystring: ReaderQuery,
        response: { 200: ReaderBody },
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const r = await documentReader(s, req.params.id, req.query.from, req.query.length);
      return presentReader(r.document, r.window, r.spans, r.pages);
    },
  );
}
