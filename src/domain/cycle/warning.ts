// Warning levels (三色督办): none, blue 蓝, yellow 黄, red 红. Pure.
//
// Rules (an item takes the highest level any rule gives; all reasons are kept):
//  W0. A done item has no warning.
//  W1. red: past its deadline (due date before today) and not done.
//  W2. red: its completion proposals were returned `redReturns` times or more.
//  W3. yellow: a report still overdue `yellowAfterDays` days after it turned
//      overdue (after due date + grace).
//  W4. yellow: behind its trajectory (status `behind`).
//  W5. blue: a report overdue past the grace period.
// A unit's level is the highest of its items'; its counts are per level.
import type { Status } from "../types.ts";
import type { Obligation } from "./calendar.ts";

export const LEVELS = ["none", "blue", "yellow", "red"] as const;
export type Level = (typeof LEVELS)[number];

export interface Thresholds {
  /** Days an overdue report may stay missing before blue turns yellow. */
  yellowAfterDays: number;
  /** Returned completion proposals that make an item red. */
  redReturns: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { yellowAfterDays: 15, redReturns: 2 };

export type WarningReason =
  "past_deadline" | "returned_repeatedly" | "report_overdue_long" | "behind_trajectory" | "report_overdue";

export interface ItemFacts {
  status: Status;
  dueDate: string | null;
  /** This item's obligations (any state; only overdue ones matter). */
  obligations: Pick<Obligation, "state" | "daysOverdue">[];
  returns: number;
}

export interface Warning {
  level: Level;
  reasons: WarningReason[];
}

const rank = (l: Level) => LEVELS.indexOf(l);
export const higher = (a: Level, b: Level): Level => (rank(a) >= rank(b) ? a : b);

export function itemWarning(f: ItemFacts, t: Thresholds, today: string): Warning {
  if (f.status === "done") return { level: "none", reasons: [] };
  const found: [Level, WarningReason][] = [];
  if (f.dueDate !== null && f.dueDate < today) found.push(["red", "past_deadline"]);
  if (f.returns >= t.redReturns) found.push(["red", "returned_repeatedly"]);
  const overdue = f.obligations.filter((o) => o.state === "overdue");
  if (overdue.some((o) => o.daysOverdue > t.yellowAfterDays)) found.push(["yellow", "report_overdue_long"]);
  if (f.status === "behind") found.push(["yellow", "behind_trajectory"]);
  if (overdue.length > 0) found.push(["blue", "report_overdue"]);
  return {
    level: found.reduce<Level>((acc, [l]) => higher(acc, l), "none"),
    reasons: found.map(([, r]) => r),
  };
}

export interface UnitWarning {
  level: Level;
  counts: Record<Level, number>;
}

export function unitWarning(levels: Level[]): UnitWarning {
  const counts: Record<Level, number> = { none: 0, blue: 0, yellow: 0, red: 0 };
  for (const l of levels) counts[l] += 1;
  return { level: levels.reduce<Level>(higher, "none"), counts };
}
