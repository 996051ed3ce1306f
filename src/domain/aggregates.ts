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

export interface MatrixKey {
  planId: number;
  unitId: number;
  goalId: number;
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

/** Aggregate tables key "no unit" as 0 so the key can be a primary key on both databases. */
export const NO_UNIT = 0;

function contribution(c: AggregateSubject | null, sign: number, d: AggregateDelta): void {
  if (!c) return;
  const unitId = c.unitId ?? NO_UNIT;
  d.states.push({ planId: c.planId, unitId, reviewState: c.reviewState, status: c.status, n: sign });
  if (c.reviewState === "confirmed") {
    for (const goalId of new Set(c.goalIds)) d.matrix.push({ planId: c.planId, unitId, goalId, n: sign });
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
    matrix: net(d.matrix, (r) => `${r.planId}/${r.unitId}/${r.goalId}`),
    states: net(d.states, (r) => `${r.planId}/${r.unitId}/${r.reviewState}/${r.status}`),
  };
}
