// The unfiltered commitment list pages by (plan_id, id); the overview's
// indicator list and the public plan list need nothing more.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const listIndexes = {
  async up(db: AnyDb): Promise<void> {
    await db.schema.createIndex("commitments_plan_id").on("commitments").columns(["plan_id", "id"]).execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
  },
};
