// How sure the engine is of a commitment's owner (0–1). 1 unless the engine
// guessed it: when no layout rule owned anything in a document, its items go
// to the unit its title, headline, dateline or first sentence names, with a
// low confidence (src/engine/commitments). The review queue lists the least
// sure first, by plan and review state: the index serves that order.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const ownerConfidence = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .alterTable("commitments")
      .addColumn("owner_confidence", "double precision", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex("commitments_review_confidence")
      .on("commitments")
      .columns(["plan_id", "review_state", "owner_confidence", "id"])
      .execute();
  },
};
