// A plan's items by deadline (`?sort=due_date`: the undated last, then by id)
// sorted every item of the plan before the page's limit: PostgreSQL at a
// plan of 200,000 items, a parallel scan and a top-N sort of all of them,
// 812 ms; SQLite a temporary B-tree. The index holds the order itself, with
// the same expression the list orders by (the query names the literal, as a
// parameter would not match the index's expression).
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const dueOrderIndex = {
  async up(db: AnyDb): Promise<void> {
    await sql`create index commitments_plan_due_order on commitments (plan_id, (coalesce(due_date, '9999-12-31')), id)`.execute(
      db,
    );
  },
};
