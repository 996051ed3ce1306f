// The overview's aggregate tables against a recount of the stored items:
// after any sequence of writes the two must be equal, cell for cell.
import { NO_GOAL, NO_UNIT } from "../../src/domain/aggregates.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";

export interface Aggregates {
  /** plan/unit/goal/status=n, confirmed items (goal NO_GOAL: aligned to none). */
  matrix: string[];
  /** plan/unit/review_state/status=n, every item. */
  states: string[];
  /** plan/answering unit/goal/status/level=n, confirmed items per goal link. */
  cycleGoals: string[];
  /** plan/answering unit/status/level=n, confirmed items. */
  cycleUnits: string[];
  /** plan/answering unit/target status=n, targets (baselines apart) of confirmed items. */
  targets: string[];
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
  const confirmed = await db
    .selectFrom("commitments")
    .select(["id", "plan_id", "unit_id", "lead_unit_id", "status", "warning_level"])
    .where("review_state", "=", "confirmed")
    .execute();
  const links = await db.selectFrom("commitment_goals").select(["commitment_id", "goal_id"]).execute();
  const goalsOf = new Map<number, Set<number>>();
  for (const l of links) {
    const set = goalsOf.get(Number(l.commitment_id)) ?? new Set<number>();
    set.add(Number(l.goal_id));
    goalsOf.set(Number(l.commitment_id), set);
  }
  const cycleGoals = new Map<string, number>();
  const cycleUnits = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const c of confirmed) {
    const u = c.lead_unit_id ?? c.unit_id ?? NO_UNIT;
    bump(cycleUnits, `${c.plan_id}/${u}/${c.status}/${c.warning_level}`);
    for (const g of goalsOf.get(Number(c.id)) ?? [NO_GOAL])
      bump(cycleGoals, `${c.plan_id}/${u}/${g}/${c.status}/${c.warning_level}`);
  }
  const answering = new Map(confirmed.map((c) => [Number(c.id), c.lead_unit_id ?? c.unit_id ?? NO_UNIT]));
  const targetRows = await db
    .selectFrom("targets")
    .select(["plan_id", "commitment_id", "status", "is_baseline"])
    .execute();
  const targets = new Map<string, number>();
  for (const t of targetRows) {
    const u = t.commitment_id === null ? undefined : answering.get(Number(t.commitment_id));
    if (u === undefined || Number(t.is_baseline) !== 0) continue;
    bump(targets, `${t.plan_id}/${u}/${t.status}`);
  }
  const lines = (m: Map<string, number>) => [...m].map(([k, n]) => `${k}=${n}`).sort();
  return {
    matrix: matrix
      .map((r) => `${r.plan_id}/${r.unit_id ?? NO_UNIT}/${r.goal_id ?? NO_GOAL}/${r.status}=${Number(r.n)}`)
      .sort(),
    states: states
      .map((r) => `${r.plan_id}/${r.unit_id ?? NO_UNIT}/${r.review_state}/${r.status}=${Number(r.n)}`)
      .sort(),
    cycleGoals: lines(cycleGoals),
    cycleUnits: lines(cycleUnits),
    targets: lines(targets),
  };
}

export async function stored(db: DB): Promise<Aggregates> {
  const matrix = await db.selectFrom("agg_unit_goal_status").selectAll().where("n", "!=", 0).execute();
  const states = await db.selectFrom("agg_commitment_state").selectAll().where("n", "!=", 0).execute();
  const cycleGoals = await db.selectFrom("agg_cycle_goal").selectAll().where("n", "!=", 0).execute();
  const cycleUnits = await db.selectFrom("agg_cycle_unit").selectAll().where("n", "!=", 0).execute();
  const targets = await db.selectFrom("agg_unit_target_status").selectAll().where("n", "!=", 0).execute();
  return {
    matrix: matrix.map((r) => `${r.plan_id}/${r.unit_id}/${r.goal_id}/${r.status}=${Number(r.n)}`).sort(),
    states: states
      .map((r) => `${r.plan_id}/${r.unit_id}/${r.review_state}/${r.status}=${Number(r.n)}`)
      .sort(),
    cycleGoals: cycleGoals
      .map((r) => `${r.plan_id}/${r.unit_id}/${r.goal_id}/${r.status}/${r.level}=${Number(r.n)}`)
      .sort(),
    cycleUnits: cycleUnits
      .map((r) => `${r.plan_id}/${r.unit_id}/${r.status}/${r.level}=${Number(r.n)}`)
      .sort(),
    targets: targets.map((r) => `${r.plan_id}/${r.unit_id}/${r.status}=${Number(r.n)}`).sort(),
  };
}
