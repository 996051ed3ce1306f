// An item's page lists the items merged into it (the audit trail of a merge
// read from the survivor's side): commitments by merged_into_id, which
// without an index is a scan of the whole table on every item page.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const mergedFromIndex = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createIndex("commitments_merged_into")
      .on("commitments")
      .column("merged_into_id")
      .execute();
  },
};
