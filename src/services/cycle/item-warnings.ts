// An item's warning level, kept on the item (commitments.warning_level) and in
// the warning history, evaluated for a few items at a time with indexed reads
// (their reports and returns by commitment id). Two callers keep it current:
// - every write that settles an item (a report, a return, an accepted
//   completion, an extension, a review or tracking change) refreshes that one
//   item in its own transaction, so the levels that move by events move at
//   once;
// - the daily pass (warning.service.ts) re-reads every item once a day for
//   the levels that move by the calendar alone (a report turning overdue, a
//   deadline passing), which only ever rise (domain/cycle/warning.ts W1, W3,
//   W5).
import { obligations, type Obligation } from "../../domain/cycle/calendar.ts";
import { itemWarning, type Warning } from "../../domain/cycle/warning.ts";
import type { Status } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  clearWarningsOf,
  insertWarning,
  reportsOfItems,
  returnCountsOf,
  setWarningLevel,
  type CycleItemRow,
} from "../../storage/cycle.repo.ts";
import type { WarningRecord } from "../../domain/cycle/records.ts";
import { calendarLookup, loadSettings, type CycleSettings } from "./settings.service.ts";

export const NO_WARNING: Warning = { level: "none", reasons: [] };

export interface EvaluatedItem {
  row: CycleItemRow;
  /** The unit answering for it: lead, else owner. */
  unitId: number | null;
  returns: number;
  warning: Warning;
  obligations: Obligation[];
}

/** The obligations and warning of some items on `day` (items not confirmed: none). */
export async function evaluateItems(
  db: DB,
  settings: CycleSettings,
  rows: CycleItemRow[],
  day: string,
): Promise<EvaluatedItem[]> {
  const ids = rows.map((r) => Number(r.id));
  const [reports, returns] = await Promise.all([reportsOfItems(db, ids), returnCountsOf(db, ids)]);
  const filed = reports.map((r) => ({
    commitmentId: Number(r.commitment_id),
    period: r.period,
    reportedOn: r.reported_at.slice(0, 10),
  }));
  const confirmed = rows.filter((r) => r.review_state === "confirmed");
  const owing = confirmed.map((r) => ({
    commitmentId: Number(r.id),
    unitId: r.lead_unit_id ?? r.unit_id,
    done: r.status === "done",
  }));
  const byItem = new Map<number, Obligation[]>();
  for (const o of obligations(owing, filed, calendarLookup(settings), settings.startsOn, day)) {
    const list = byItem.get(o.commitmentId) ?? [];
    list.push(o);
    byItem.set(o.commitmentId, list);
  }
  return rows.map((row) => {
    const id = Number(row.id);
    const obs = byItem.get(id) ?? [];
    const n = returns.get(id) ?? 0;
    const warning =
      row.review_state === "confirmed"
        ? itemWarning(
            { status: row.status as Status, dueDate: row.due_date, obligations: obs, returns: n },
            settings.thresholds,
            day,
          )
        : NO_WARNING;
    return { row, unitId: row.lead_unit_id ?? row.unit_id, returns: n, warning, obligations: obs };
  });
}

/**
 * Stores an item's new level: closes its open warning, raises the new one,
 * sets the item's level. Returns the raised warning (null when cleared), or
 * undefined when the level did not change. The caller moves the aggregates.
 */
export async function storeWarning(
  db: DB,
  row: Pick<CycleItemRow, "id" | "plan_id" | "unit_id" | "lead_unit_id" | "warning_level">,
  warning: Warning,
  day: string,
): Promise<WarningRecord | null | undefined> {
  if (warning.level === row.warning_level) return undefined;
  const id = Number(row.id);
  await clearWarningsOf(db, id, day);
  await setWarningLevel(db, id, warning.level);
  if (warning.level === "none") return null;
  return insertWarning(db, {
    plan_id: row.plan_id,
    commitment_id: id,
    unit_id: row.lead_unit_id ?? row.unit_id,
    level: warning.level as WarningRecord["level"],
    reasons: warning.reasons,
    raised_on: day,
    cleared_on: null,
  });
}

/**
 * Inside a write's transaction, after the item's status is settled: its
 * level now, stored when it changed. `row` carries the settled status and due
 * date and the level stored before the write.
 */
export async function refreshWarning(db: DB, row: CycleItemRow, day: string): Promise<string> {
  if (row.review_state !== "confirmed") {
    await storeWarning(db, row, NO_WARNING, day);
    return "none";
  }
  const settings = await loadSettings(db, row.plan_id);
  const [e] = await evaluateItems(db, settings, [row], day);
  const warning = e?.warning ?? NO_WARNING;
  await storeWarning(db, row, warning, day);
  return warning.level;
}
