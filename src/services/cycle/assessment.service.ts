// Assessment (考核) of a plan's units for a period, scored by
// domain/cycle/assessment.ts from facts counted in the database, never by
// reading every item: the items per answering unit and status from the
// cycle's aggregate table; the reports filed for each calendar period of the
// assessed period (grouped per unit in SQL, on time unless the first one was
// marked late when filed); the reports missing, as the unit's open items less
// those that reported, for each period already past its grace days; targets
// and the warnings raised in the period, grouped per unit in SQL.
import { LantuError } from "../../errors.ts";
import { periodEnd } from "../../domain/period.ts";
import { NO_UNIT } from "../../domain/aggregates.ts";
import { lateAfter, periodsBetween, periodStart, type Calendar } from "../../domain/cycle/calendar.ts";
import { assess, type UnitFacts, type UnitScore, type Weights } from "../../domain/cycle/assessment.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { cycleUnitCounts } from "../../storage/aggregate.repo.ts";
import { reportedPerUnit, targetsPerUnit, warningsPerUnit } from "../../storage/cycle.repo.ts";
import { listUnits } from "../../storage/unit.repo.ts";
import { assessmentXlsx } from "../../exchange/assessment-xlsx.ts";
import { today, type Services } from "../context.ts";
import { require } from "./access.ts";
import { calendarLookup, loadSettings } from "./settings.service.ts";

export interface Assessment {
  planId: number;
  period: string;
  from: string;
  to: string;
  asOf: string;
  weights: Weights;
  units: UnitScore[];
}

export async function assessmentOf(db: DB, planId: number, period: string, day: string): Promise<Assessment> {
  const from = periodStart(period);
  const to = periodEnd(period);
  if (!from || !to) {
    throw new LantuError(
      "validation",
      `period: "${period}" is not a period (2026, 2026H1, 2026Q3, 2026-07)`,
      {
        field: "period",
        rule: "format",
      },
    );
  }
  if (from > day)
    throw new LantuError("validation", `period: ${period} has not started yet`, {
      field: "period",
      rule: "in_future",
    });
  const asOf = to < day ? to : day;
  const settings = await loadSettings(db, planId);
  const names = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  const facts = new Map<number, UnitFacts>();
  const of = (unitId: number) => {
    let f = facts.get(unitId);
    if (!f) {
      f = {
        unitId,
        unit: names.get(unitId) ?? String(unitId),
        reports: { onTime: 0, late: 0, missing: 0 },
        items: { total: 0, onTrackOrDone: 0 },
        targets: { total: 0, met: 0 },
        warnings: { blue: 0, yellow: 0, red: 0 },
      };
      facts.set(unitId, f);
    }
    return f;
  };
  const open = new Map<number, number>(); // items not done, per unit
  for (const c of await cycleUnitCounts(db, planId)) {
    const unitId = Number(c.unit_id);
    if (unitId === NO_UNIT) continue; // no unit answers for it: it owes nothing
    const n = Number(c.n);
    const f = of(unitId);
    f.items.total += n;
    if (c.status === "on_track" || c.status === "done") f.items.onTrackOrDone += n;
    if (c.status !== "done") open.set(unitId, (open.get(unitId) ?? 0) + n);
  }
  // The calendar periods owed so far that start within the assessed period, per calendar
  // (reports are judged as of the assessment day, so one filed late after the period counts
  // as late, not missing).
  const calendarOf = calendarLookup(settings);
  const periodsOf = (cal: Calendar) =>
    periodsBetween(settings.startsOn, day, cal.frequency).filter((p) => {
      const start = periodStart(p)!;
      return start >= from && start <= to;
    });
  const calendars = [settings.calendar, ...settings.units.map((u) => u.calendar)];
  const periods = [...new Set(calendars.flatMap(periodsOf))];
  const reported = new Map<string, number>(); // unit|period → open items that reported
  for (const r of await reportedPerUnit(db, planId, periods)) {
    if (r.unitId === NO_UNIT || !periodsOf(calendarOf(r.unitId)).includes(r.period)) continue;
    const f = of(r.unitId);
    f.reports.onTime += r.onTime;
    f.reports.late += r.reported - r.onTime;
    if (!r.done)
      reported.set(`${r.unitId}|${r.period}`, (reported.get(`${r.unitId}|${r.period}`) ?? 0) + r.reported);
  }
  for (const [unitId, n] of open) {
    const cal = calendarOf(unitId);
    for (const p of periodsOf(cal)) {
      if (day <= lateAfter(p, cal)) continue; // not overdue yet
      of(unitId).reports.missing += Math.max(0, n - (reported.get(`${unitId}|${p}`) ?? 0));
    }
  }
  for (const t of await targetsPerUnit(db, planId)) {
    if (t.unitId === NO_UNIT) continue;
    const f = of(t.unitId);
    f.targets.total += t.total;
    f.targets.met += t.met;
  }
  for (const w of await warningsPerUnit(db, planId, from, to)) {
    if (w.unitId === NO_UNIT) continue;
    if (w.level === "blue" || w.level === "yellow" || w.level === "red")
      of(w.unitId).warnings[w.level] += w.n;
  }
  return {
    planId,
    period,
    from,
    to,
    asOf,
    weights: settings.weights,
    units: assess([...facts.values()], settings.weights),
  };
}

export async function assessment(s: Services, actor: Actor, planId: number, period: string) {
  require(actor, "read_plan");
  return assessmentOf(s.store.db, planId, period, today(s));
}

/** The assessment as an Excel sheet. */
export async function assessmentWorkbook(s: Services, actor: Actor, planId: number, period: string) {
  const a = await assessment(s, actor, planId, period);
  const w = a.weights;
  const bytes = await assessmentXlsx(
    `${period} 考核排名（截至${a.asOf}）`,
    `权重：按时报送${w.onTime}，正常推进${w.onTrack}，目标达成${w.targetsMet}，预警${w.warnings}`,
    a.units.map((u) => ({
      rank: u.rank,
      unit: u.unit,
      score: u.score,
      onTime: u.components.onTime,
      onTrack: u.components.onTrack,
      targetsMet: u.components.targetsMet,
      warnings: u.components.warnings,
      reports: `${u.reports.onTime}/${u.reports.late}/${u.reports.missing}`,
      items: `${u.items.onTrackOrDone}/${u.items.total}`,
      targets: `${u.targets.met}/${u.targets.total}`,
      warningCounts: `${u.warnings.blue}/${u.warnings.yellow}/${u.warnings.red}`,
    })),
  );
  return { period, bytes };
}
