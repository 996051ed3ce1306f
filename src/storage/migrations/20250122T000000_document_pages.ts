// The pages of a paged document (PDF, scan): where each page starts in the
// stored text, so the reader can say "p. 3" beside evidence, and for a page
// read by OCR the page's image (bounded in size by the ingest) and the OCR
// confidence, shown beside the recognised text.
import type { Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const documentPages = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable("document_pages")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("document_id", "bigint", (c) => c.notNull())
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("start_offset", "integer", (c) => c.notNull())
      .addColumn("confidence", "real")
      .addColumn("image_type", "text")
      .addColumn("image", dialect === "sqlite" ? "blob" : "bytea")
      .addPrimaryKeyConstraint("document_pages_pk", ["plan_id", "document_id", "number"])
      .execute();
    await db.schema
      .createIndex("document_pages_document")
      .on("document_pages")
      .columns(["document_id", "number"])
      .execute();
  },
});
