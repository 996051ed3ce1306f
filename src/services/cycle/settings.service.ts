// A plan's cycle settings: its reporting calendar (and units' own), reminder
// lead time, warning thresholds and assessment weights. A plan nobody has set
// up yet runs on the defaults below, starting in the quarter it was created.
import { LantuError } from "../../errors.ts";
import {
  FREQUENCIES,
  periodOf,
  periodStart,
  type Calendar,
  type Frequency,
} from "../../domain/cycle/calendar.ts";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../domain/cycle/warning.ts";
import { DEFAULT_WEIGHTS, validateWeights, type Weights } from "../../domain/cycle/assessment.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  getCycleSettings,
  forgetCycleRun,
  putUnitCalendar,
  unitCalendars,
  upsertCycleSettings,
} from "../../storage/cycle.repo.ts";
import { getPlan } from "../../storage/plan.repo.ts";
import { getUnit } from "../../storage/unit.repo.ts";
import { command, type Services } from "../context.ts";

export interface CycleSettings {
  planId: number;
  calendar: Calendar;
  startsOn: string;
  remindBeforeDays: number;
  thresholds: Thresholds;
  weights: Weights;
  units: { unitId: number; calendar: Calendar }[];
  version: number;
}

export const DEFAULT_CALENDAR: Calendar = { frequency: "quarterly", dueDay: 25, graceDays: 5 };
export const DEFAULT_REMIND_BEFORE = 7;

export async function loadSettings(db: DB, planId: number): Promise<CycleSettings> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new LantuError("not_found", `plan ${planId} not found`);
  const row = await getCycleSettings(db, planId);
  const units = (await unitCalendars(db, planId)).map((u) => ({
    unitId: Number(u.unit_id),
    calendar: { frequency: u.frequency as Frequency, dueDay: u.due_day, graceDays: u.grace_days },
  }));
  if (!row) {
    return {
      planId,
      calendar: DEFAULT_CALENDAR,
      startsOn: periodStart(periodOf(plan.created_at.slice(0, 10), "quarterly"))!,
      remindBeforeDays: DEFAULT_REMIND_BEFORE,
      thresholds: DEFAULT_THRESHOLDS,
      weights: DEFAULT_WEIGHTS,
      units,
      version: 0,
    };
  }
  return {
    planId,
    calendar: { frequency: row.frequency as Frequency, dueDay: row.due_day, graceDays: row.grace_days },
    startsOn: row.starts_on,
    remindBeforeDays: row.remind_before_days,
    thresholds: { yellowAfterDays: row.yellow_after_days, redReturns: row.red_returns },
    weights: { ...DEFAULT_WEIGHTS, ...row.weights },
    units,
    version: row.version,
  };
}

/** The calendar a unit's items follow (its own, else the plan's). */
export function calendarLookup(settings: CycleSettings): (unitId: number) => Calendar {
  const own = new Map(settings.units.map((u) => [u.unitId, u.calendar]));
  return (unitId) => own.get(unitId) ?? settings.calendar;
}

export const getSettings = (s: Services, planId: number) => loadSettings(s.store.db, planId);

function checkCalendar(c: Calendar, field: string) {
  if (!FREQUENCIES.includes(c.frequency)) {
    throw new LantuError("validation", `${field}.frequency: "${c.frequency}" is not monthly or quarterly`, {
      field,
    });
  }
  if (!Number.isInteger(c.dueDay) || c.dueDay < 1 || c.dueDay > 31) {
    throw new LantuError("validation", `${field}.due_day: must be a day of the month, 1–31`, { field });
  }
  if (!Number.isInteger(c.graceDays) || c.graceDays < 0 || c.graceDays > 90) {
    throw new LantuError("validation", `${field}.grace_days: must be 0–90 days`, { field });
  }
}

export interface SettingsInput {
  calendar?: Calendar;
  startsOn?: string;
  remindBeforeDays?: number;
  thresholds?: Thresholds;
  weights?: Weights;
}

export async function updateSettings(
  s: Services,
  actor: Actor,
  planId: number,
  version: number,
  input: SettingsInput,
) {
  return command(s, actor, async (trx) => {
    const before = await loadSettings(trx, planId);
    if (before.version !== version) {
      throw new LantuError(
        "stale_version",
        `the cycle settings of plan ${planId} were changed by someone else (version ${before.version}, you sent ${version}); reload and retry`,
        { entity: "cycle_settings", current_version: before.version },
      );
    }
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const next = { ...before, ...given } as CycleSettings;
    checkCalendar(next.calendar, "calendar");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next.startsOn) || Number.isNaN(Date.parse(next.startsOn))) {
      throw new LantuError("validation", `starts_on: "${next.startsOn}" is not a date (YYYY-MM-DD)`, {
        field: "starts_on",
        rule: "date",
      });
    }
    const w = validateWeights(next.weights);
    if (w) throw new LantuError("validation", w, { field: "weights" });
    if (next.thresholds.yellowAfterDays < 0 || next.thresholds.redReturns < 1) {
      throw new LantuError("validation", "thresholds: yellow_after_days ≥ 0 and red_returns ≥ 1", {
        field: "thresholds",
      });
    }
    await forgetCycleRun(trx, planId); // new rules: the next cycle run re-reads every item
    await upsertCycleSettings(trx, {
      plan_id: planId,
      frequency: next.calendar.frequency,
      due_day: next.calendar.dueDay,
      grace_days: next.calendar.graceDays,
      starts_on: next.startsOn,
      remind_before_days: next.remindBeforeDays,
      yellow_after_days: next.thresholds.yellowAfterDays,
      red_returns: next.thresholds.redReturns,
      weights: next.weights,
    });
    const after = await loadSettings(trx, planId);
    return {
      result: after,
      audit: { planId, action: "update_cycle_settings", entity: "plan", entityId: planId, before, after },
    };
  });
}

/** Gives a unit its own calendar in a plan, or (null) returns it to the plan's. */
export async function setUnitCalendar(
  s: Services,
  actor: Actor,
  planId: number,
  unitId: number,
  calendar: Calendar | null,
) {
  return command(s, actor, async (trx) => {
    const before = await loadSettings(trx, planId);
    if (!(await getUnit(trx, unitId))) throw new LantuError("not_found", `unit ${unitId} not found`);
    if (calendar) checkCalendar(calendar, "calendar");
    await forgetCycleRun(trx, planId);
    await putUnitCalendar(
      trx,
      calendar
        ? {
            plan_id: planId,
            unit_id: unitId,
            frequency: calendar.frequency,
            due_day: calendar.dueDay,
            grace_days: calendar.graceDays,
          }
        : { plan_id: planId, unit_id: unitId },
    );
    const after = await loadSettings(trx, planId);
    return {
      result: after,
      audit: {
        planId,
        action: "set_unit_calendar",
        entity: "unit",
        entityId: unitId,
        before: before.units.find((u) => u.unitId === unitId) ?? null,
        after: after.units.find((u) => u.unitId === unitId) ?? null,
      },
    };
  });
}
