// The reporting calendar: which report each responsible unit owes for which
// period, when it is due and when it turns late. Pure: every function takes
// `today` (YYYY-MM-DD) from its caller, never the wall clock.
//
// Rules:
//  K1. A plan has one calendar (monthly or quarterly, a due day, grace days);
//      a unit may override it. The unit's override wins for its items.
//  K2. A report for period P is due on day `dueDay` of P's last month
//      (clamped to the month's length: 31 in February is the 28th or 29th).
//  K3. A report filed after due + grace days is late: accepted, marked late.
//  K4. A report for a period that has not started (its first day after
//      today) is refused.
//  K5. An item owes one report per period of its unit's calendar, from the
//      period holding the cycle's start date through the current period, as
//      long as it is confirmed and not done; a done item owes nothing more,
//      but the reports it did file still count (on time or late). The unit
//      that owes it is the lead unit, else the owning unit; cooperating units
//      owe nothing.
//  K6. An obligation is `reported` (on time) or `reported_late` when a report
//      for exactly that period exists; otherwise `open` before its due date,
//      `due` from the due date through the grace days, and `overdue` after.

export const FREQUENCIES = ["monthly", "quarterly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Calendar {
  frequency: Frequency;
  /** Day of the period's last month the report is due (1–31, clamped). */
  dueDay: number;
  graceDays: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthLength = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})(H[12])?$/;

/** First day of a period (2024, 2024H1, 2024Q3, 2024-07); null when not a period. */
export function periodStart(period: string): string | null {
  let m = QUARTER.exec(period);
  if (m) return `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`;
  m = MONTH.exec(period);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = YEAR.exec(period);
  if (m) return `${m[1]}-${m[2] === "H2" ? "07" : "01"}-01`;
  return null;
}

/** The calendar period holding a day. */
export function periodOf(day: string, frequency: Frequency): string {
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  return frequency === "monthly" ? `${y}-${pad(mo)}` : `${y}Q${Math.ceil(mo / 3)}`;
}

/** The period after `period` on the same calendar. */
export function nextPeriod(period: string): string {
  let m = QUARTER.exec(period);
  if (m) return m[2] === "4" ? `${Number(m[1]) + 1}Q1` : `${m[1]}Q${Number(m[2]) + 1}`;
  m = MONTH.exec(period);
  if (m) return m[2] === "12" ? `${Number(m[1]) + 1}-01` : `${m[1]}-${pad(Number(m[2]) + 1)}`;
  throw new Error(`not a calendar period: ${period}`);
}

/** Periods from the one holding `from` through the one holding `to`, in order. */
export function periodsBetween(from: string, to: string, frequency: Frequency): string[] {
  if (to < from) return [];
  const out: string[] = [];
  const last = periodOf(to, frequency);
  for (let p = periodOf(from, frequency); ; p = nextPeriod(p)) {
    out.push(p);
    if (p === last) return out;
  }
}

/** K2: the due date of a period's report. */
export function dueOn(period: string, cal: Pick<Calendar, "dueDay">): string {
  const m = QUARTER.exec(period);
  const y = Number(period.slice(0, 4));
  const month = m ? Number(m[2]) * 3 : Number(period.slice(5, 7));
  return `${y}-${pad(month)}-${pad(Math.min(cal.dueDay, monthLength(y, month)))}`;
}

/** K3: the last day a report still counts as on time. */
export function lateAfter(period: string, cal: Calendar): string {
  return addDays(dueOn(period, cal), cal.graceDays);
}

export function isLate(period: string, reportedOn: string, cal: Calendar): boolean {
  return reportedOn > lateAfter(period, cal);
}

/** K4: why a report for this period must be refused today, or null when it may be filed. */
export function refuseFuturePeriod(period: string, today: string): string | null {
  const start = periodStart(period);
  if (start === null) return null;
  return start > today
    ? `period ${period} has not started (it starts on ${start}); report it from then`
    : null;
}

/** K1: the calendar an item of this unit follows. */
export function calendarFor(plan: Calendar, override: Calendar | null | undefined): Calendar {
  return override ?? plan;
}

export interface OwingItem {
  commitmentId: number;
  /** The unit that owes reports (lead, else owner); null owes nothing. */
  unitId: number | null;
  done: boolean;
}

export interface FiledReport {
  commitmentId: number;
  period: string;
  reportedOn: string;
}

export type ObligationState = "open" | "due" | "overdue" | "reported" | "reported_late";

export interface Obligation {
  commitmentId: number;
  unitId: number;
  period: string;
  dueOn: string;
  lateAfter: string;
  state: ObligationState;
  /** Days past `lateAfter` (overdue only), else 0. */
  daysOverdue: number;
}

/** K5, K6: every report owed, with its state on `today`. */
export function obligations(
  items: OwingItem[],
  reports: FiledReport[],
  calendarOf: (unitId: number) => Calendar,
  startsOn: string,
  today: string,
): Obligation[] {
  const filed = new Map<string, string>();
  for (const r of reports) {
    const key = `${r.commitmentId}|${r.period}`;
    const prev = filed.get(key);
    if (prev === undefined || r.reportedOn < prev) filed.set(key, r.reportedOn);
  }
  const out: Obligation[] = [];
  for (const item of items) {
    if (item.unitId === null) continue;
    const cal = calendarOf(item.unitId);
    for (const period of periodsBetween(startsOn, today, cal.frequency)) {
      const due = dueOn(period, cal);
      const late = lateAfter(period, cal);
      const on = filed.get(`${item.commitmentId}|${period}`);
      if (item.done && on === undefined) continue;
      let state: ObligationState;
      if (on !== undefined) state = on > late ? "reported_late" : "reported";
      else if (today < due) state = "open";
      else if (today <= late) state = "due";
      else state = "overdue";
      out.push({
        commitmentId: item.commitmentId,
        unitId: item.unitId,
        period,
        dueOn: due,
        lateAfter: late,
        state,
        daysOverdue: state === "overdue" ? daysBetween(late, today) : 0,
      });
    }
  }
  return out;
}
