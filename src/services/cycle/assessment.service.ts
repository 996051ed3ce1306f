// Assessment (考核) of a plan's units for a period: facts gathered from the
// cycle state and the warning history, scored by domain/cycle/assessment.ts.
import { LantuError } from "../../errors.ts";
import { periodEnd } from "../../domain/period.ts";
import { periodStart } from "../../domain/cycle/calendar.ts";
import { assess, type UnitFacts, type UnitScore, type Weights } from "../../domain/cycle/assessment.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { warningsRaisedBetween } from "../../storage/cycle.repo.ts";
import { targetsOf } from "../../storage/target.repo.ts";
import { listUnits } from "../../storage/unit.repo.ts";
import { assessmentXlsx } from "../../exchange/assessment-xlsx.ts";
import { today, type Services } from "../context.ts";
import { require } from "./access.ts";
import { cycleState } from "./cycle-state.ts";

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
  // Reports are judged as of the assessment day, so a report filed late after
  // the period still counts as late, not missing.
  const state = await cycleState(db, planId, day);
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
  for (const o of state.obligations) {
    const start = periodStart(o.period)!;
    if (start < from || start > to) continue;
    const f = of(o.unitId);
    if (o.state === "reported") f.reports.onTime += 1;
    else if (o.state === "reported_late") f.reports.late += 1;
    else if (o.state === "overdue") f.reports.missing += 1;
  }
  const unitOfItem = new Map<number, number>();
  for (const item of state.items) {
    if (item.unitId === null) continue;
    unitOfItem.set(item.id, item.unitId);
    const f = of(item.unitId);
    f.items.total += 1;
    if (item.status === "on_track" || item.status === "done") f.items.onTrackOrDone += 1;
  }
  for (const t of await targetsOf(db, [...unitOfItem.keys()])) {
    if (t.is_baseline) continue;
    const f = of(unitOfItem.get(Number(t.commitment_id))!);
    f.targets.total += 1;
    if (t.status === "done") f.targets.met += 1;
  }
  for (const w of await warningsRaisedBetween(db, planId, from, to)) {
    const unitId = unitOfItem.get(Number(w.commitment_id)) ?? w.unit_id;
    if (unitId === null || unitId === undefined) continue;
    const f = of(unitId);
    if (w.level === "blue" || w.level === "yellow" || w.level === "red") f.warnings[w.level] += 1;
  }
  return {
    planId,
    period,
    from,
    to,
    asOf,
    weights: state.settings.weights,
    units: assess([...facts.values()], state.settings.weights),
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
