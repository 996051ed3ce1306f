// The unit × goal heat map by count, by status or by warning level, read from
// the cycle's aggregate tables (never from the items): rows are the unit
// answering for each item (lead, else owner); an item aligned to no goal is
// counted in the 未对齐 column (goalId null); a row's total counts items, not
// goal links (an item serving two goals is one item), from the per-item
// table. Warning levels are the stored ones (settled by each write and by the
// daily pass). A reporter sees their own unit's row only. Past MATRIX_UNITS
// units the rows are the busiest units' (the column totals count every unit).
import { NO_GOAL, NO_UNIT } from "../../domain/aggregates.ts";
import { MATRIX_UNITS } from "../../domain/matrix.ts";
import { LEVELS } from "../../domain/cycle/warning.ts";
import { STATUSES, type Actor } from "../../domain/types.ts";
import { cycleGoalCounts, cycleUnitCounts } from "../../storage/aggregate.repo.ts";
import { listGoals } from "../../storage/plan.repo.ts";
import { listUnits } from "../../storage/unit.repo.ts";
import { requirePlan } from "../access.ts";
import type { Services } from "../context.ts";
import { requireOwnScope } from "./access.ts";

export type HeatBy = "count" | "status" | "warning";

export interface HeatCell {
  goalId: number | null;
  n: number;
  /** Items per status or level (empty when by count). */
  counts: Record<string, number>;
  /** The most severe value present (overdue before behind…; red before yellow…). */
  worst: string | null;
  /** The most frequent value (ties go to the more severe). */
  majority: string | null;
}

export interface HeatRow {
  unitId: number | null;
  unit: string;
  cells: HeatCell[];
  total: HeatCell;
}

// Most severe first.
const SEVERITY: Record<HeatBy, readonly string[]> = {
  count: [],
  status: ["overdue", "behind", "not_started", "on_track", "done"],
  warning: [...LEVELS].reverse(),
};
const KEYS: Record<HeatBy, readonly string[]> = { count: [], status: STATUSES, warning: LEVELS };

type Tally = Map<string, number>;

function cell(goalId: number | null, tally: Tally | undefined, by: HeatBy): HeatCell {
  const counts = Object.fromEntries(KEYS[by].map((k) => [k, tally?.get(k) ?? 0])) as Record<string, number>;
  let n = 0;
  for (const v of tally?.values() ?? []) n += v;
  const present = SEVERITY[by].filter((k) => counts[k]! > 0);
  let majority: string | null = null;
  for (const k of present) if (majority === null || counts[k]! > counts[majority]!) majority = k;
  return { goalId, n, counts, worst: present[0] ?? null, majority };
}

function add(into: Map<string, Tally>, key: string, value: string, n: number) {
  const t = into.get(key) ?? new Map<string, number>();
  t.set(value, (t.get(value) ?? 0) + n);
  into.set(key, t);
}

export async function heatmap(s: Services, actor: Actor, planId: number, by: HeatBy) {
  requireOwnScope(actor, "read_unit");
  await requirePlan(s, planId);
  const db = s.store.db;
  const only = actor.role === "reporter" ? (actor.unitId ?? -1) : null;
  const [goals, goalRows, unitRows, units] = await Promise.all([
    listGoals(db, planId),
    cycleGoalCounts(db, planId, only),
    cycleUnitCounts(db, planId, only),
    listUnits(db),
  ]);
  const value = (r: { status: string; level: string }) =>
    by === "status" ? r.status : by === "warning" ? r.level : "n";
  const cells = new Map<string, Tally>(); // unit/goal
  const columns = new Map<string, Tally>(); // goal
  for (const r of goalRows) {
    const n = Number(r.n);
    add(cells, `${r.unit_id}/${r.goal_id}`, value(r), n);
    add(columns, String(r.goal_id), value(r), n);
  }
  const rowsT = new Map<string, Tally>(); // unit
  const all = new Map<string, Tally>();
  for (const r of unitRows) {
    const n = Number(r.n);
    add(rowsT, String(r.unit_id), value(r), n);
    add(all, "all", value(r), n);
  }
  const names = new Map(units.map((u) => [u.id, u.name]));
  const goalIds = [...goals.map((g) => g.id), NO_GOAL];
  const gid = (g: number) => (g === NO_GOAL ? null : g);
  const size = (u: number) => [...(rowsT.get(String(u))?.values() ?? [])].reduce((a, b) => a + b, 0);
  const unitIds = [...rowsT.keys()].map(Number);
  const shown =
    unitIds.length > MATRIX_UNITS
      ? unitIds.sort((a, b) => size(b) - size(a) || a - b).slice(0, MATRIX_UNITS)
      : unitIds;
  const rows: HeatRow[] = shown
    .sort((a, b) => (a === NO_UNIT ? Infinity : a) - (b === NO_UNIT ? Infinity : b))
    .map((u) => ({
      unitId: u === NO_UNIT ? null : u,
      unit: u === NO_UNIT ? "未指定单位" : (names.get(u) ?? String(u)),
      cells: goalIds.map((g) => cell(gid(g), cells.get(`${u}/${g}`), by)),
      total: cell(null, rowsT.get(String(u)), by),
    }));
  return {
    planId,
    by,
    goals: goals.map((g) => ({ id: g.id, name: g.name })),
    rows,
    unitCount: unitIds.length,
    columnTotals: goalIds.map((g) => cell(gid(g), columns.get(String(g)), by)),
    total: cell(null, all.get("all"), by),
  };
}
