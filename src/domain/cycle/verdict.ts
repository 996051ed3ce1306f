// Verdicts for the public: what became of a confirmed commitment. Pure.
//
// Rules:
//  V1. A verdict a supervisor recorded (with a reason) stands — unless the
//      item's deadline has since passed unmet and the record was made on or
//      before that deadline: then V3 applies again. A record made after the
//      deadline is the supervisor saying otherwise, and stands.
//  V2. Otherwise it follows the status: done → kept (已兑现); on track or
//      behind → in progress (推进中); not started → not rated (未评估).
//  V3. Past its deadline and not done → broken (未兑现).
// Stalled (受阻) is only ever recorded by a supervisor.
import type { Status } from "../types.ts";

export const VERDICTS = ["kept", "in_progress", "stalled", "broken", "not_rated"] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export interface RecordedVerdict {
  verdict: VerdictKind;
  /** Day it was recorded (YYYY-MM-DD). */
  on: string;
  reason: string;
}

export interface PublicVerdict {
  verdict: VerdictKind;
  /** The day it took effect: the record's day, the deadline, or null when derived from status. */
  since: string | null;
  source: "recorded" | "deadline" | "status";
}

export function verdictOf(
  status: Status,
  dueDate: string | null,
  recorded: RecordedVerdict | null,
  today: string,
): PublicVerdict {
  const lapsed = status !== "done" && dueDate !== null && dueDate < today;
  if (recorded && !(lapsed && recorded.on <= dueDate!)) {
    return { verdict: recorded.verdict, since: recorded.on, source: "recorded" };
  }
  if (lapsed) return { verdict: "broken", since: dueDate, source: "deadline" };
  const verdict: VerdictKind =
    status === "done" ? "kept" : status === "not_started" ? "not_rated" : "in_progress";
  return { verdict, since: null, source: "status" };
}
