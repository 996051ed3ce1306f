// The document reader: a document's text with its extracted spans, for staff
// (proposed items included, since the reader is where review starts).
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { documentReader } from "../../../services/reader.read.ts";
import { authorize } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import { presentReader } from "./presenter.ts";
import { ReaderBody } from "./schema.ts";

export function readerRoutes(app: App, s: Services) {
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
      const r = await documentReader(s, req.params.id);
      return presentReader(r.document, r.spans);
    },
  );
}
