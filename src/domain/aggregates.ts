// What one commitment contributes to the overview aggregates. Every write
// computes the contribution before and after and applies the difference in
// the same transaction, so the overview never scans commitments.
import type { ReviewState, Status } from "./types.ts";

export interface AggregateSubject {
  planId: number;
  unitId: number | null;
  reviewState: ReviewState;
  status: Status;
  goalIds: number[];
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
export interface AggregateDelta {
  matrix: (MatrixKey & { n: number })[];
  states: (StateKey & { n: number })[];
}

/** Aggregate tables key "no unit" and "no goal" as 0 so the key can be a primary key on both databases. */
export const NO_UNIT = 0;
export const NO_GOAL = 0;

const matrixKey = (r: MatrixKey) => `${r.planId}/${r.unitId}/${r.goalId}/${r.status}`;
const stateKey = (r: StateKey) => `${r.planId}/${r.unitId}/${r.reviewState}/${r.status}`;

function contribution(c: AggregateSubject | null, sign: number, d: AggregateDelta): void {
  if (!c) return;
  const unitId = c.unitId ?? NO_UNIT;
  d.states.push({ planId: c.planId, unitId, reviewState: c.reviewState, status: c.status, n: sign });
  if (c.reviewState === "confirmed") {
    const goals = c.goalIds.length ? new Set(c.goalIds) : [NO_GOAL];
    for (const goalId of goals)
      d.matrix.push({ planId: c.planId, unitId, goalId, status: c.status, n: sign });
  }
}

export function aggregateDelta(
  before: AggregateSubject | null,
  after: AggregateSubject | null,
): AggregateDelta {
  const d: AggregateDelta = { matrix: [], states: [] };
  contribution(before, -1, d);
  contribution(after, 1, d);
  const net = <T extends { n: number }>(rows: T[], key: (r: T) => string): T[] => {
    const m = new Map<string, T>();
    for (const r of rows) {
      const k = key(r);
      const prev = m.get(k);
      m.set(k, prev ? { ...prev, n: prev.n + r.n } : { ...r });
    }
    return [...m.values()].filter((r) => r.n !== 0);
  };
  return {
    matrix: net(d.matrix, matrixKey),
    states: net(d.states, stateKey),
  };
}

/** Many deltas as one (summed per key, zeros dropped): a batch of writes applies it in a few statements. */
export function mergeDeltas(deltas: Iterable<AggregateDelta>): AggregateDelta {
  const matrix = new Map<string, MatrixKey & { n: number }>();
  const states = new Map<string, StateKey & { n: number }>();
  for (const d of deltas) {
    for (const r of d.matrix) {
      const k = matrixKey(r);
      const prev = matrix.get(k);
      matrix.set(k, prev ? { ...prev, n: prev.n + r.n } : { ...r });
    }
    for (const r of d.states) {
      const k = stateKey(r);
      const prev = states.get(k);
      states.set(k, prev ? { ...prev, n: prev.n + r.n } : { ...r });
    }
  }
  return {
    matrix: [...matrix.values()].filter((r) => r.n !== 0),
    states: [...states.values()].filter((r) => r.n !== 0),
  };
}
