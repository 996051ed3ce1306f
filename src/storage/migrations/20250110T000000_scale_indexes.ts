// Indexes the province-scale benchmark showed missing (issue 14): reads that
// look up by commitment or by document without the plan scanned whole tables
// (a commitment's progress, its targets, the latest report per item in the
// exports, the reader's targets, speakers and strategies). And a generation
// number per plan, bumped with every change to the aggregate tables in the
// same transaction, so a read model derived from them can be cached and
// known to be current by one primary-key lookup.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const scaleIndexes = {
  async up(db: AnyDb): Promise<void> {
    const s = db.schema;
    await s
      .createIndex("progress_by_commitment")
      .on("progress_reports")
      .columns(["commitment_id", "period_end", "id"])
      .execute();
    await s.createIndex("targets_by_commitment").on("targets").columns(["commitment_id", "id"]).execute();
    await s.createIndex("targets_by_document").on("targets").columns(["document_id", "span_start"]).execute();
    await s
      .createIndex("speakers_by_document")
      .on("speakers")
      .columns(["document_id", "span_start"])
      .execute();
    await s
      .createIndex("strategies_by_document")
      .on("strategies")
      .columns(["document_id", "span_start"])
      .execute();
    await s
      .createTable("agg_generation")
      .addColumn("plan_id", "bigint", (c) => c.primaryKey())
      .addColumn("n", "bigint", (c) => c.notNull())
      .execute();
  },
};
