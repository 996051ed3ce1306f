// When a unit is reminded of a report (催办). Pure.
//
//  R1. before: from `remindBefore` days ahead of the due date until the day
//      before it, while the report is not filed;
//  R2. at: from the due date through the grace days (state `due`);
//  R3. after: once overdue.
// A unit gets one reminder per period and stage, covering all its items
// owing that period (the caller keys them so each is sent once).
import { addDays, type Obligation } from "./calendar.ts";

export type Stage = "before" | "at" | "after";

export function stageOf(
  o: Pick<Obligation, "state" | "dueOn">,
  remindBefore: number,
  today: string,
): Stage | null {
  if (o.state === "overdue") return "after";
  if (o.state === "due") return "at";
  if (o.state === "open" && today >= addDays(o.dueOn, -remindBefore)) return "before";
  return null;
}

export interface UnitReminder {
  unitId: number;
  period: string;
  stage: Stage;
  dueOn: string;
  lateAfter: string;
  commitmentIds: number[];
}

export function unitReminders(
  obligations: Obligation[],
  remindBefore: number,
  today: string,
): UnitReminder[] {
  const byKey = new Map<string, UnitReminder>();
  for (const o of obligations) {
    const stage = stageOf(o, remindBefore, today);
    if (!stage) continue;
    const key = `${o.unitId}|${o.period}|${stage}`;
    const r = byKey.get(key) ?? {
      unitId: o.unitId,
      period: o.period,
      stage,
      dueOn: o.dueOn,
      lateAfter: o.lateAfter,
      commitmentIds: [],
    };
    r.commitmentIds.push(o.commitmentId);
    byKey.set(key, r);
  }
  return [...byKey.values()].sort((a, b) => a.unitId - b.unitId || a.period.localeCompare(b.period));
}
