// The assessment's targets per answering unit read from an aggregate table
// instead of joining the plan's targets to its items: `agg_unit_target_status`
// counts the targets (baselines apart) of confirmed items per answering unit
// (lead, else owner; 0: none) and target status. At 1,000,000 items the join
// took 822 ms on PostgreSQL (ninth pass, docs/benchmarks.md). Kept by every
// write through the same deltas as the other aggregates (domain/aggregates.ts);
// filled here by a recount of the stored targets.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const targetStatusAggregate = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable("agg_unit_target_status")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("unit_id", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("agg_unit_target_status_pk", ["plan_id", "unit_id", "status"])
      .execute();
    await sql`
      INSERT INTO agg_unit_target_status (plan_id, unit_id, status, n)
      SELECT t.plan_id, COALESCE(c.lead_unit_id, c.unit_id, 0), t.status, COUNT(*)
      FROM targets t JOIN commitments c ON c.id = t.commitment_id
      WHERE c.review_state = 'confirmed' AND t.is_baseline = 0
      GROUP BY t.plan_id, COALESCE(c.lead_unit_id, c.unit_id, 0), t.status
    `.execute(db);
  },
};
