// The unit × goal counts gain the status: one table (confirmed items per unit,
// goal and status; goal 0 for items aligned to none) is the one source of the
// heat map (summed over statuses) and of the goal cards' status mix (summed
// over units), so the plan summary no longer scans commitments. Filled by a
// recount of the stored items; the old unit × goal table is dropped.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const goalStatusAggregate = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable("agg_unit_goal_status")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("unit_id", "bigint", (c) => c.notNull())
      .addColumn("goal_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("agg_unit_goal_status_pk", ["plan_id", "unit_id", "goal_id", "status"])
      .execute();
    await sql`
      INSERT INTO agg_unit_goal_status (plan_id, unit_id, goal_id, status, n)
      SELECT c.plan_id, COALESCE(c.unit_id, 0), COALESCE(cg.goal_id, 0), c.status, COUNT(*)
      FROM commitments c LEFT JOIN commitment_goals cg ON cg.commitment_id = c.id
      WHERE c.review_state = 'confirmed'
      GROUP BY c.plan_id, COALESCE(c.unit_id, 0), COALESCE(cg.goal_id, 0), c.status
    `.execute(db);
    await db.schema.dropTable("agg_unit_goal").execute();
  },
};
