// Users who hold a password someone else chose or printed (the first admin's,
// or one `lantu user add` generated) must change it before anything else:
// the flag is set then and cleared when they pick their own.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const passwordChange = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .alterTable("users")
      .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
