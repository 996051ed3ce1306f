// Indexes for the reads the province-scale benchmark still found growing with
// the plan (issue 14):
// - the overview's overdue list walked every confirmed item due before today
//   (most of them done) to find ten open ones: a partial index holds the
//   items not done, by review state and due date (the query names the same
//   literal so both databases can prove the index applies);
// - the plan summary's period read max(due_year) over every target of the plan;
// - the paged reader reads a document's items by position.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const readIndexes = {
  async up(db: AnyDb): Promise<void> {
    const s = db.schema;
    await s
      .createIndex("commitments_open_due")
      .on("commitments")
      .columns(["plan_id", "review_state", "due_date", "id"])
      .where(sql.ref("status"), "<>", sql.lit("done"))
      .execute();
    await s.createIndex("targets_plan_due_year").on("targets").columns(["plan_id", "due_year"]).execute();
    await s
      .createIndex("commitments_document_span")
      .on("commitments")
      .columns(["document_id", "span_start"])
      .execute();
  },
};
