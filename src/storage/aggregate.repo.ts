// The overview's aggregate tables, changed by deltas inside each write's
// transaction (see domain/aggregates.ts) and read without scanning commitments.
import { sql } from "kysely";
import type { AggregateDelta } from "../domain/aggregates.ts";
import type { DB } from "./dialects/dialect.ts";

/** Marks the plans a delta touches as changed (see agg_generation). */
export async function bumpGeneration(db: DB, d: AggregateDelta): Promise<void> {
  const plans = new Set([...d.matrix.map((m) => m.planId), ...d.states.map((s) => s.planId)]);
  for (const planId of plans) {
    await db
      .insertInto("agg_generation")
      .values({ plan_id: planId, n: 1 })
      .onConflict((oc) => oc.column("plan_id").doUpdateSet({ n: sql`agg_generation.n + 1` }))
      .execute();
  }
}

/** The plan's aggregate generation (0 before its first change). */
export async function aggregateGeneration(db: DB, planId: number): Promise<number> {
  const r = await db
    .selectFrom("agg_generation")
    .select("n")
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function applyAggregateDelta(db: DB, d: AggregateDelta): Promise<void> {
  await bumpGeneration(db, d);
  for (const m of d.matrix) {
    await db
      .insertInto("agg_unit_goal")
      .values({ plan_id: m.planId, unit_id: m.unitId, goal_id: m.goalId, n: m.n })
      .onConflict((oc) =>
        oc.columns(["plan_id", "unit_id", "goal_id"]).doUpdateSet({ n: sql`agg_unit_goal.n + excluded.n` }),
      )
      .execute();
  }
  for (const s of d.states) {
    await db
      .insertInto("agg_commitment_state")
      .values({ plan_id: s.planId, unit_id: s.unitId, review_state: s.reviewState, status: s.status, n: s.n })
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "review_state", "status"])
          .doUpdateSet({ n: sql`agg_commitment_state.n + excluded.n` }),
      )
      .execute();
  }
}

export const matrixCells = (db: DB, planId: number) =>
  db
    .selectFrom("agg_unit_goal")
    .select(["unit_id", "goal_id", "n"])
    .where("plan_id", "=", planId)
    .where("n", ">", 0)
    .execute();

export const stateCounts = (db: DB, planId: number, unitId: number | null = null) => {
  let q = db
    .selectFrom("agg_commitment_state")
    .select(["review_state", "status"])
    .select((eb) => eb.fn.sum<number>("n").as("n"))
    .where("plan_id", "=", planId)
    .groupBy(["review_state", "status"]);
  if (unitId !== null) q = q.where("unit_id", "=", unitId);
  return q.execute();
};
