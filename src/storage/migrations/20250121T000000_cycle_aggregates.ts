// The supervision cycle read from aggregates instead of every item of a plan:
// - each commitment keeps its current warning level (`warning_level`, the
//   level of its open warning; 'none' without one), so the warned items, a
//   bulk 督办单 and the roll-ups are indexed reads;
// - `agg_cycle_goal`: confirmed items per answering unit (lead, else owner;
//   0: none), goal (0: aligned to none), status and warning level, one row
//   per goal link: the heat map by count, status or warning level;
// - `agg_cycle_unit`: the same per answering unit, one per item: the heat
//   map's 合计 (items, not goal links), the units' warning roll-up, the
//   assessment's item counts;
// - `cycle_runs`: the day each plan's daily cycle pass last ran, so the
//   scheduler reads every item once a day, not at every tick, and the last
//   warning announced, so each tick reads only the warnings raised since.
// Filled by a recount of the stored items and their open warnings.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const cycleAggregates = {
  async up(db: AnyDb): Promise<void> {
    const s = db.schema;
    await s
      .alterTable("commitments")
      .addColumn("warning_level", "text", (c) => c.notNull().defaultTo("none"))
      .execute();
    await sql`
      UPDATE commitments SET warning_level = (
        SELECT MAX(w.level) FROM warnings w WHERE w.commitment_id = commitments.id AND w.cleared_on IS NULL
      )
      WHERE id IN (SELECT commitment_id FROM warnings WHERE cleared_on IS NULL)
    `.execute(db);
    await s
      .createIndex("commitments_warning")
      .on("commitments")
      .columns(["plan_id", "warning_level", "id"])
      .execute();

    await s
      .createTable("agg_cycle_goal")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("unit_id", "bigint", (c) => c.notNull())
      .addColumn("goal_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("agg_cycle_goal_pk", ["plan_id", "unit_id", "goal_id", "status", "level"])
      .execute();
    await s
      .createTable("agg_cycle_unit")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("unit_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("agg_cycle_unit_pk", ["plan_id", "unit_id", "status", "level"])
      .execute();
    await sql`
      INSERT INTO agg_cycle_goal (plan_id, unit_id, goal_id, status, level, n)
      SELECT c.plan_id, COALESCE(c.lead_unit_id, c.unit_id, 0), COALESCE(cg.goal_id, 0), c.status,
        c.warning_level, COUNT(*)
      FROM commitments c LEFT JOIN commitment_goals cg ON cg.commitment_id = c.id
      WHERE c.review_state = 'confirmed'
      GROUP BY c.plan_id, COALESCE(c.lead_unit_id, c.unit_id, 0), COALESCE(cg.goal_id, 0), c.status,
        c.warning_level
    `.execute(db);
    await sql`
      INSERT INTO agg_cycle_unit (plan_id, unit_id, status, level, n)
      SELECT plan_id, COALESCE(lead_unit_id, unit_id, 0), status, warning_level, COUNT(*)
      FROM commitments
      WHERE review_state = 'confirmed'
      GROUP BY plan_id, COALESCE(lead_unit_id, unit_id, 0), status, warning_level
    `.execute(db);

    await s
      .createTable("cycle_runs")
      .addColumn("plan_id", "bigint", (c) => c.primaryKey())
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("warned_through", "bigint", (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
