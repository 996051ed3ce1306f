// The status engine: pure functions from a commitment's targets, reports and
// calendar to one of not_started / on_track / behind / overdue / done.
//
// Rules, in the order they are applied:
//
// Target (a numeric goal, judged on its latest reported figure):
//  T1. A figure that meets the goal makes the target done, whenever it came —
//      also in a report after the deadline (late, but delivered).
//      ">=": figure ≥ goal; "<=": figure ≤ goal; "=": |figure − goal| ≤ 0.5 %
//      of the goal; "~" (接近): figure ≥ 95 % of the goal. A growth rate is
//      done only by a report for the due year (or later) that meets it.
//  T2. The goal of a multiple (翻两番 = ×4) is baseline × factor. A multiple
//      without a baseline has no goal figure: it can never be judged done or
//      behind by figures (reason "no_baseline").
//  T3. A due year makes the deadline 31 December of that year. Past it and not
//      done: overdue. Without a due year a target is never overdue.
//  T4. No figure reported yet: not_started.
//  T5. With a baseline and a due year the expected figure moves in a straight
//      line from the baseline (at the end of the baseline year) to the goal (at
//      the end of the due year). A figure short of the line by more than 5 %
//      of the whole distance, at the end of its report's period, is behind.
//      Growth rates are not cumulative: each period's rate is held to the goal.
//  T6. Otherwise on_track — including when the trajectory cannot be drawn (no
//      baseline, no due year): reported and not known to be late.
//
// Commitment:
//  C1. done when a report marks it complete, or when it has targets and every
//      target is done.
//  C2. overdue when its due date (the deadline set by a supervisor, else the
//      latest due year of its targets) has passed.
//  C3. not_started when nothing has been reported on it.
//  C4. behind when a target is behind or overdue, or a milestone is past due
//      and not done.
//  C5. otherwise on_track.
import type { Comparator, Status, ValueKind } from "./types.ts";
import { fraction, periodEnd, yearEnd } from "./period.ts";

export interface TargetInput {
  comparator: Comparator;
  value: number;
  valueKind: ValueKind;
  baselineValue: number | null;
  baselineYear: number | null;
  dueYear: number | null;
  /** The latest report's figure and period, if any. */
  figure: number | null;
  period: string | null;
}

export interface Verdict {
  status: Status;
  reason: string;
}

/** The figure the target aims at, or null when it cannot be known (T2). */
export function goalFigure(t: Pick<TargetInput, "value" | "valueKind" | "baselineValue">): number | null {
  if (t.valueKind === "multiple") return t.baselineValue === null ? null : t.baselineValue * t.value;
  return t.value;
}

export function meets(comparator: Comparator, figure: number, goal: number): boolean {
  switch (comparator) {
    case ">=":
      return figure >= goal;
    case "<=":
      return figure <= goal;
    case "=":
      return Math.abs(figure - goal) <= Math.abs(goal) * 0.005;
    case "~":
      return figure >= goal * 0.95;
  }
}

export function targetStatus(t: TargetInput, today: string): Verdict {
  const goal = goalFigure(t);
  const end = t.period ? periodEnd(t.period) : null;
  const final =
    t.valueKind !== "growth_rate" || (t.dueYear !== null && end !== null && end >= yearEnd(t.dueYear));
  if (t.figure !== null && goal !== null && final && meets(t.comparator, t.figure, goal)) {
    return { status: "done", reason: "goal_met" };
  }
  if (t.dueYear !== null && yearEnd(t.dueYear) < today) return { status: "overdue", reason: "past_due_year" };
  if (t.figure === null) return { status: "not_started", reason: "no_report" };
  if (goal === null) return { status: "on_track", reason: "no_baseline" };
  if (t.dueYear === null) return { status: "on_track", reason: "no_due_year" };
  if (t.valueKind === "growth_rate") {
    return meets(t.comparator, t.figure, goal)
      ? { status: "on_track", reason: "rate_met" }
      : { status: "behind", reason: "rate_short" };
  }
  if (t.baselineValue === null) return { status: "on_track", reason: "no_baseline" };
  const at = end ?? today;
  const from = yearEnd(t.baselineYear ?? t.dueYear - 1);
  const distance = goal - t.baselineValue;
  const expected = t.baselineValue + distance * fraction(from, yearEnd(t.dueYear), at);
  const tolerance = Math.abs(distance) * 0.05;
  const decreasing = t.comparator === "<=" || distance < 0;
  const short = decreasing ? t.figure > expected + tolerance : t.figure < expected - tolerance;
  return short
    ? { status: "behind", reason: "below_trajectory" }
    : { status: "on_track", reason: "on_trajectory" };
}

export interface CommitmentInput {
  dueDate: string | null;
  reportCount: number;
  complete: boolean;
  targets: Verdict[];
  /** Due dates of milestones not yet done. */
  openMilestones: string[];
}

export function commitmentStatus(c: CommitmentInput, today: string): Verdict {
  if (c.complete) return { status: "done", reason: "reported_complete" };
  if (c.targets.length > 0 && c.targets.every((t) => t.status === "done")) {
    return { status: "done", reason: "targets_met" };
  }
  if (c.dueDate !== null && c.dueDate < today) return { status: "overdue", reason: "past_due_date" };
  if (c.reportCount === 0) return { status: "not_started", reason: "no_report" };
  if (c.targets.some((t) => t.status === "behind" || t.status === "overdue")) {
    return { status: "behind", reason: "target_behind" };
  }
  if (c.openMilestones.some((d) => d < today)) return { status: "behind", reason: "milestone_late" };
  return { status: "on_track", reason: "reported" };
}

/** A commitment's due date: the supervisor's deadline, else its targets' latest due year. */
export function dueDate(deadline: string | null, targetDueYears: (number | null)[]): string | null {
  if (deadline) return deadline;
  const years = targetDueYears.filter((y): y is number => y !== null);
  return years.length ? yearEnd(Math.max(...years)) : null;
}
