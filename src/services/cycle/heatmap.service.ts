// The unit × goal heat map coloured by status or by warning level. Rows are
// the unit answering for each item (lead, else owner); an item aligned to no
// goal is counted in the 未对齐 column (goalId null); a row's total counts
// items, not goal links (an item serving two goals is one item).
import { STATUSES } from "../../domain/types.ts";
import { LEVELS } from "../../domain/cycle/warning.ts";
import type { Actor } from "../../domain/types.ts";
import { goalLinks } from "../../storage/commitment.repo.ts";
import { listGoals } from "../../storage/plan.repo.ts";
import { listUnits } from "../../storage/unit.repo.ts";
import { today, type Services } from "../context.ts";
import { require } from "./access.ts";
import { cycleState } from "./cycle-state.ts";

export type HeatBy = "status" | "warning";

export interface HeatCell {
  goalId: number | null;
  n: number;
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
  status: ["overdue", "behind", "not_started", "on_track", "done"],
  warning: [...LEVELS].reverse(),
};

function cell(goalId: number | null, values: string[], by: HeatBy): HeatCell {
  const keys = by === "status" ? STATUSES : LEVELS;
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  const order = SEVERITY[by];
  const present = order.filter((k) => counts[k]! > 0);
  let majority: string | null = null;
  for (const k of present) if (majority === null || counts[k]! > counts[majority]!) majority = k;
  return { goalId, n: values.length, counts, worst: present[0] ?? null, majority };
}

export async function heatmap(s: Services, actor: Actor, planId: number, by: HeatBy) {
  require(actor, "read_plan");
  const db = s.store.db;
  const state = await cycleState(db, planId, today(s));
  const goals = await listGoals(db, planId);
  const links = await goalLinks(
    db,
    state.items.map((i) => i.id),
  );
  const goalsOf = new Map<number, number[]>();
  for (const l of links) {
    const list = goalsOf.get(Number(l.commitment_id)) ?? [];
    list.push(Number(l.goal_id));
    goalsOf.set(Number(l.commitment_id), list);
  }
  const names = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  const value = (i: (typeof state.items)[number]) => (by === "status" ? i.status : i.warning.level);
  const byUnit = new Map<number | null, typeof state.items>();
  for (const i of state.items) {
    const list = byUnit.get(i.unitId) ?? [];
    list.push(i);
    byUnit.set(i.unitId, list);
  }
  const columns: (number | null)[] = [...goals.map((g) => g.id), null];
  const inColumn = (g: number | null) => (i: (typeof state.items)[number]) => {
    const gs = goalsOf.get(i.id) ?? [];
    return g === null ? gs.length === 0 : gs.includes(g);
  };
  const rows: HeatRow[] = [...byUnit.entries()]
    .map(([unitId, items]) => ({
      unitId,
      unit: unitId === null ? "未指定单位" : (names.get(unitId) ?? String(unitId)),
      cells: columns.map((g) => cell(g, items.filter(inColumn(g)).map(value), by)),
      total: cell(null, items.map(value), by),
    }))
    .sort((a, b) => (a.unitId ?? Infinity) - (b.unitId ?? Infinity));
  const columnTotals = columns.map((g) => cell(g, state.items.filter(inColumn(g)).map(value), by));
  return {
    planId,
    by,
    goals: goals.map((g) => ({ id: g.id, name: g.name })),
    rows,
    columnTotals,
    total: cell(null, state.items.map(value), by),
  };
}
