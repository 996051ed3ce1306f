// Goal or baseline, and the year it belongs to. A figure is a baseline when
// it is achieved or present: its period lies in the past (去年, a review of
// the past year), it is marked present (目前, 已, 现有, 在…基础上), or its
// sentence names no period and no intent (森林覆盖率达到68%, said of today).
// Otherwise it is a goal due in its period's year.
import type { Period } from "./period.ts";

export interface Status {
  baseline: boolean;
  byYear: number | null;
}

export interface StatusCues {
  /** The period in force at the figure, if any. */
  period: Period | null;
  /** A present-state word right before the figure or a 基础上 after it. */
  present: boolean;
  /** The sentence up to the figure speaks of intent or action (将, 力争, 新建…). */
  intent: boolean;
}

export function statusOf({ period, present, intent }: StatusCues): Status {
  if (present) {
    const dated = period?.tense === "past" || period?.tense === "current";
    return { baseline: true, byYear: dated ? period.year : null };
  }
  switch (period?.tense) {
    case "past":
    case "present":
      return { baseline: true, byYear: period.year };
    case "current":
    case "future":
      return { baseline: false, byYear: period.year };
    default:
      return intent ? { baseline: false, byYear: period?.year ?? null } : { baseline: true, byYear: null };
  }
}
