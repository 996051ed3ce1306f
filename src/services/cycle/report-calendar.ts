// The calendar's checks on a progress report, run inside the report's own
// transaction: a period not yet started is refused (K4), and every report is
// marked with its due date and whether it came late (K3).
import { LantuError } from "../../errors.ts";
import { dueOn, isLate, refuseFuturePeriod } from "../../domain/cycle/calendar.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { insertMark, marksOf } from "../../storage/cycle.repo.ts";
import { calendarLookup, loadSettings } from "./settings.service.ts";

export function refuseUnstartedPeriod(period: string, today: string): void {
  const why = refuseFuturePeriod(period, today);
  if (why) throw new LantuError("validation", `period: ${why}`, { field: "period" });
}

export async function markReport(
  db: DB,
  r: { id: number; plan_id: number; period: string; reported_at: string },
  unitId: number | null,
): Promise<{ dueOn: string; late: boolean }> {
  const settings = await loadSettings(db, r.plan_id);
  const cal = unitId === null ? settings.calendar : calendarLookup(settings)(unitId);
  const due = dueOn(normalPeriod(r.period, cal.frequency), cal);
  const late = isLate(normalPeriod(r.period, cal.frequency), r.reported_at.slice(0, 10), cal);
  await insertMark(db, { progress_id: r.id, plan_id: r.plan_id, due_on: due, late: late ? 1 : 0 });
  return { dueOn: due, late };
}

/** A year or half-year report is judged at its last calendar period. */
function normalPeriod(period: string, frequency: "monthly" | "quarterly"): string {
  const m = /^(\d{4})(H[12])?$/.exec(period);
  if (!m) return period;
  const lastMonth = m[2] === "H1" ? 6 : 12;
  return frequency === "monthly"
    ? `${m[1]}-${String(lastMonth).padStart(2, "0")}`
    : `${m[1]}Q${lastMonth / 3}`;
}

/** Late marks of reports, by report id. */
export async function lateMarks(
  db: DB,
  ids: number[],
): Promise<Map<number, { dueOn: string; late: boolean }>> {
  return new Map(
    (await marksOf(db, ids)).map((m) => [Number(m.progress_id), { dueOn: m.due_on, late: m.late === 1 }]),
  );
}
