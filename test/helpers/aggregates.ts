// The overview's aggregate tables against a recount of the stored items:
// after any sequence of writes the two must be equal, cell for cell.
import { NO_GOAL, NO_UNIT } from "../../src/domain/aggregates.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";

export interface Aggregates {
  /** plan/unit/goal/status=n, confirmed items (goal NO_GOAL: aligned to none). */
  matrix: string[];
  /** plan/unit/review_state/status=n, every item. */
  states: string[];
}

export async function recount(db: DB): Promise<Aggregates> {
  const matrix = await db
    .selectFrom("commitments as c")
    .leftJoin("commitment_goals as cg", "cg.commitment_id", "c.id")
    .select(["c.plan_id", "c.unit_id", "cg.goal_id", "c.status"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("c.review_state", "=", "confirmed")
    .groupBy(["c.plan_id", "c.unit_id", "cg.goal_id", "c.status"])
    .execute();
  const states = await db
    .selectFrom("commitments")
    .select(["plan_id", "unit_id", "review_state", "status"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .groupBy(["plan_id", "unit_id", "review_state", "status"])
    .execute();
  return {
    matrix: matrix
      .map((r) => `${r.plan_id}/${r.unit_id ?? NO_UNIT}/${r.goal_id ?? NO_GOAL}/${r.status}=${Number(r.n)}`)
      .sort(),
    states: states
      .map((r) => `${r.plan_id}/${r.unit_id ?? NO_UNIT}/${r.review_state}/${r.status}=${Number(r.n)}`)
      .sort(),
  };
}

export async function stored(db: DB): Promise<Aggregates> {
  const matrix = await db.selectFrom("agg_unit_goal_status").selectAll().where("n", "!=", 0).execute();
  const states = await db.selectFrom("agg_commitment_state").selectAll().where("n", "!=", 0).execute();
  return {
    matrix: matrix.map((r) => `${r.plan_id}/${r.unit_id}/${r.goal_id}/${r.status}=${Number(r.n)}`).sort(),
    states: states
      .map((r) => `${r.plan_id}/${r.unit_id}/${r.review_state}/${r.status}=${Number(r.n)}`)
      .sort(),
  };
}
