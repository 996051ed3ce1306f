// What one commitment contributes to the overview aggregates. Every write
// computes the contribution before and after and applies the difference in
// the same transaction, so the overview never scans commitments.
import type { ReviewState, Status } from "./types.ts";

export interface AggregateSubject {
  planId: number;
  unitId: number | null;
  /** The lead unit; with the owner it names the unit answering in the cycle (lead, else owner). */
  leadUnitId?: number | null;
  reviewState: ReviewState;
  status: Status;
  goalIds: number[];
  /** The item's stored warning level (none when absent). */
  warningLevel?: string;
  /**
   * The statuses of its targets (baselines apart), counted per answering unit
   * while the item is confirmed; [] on both sides of a change that moves no
   * target, changes no target's status and leaves the item's unit and review
   * state as they are (a warning level).
   */
  targets: Status[];
}

/** A cell of the unit × goal × status counts of confirmed items (goal NO_GOAL: aligned to none). */
export interface MatrixKey {
  planId: number;
  unitId: number;
  goalId: number;
  status: Status;
}
export interface StateKey {
  planId: number;
  unitId: number;
  reviewState: ReviewState;
  status: Status;
}
/** The cycle's counts of confirmed items: per answering unit, goal (NO_GOAL: none), status and warning level. */
export interface CycleGoalKey {
  planId: number;
  unitId: number;
  goalId: number;
  status: Status;
  level: string;
}
/** The same per answering unit, one per item. */
export interface CycleUnitKey {
  planId: number;
  unitId: number;
  status: Status;
  level: string;
}
/** Targets (baselines apart) of confirmed items, per answering unit and the target's status. */
export interface TargetKey {
  planId: number;
  unitId: number;
  status: Status;
}
export interface AggregateDelta {
  matrix: (MatrixKey & { n: number })[];
  states: (StateKey & { n: number })[];
  cycleGoals: (CycleGoalKey & { n: number })[];
  cycleUnits: (CycleUnitKey & { n: number })[];
  targets: (TargetKey & { n: number })[];
}

/** Aggregate tables key "no unit" and "no goal" as 0 so the key can be a primary key on both databases. */
export const NO_UNIT = 0;
export const NO_GOAL = 0;

const matrixKey = (r: MatrixKey) => `${r.planId}/${r.unitId}/${r.goalId}/${r.status}`;
const stateKey = (r: StateKey) => `${r.planId}/${r.unitId}/${r.reviewState}/${r.status}`;
const cycleGoalKey = (r: CycleGoalKey) => `${r.planId}/${r.unitId}/${r.goalId}/${r.status}/${r.level}`;
const cycleUnitKey = (r: CycleUnitKey) => `${r.planId}/${r.unitId}/${r.status}/${r.level}`;
const targetKey = (r: TargetKey) => `${r.planId}/${r.unitId}/${r.status}`;

function contribution(c: AggregateSubject | null, sign: number, d: AggregateDelta): void {
  if (!c) return;
  const unitId = c.unitId ?? NO_UNIT;
  d.states.push({ planId: c.planId, unitId, reviewState: c.reviewState, status: c.status, n: sign });
  if (c.reviewState === "confirmed") {
    const goals = c.goalIds.length ? new Set(c.goalIds) : [NO_GOAL];
    const answering = c.leadUnitId ?? c.unitId ?? NO_UNIT;
    const level = c.warningLevel ?? "none";
    for (const goalId of goals) {
      d.matrix.push({ planId: c.planId, unitId, goalId, status: c.status, n: sign });
      d.cycleGoals.push({ planId: c.planId, unitId: answering, goalId, status: c.status, level, n: sign });
    }
    d.cycleUnits.push({ planId: c.planId, unitId: answering, status: c.status, level, n: sign });
    for (const status of c.targets) d.targets.push({ planId: c.planId, unitId: answering, status, n: sign });
  }
}

/** Sums rows per key and drops zeros. */
function net<T extends { n: number }>(rows: Iterable<T>, key: (r: T) => string): T[] {
  const m = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const prev = m.get(k);
    m.set(k, prev ? { ...prev, n: prev.n + r.n } : { ...r });
  }
  return [...m.values()].filter((r) => r.n !== 0);
}

function netted(d: AggregateDelta): AggregateDelta {
  return {
    matrix: net(d.matrix, matrixKey),
    states: net(d.states, stateKey),
    cycleGoals: net(d.cycleGoals, cycleGoalKey),
    cycleUnits: net(d.cycleUnits, cycleUnitKey),
    targets: net(d.targets, targetKey),
  };
}

export const emptyDelta = (): AggregateDelta => ({
  matrix: [],
  states: [],
  cycleGoals: [],
  cycleUnits: [],
  targets: [],
});

export function aggregateDelta(
  before: AggregateSubject | null,
  after: AggregateSubject | null,
): AggregateDelta {
  const d = emptyDelta();
  contribution(before, -1, d);
  contribution(after, 1, d);
  return netted(d);
}

/** Many deltas as one (summed per key, zeros dropped): a batch of writes applies it in a few statements. */
export function mergeDeltas(deltas: Iterable<AggregateDelta>): AggregateDelta {
  const all = emptyDelta();
  // row by row: a spread of a province's rows would overflow the call stack
  for (const d of deltas) {
    for (const r of d.matrix) all.matrix.push(r);
    for (const r of d.states) all.states.push(r);
    for (const r of d.cycleGoals) all.cycleGoals.push(r);
    for (const r of d.cycleUnits) all.cycleUnits.push(r);
    for (const r of d.targets) all.targets.push(r);
  }
  return netted(all);
}
