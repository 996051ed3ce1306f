// The overview's aggregate tables, changed by deltas inside each write's
// transaction (see domain/aggregates.ts) and read without scanning commitments.
import { sql } from "kysely";
import { NO_GOAL, type AggregateDelta } from "../domain/aggregates.ts";
import type { DB } from "./dialects/dialect.ts";

/** Marks the plans a delta touches as changed (see agg_generation). */
export async function bumpGeneration(db: DB, d: AggregateDelta): Promise<void> {
  const plans = new Set([
    ...d.matrix.map((m) => m.planId),
    ...d.states.map((s) => s.planId),
    ...d.cycleUnits.map((s) => s.planId),
    ...d.targets.map((t) => t.planId),
  ]);
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
      .insertInto("agg_unit_goal_status")
      .values({ plan_id: m.planId, unit_id: m.unitId, goal_id: m.goalId, status: m.status, n: m.n })
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "goal_id", "status"])
          .doUpdateSet({ n: sql`agg_unit_goal_status.n + excluded.n` }),
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
  await applyCycleDelta(db, d);
}

/** The cycle's counts (agg_cycle_goal, agg_cycle_unit, agg_unit_target_status), in statements of up to 5,000 rows. */
export async function applyCycleDelta(
  db: DB,
  d: Pick<AggregateDelta, "cycleGoals" | "cycleUnits" | "targets">,
) {
  const goals = d.cycleGoals.map((m) => ({
    plan_id: m.planId,
    unit_id: m.unitId,
    goal_id: m.goalId,
    status: m.status,
    level: m.level,
    n: m.n,
  }));
  const units = d.cycleUnits.map((m) => ({
    plan_id: m.planId,
    unit_id: m.unitId,
    status: m.status,
    level: m.level,
    n: m.n,
  }));
  for (let i = 0; i < goals.length; i += 5000) {
    await db
      .insertInto("agg_cycle_goal")
      .values(goals.slice(i, i + 5000))
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "goal_id", "status", "level"])
          .doUpdateSet({ n: sql`agg_cycle_goal.n + excluded.n` }),
      )
      .execute();
  }
  for (let i = 0; i < units.length; i += 5000) {
    await db
      .insertInto("agg_cycle_unit")
      .values(units.slice(i, i + 5000))
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "status", "level"])
          .doUpdateSet({ n: sql`agg_cycle_unit.n + excluded.n` }),
      )
      .execute();
  }
  const targets = d.targets.map((t) => ({ plan_id: t.planId, unit_id: t.unitId, status: t.status, n: t.n }));
  for (let i = 0; i < targets.length; i += 5000) {
    await db
      .insertInto("agg_unit_target_status")
      .values(targets.slice(i, i + 5000))
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "status"])
          .doUpdateSet({ n: sql`agg_unit_target_status.n + excluded.n` }),
      )
      .execute();
  }
}

/** The heat map's cells: confirmed items per answering unit, goal (NO_GOAL: none), status and level. */
export function cycleGoalCounts(db: DB, planId: number, unitId: number | null = null) {
  let q = db
    .selectFrom("agg_cycle_goal")
    .select(["unit_id", "goal_id", "status", "level", "n"])
    .where("plan_id", "=", planId)
    .where("n", "!=", 0);
  if (unitId !== null) q = q.where("unit_id", "=", unitId);
  return q.execute();
}

/** Confirmed items per answering unit, status and level (one per item), optionally for one unit. */
export function cycleUnitCounts(db: DB, planId: number, unitId: number | null = null) {
  let q = db
    .selectFrom("agg_cycle_unit")
    .select(["unit_id", "status", "level", "n"])
    .where("plan_id", "=", planId)
    .where("n", "!=", 0);
  if (unitId !== null) q = q.where("unit_id", "=", unitId);
  return q.execute();
}

/** The unit × goal heat map: confirmed items per cell, over every status. */
export const matrixCells = (db: DB, planId: number) =>
  db
    .selectFrom("agg_unit_goal_status")
    .select(["unit_id", "goal_id"])
    .select((eb) => eb.fn.sum<number>("n").as("n"))
    .where("plan_id", "=", planId)
    .where("goal_id", "!=", NO_GOAL)
    .groupBy(["unit_id", "goal_id"])
    .having((eb) => eb.fn.sum("n"), ">", 0)
    .orderBy("unit_id")
    .orderBy("goal_id")
    .execute();

/** The goal cards: confirmed items per goal (NO_GOAL: aligned to none) and status, over every unit. */
export const goalStatusCounts = (db: DB, planId: number) =>
  db
    .selectFrom("agg_unit_goal_status")
    .select(["goal_id", "status"])
    .select((eb) => eb.fn.sum<number>("n").as("n"))
    .where("plan_id", "=", planId)
    .groupBy(["goal_id", "status"])
    .having((eb) => eb.fn.sum("n"), ">", 0)
    .orderBy("goal_id")
    .orderBy("status")
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
