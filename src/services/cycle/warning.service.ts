// The daily pass of a plan's cycle: every confirmed item read once, in pages
// of PAGE items (its reports and returns by commitment id), for the warning
// levels that move by the calendar alone (a report turning overdue, a
// deadline passing) and the report reminders each unit is owed that day.
// Levels that move by a write are settled by the write itself
// (item-warnings.ts), so the scheduler runs this once a day per plan (and
// again after the plan's cycle settings change), not at every tick.
//
// The pass reads outside any transaction; the changes it found are applied in
// one command, skipping an item whose stored level moved meanwhile (a write
// settled it). The history it keeps is what the assessment counts
// ("warnings received in a period").
import { aggregateDelta, mergeDeltas, type AggregateDelta } from "../../domain/aggregates.ts";
import { unitReminders, type UnitReminder } from "../../domain/cycle/reminders.ts";
import type { Warning } from "../../domain/cycle/warning.ts";
import type { Actor, ReviewState, Status } from "../../domain/types.ts";
import { SYSTEM_ACTOR } from "../../domain/types.ts";
import { applyAggregateDeltaBulk } from "../../storage/bulk.repo.ts";
import { goalLinks } from "../../storage/commitment.repo.ts";
import {
  cycleItemsByIds,
  itemsAtLevels,
  recordCycleRun,
  trackedPage,
  type CycleItemRow,
} from "../../storage/cycle.repo.ts";
import type { WarningRecord } from "../../domain/cycle/records.ts";
import { command, today, type Services } from "../context.ts";
import { evaluateItems, NO_WARNING, storeWarning } from "./item-warnings.ts";
import { loadSettings } from "./settings.service.ts";

export interface WarningChange {
  commitmentId: number;
  unitId: number | null;
  from: string;
  to: string;
}

export interface DailyPass {
  day: string;
  /** Items read. */
  items: number;
  changes: WarningChange[];
  raised: WarningRecord[];
  /** Report reminders due today, one per unit, period and stage. */
  reminders: UnitReminder[];
}

const PAGE = 1000;

/** Reads the plan's items page by page: the level changes found and today's report reminders. */
async function readPass(s: Services, planId: number, day: string) {
  const db = s.store.db;
  const settings = await loadSettings(db, planId);
  const found: { row: CycleItemRow; warning: Warning }[] = [];
  const reminders = new Map<string, UnitReminder>();
  let items = 0;
  for (let after = 0; ;) {
    const rows = await trackedPage(db, planId, { after, limit: PAGE });
    items += rows.length;
    const evaluated = await evaluateItems(db, settings, rows, day);
    for (const e of evaluated) {
      if (e.warning.level !== e.row.warning_level) found.push({ row: e.row, warning: e.warning });
    }
    const owed = evaluated.flatMap((e) => e.obligations);
    for (const r of unitReminders(owed, settings.remindBeforeDays, day)) {
      const key = `${r.unitId}|${r.period}|${r.stage}`;
      const prev = reminders.get(key);
      if (prev) for (const id of r.commitmentIds) prev.commitmentIds.push(id);
      else reminders.set(key, r);
    }
    if (rows.length < PAGE) break;
    after = Number(rows.at(-1)!.id);
  }
  // items that left the tracked set (rejected, merged) without a write settling them
  for (const row of await itemsAtLevels(db, planId, ["blue", "yellow", "red"], 10_000)) {
    if (row.review_state !== "confirmed") found.push({ row, warning: NO_WARNING });
  }
  const sorted = [...reminders.values()].sort(
    (a, b) => a.unitId - b.unitId || a.period.localeCompare(b.period) || a.stage.localeCompare(b.stage),
  );
  return { items, found, reminders: sorted };
}

/** Stores the changes found, skipping items a write settled since they were read. */
async function applyChanges(
  s: Services,
  actor: Actor,
  planId: number,
  day: string,
  found: { row: CycleItemRow; warning: Warning }[],
) {
  return command(s, actor, async (trx) => {
    const changes: WarningChange[] = [];
    const raised: WarningRecord[] = [];
    const deltas: AggregateDelta[] = [];
    for (let i = 0; i < found.length; i += 500) {
      const part = found.slice(i, i + 500);
      const ids = part.map((f) => Number(f.row.id));
      const current = new Map((await cycleItemsByIds(trx, ids)).map((r) => [Number(r.id), r]));
      const goals = new Map<number, number[]>();
      for (const l of await goalLinks(trx, ids)) {
        const id = Number(l.commitment_id);
        goals.set(id, [...(goals.get(id) ?? []), Number(l.goal_id)]);
      }
      for (const { row, warning } of part) {
        const id = Number(row.id);
        const now = current.get(id);
        if (!now || now.warning_level !== row.warning_level) continue;
        const stored = await storeWarning(trx, now, warning, day);
        if (stored === undefined) continue;
        if (stored) raised.push(stored);
        const subject = {
          planId: now.plan_id,
          unitId: now.unit_id,
          leadUnitId: now.lead_unit_id,
          reviewState: now.review_state as ReviewState,
          status: now.status as Status,
          goalIds: goals.get(id) ?? [],
          // a warning moves no target and leaves the item's unit and review state: nothing to count
          targets: [],
        };
        deltas.push(
          aggregateDelta(
            { ...subject, warningLevel: now.warning_level },
            { ...subject, warningLevel: warning.level },
          ),
        );
        changes.push({
          commitmentId: id,
          unitId: now.lead_unit_id ?? now.unit_id,
          from: now.warning_level,
          to: warning.level,
        });
      }
    }
    await applyAggregateDeltaBulk(trx, mergeDeltas(deltas));
    await recordCycleRun(trx, planId, day);
    return {
      result: { changes, raised },
      audit: {
        planId,
        action: "sweep_warnings",
        entity: "plan",
        entityId: planId,
        before: null,
        after: {
          day,
          changed: changes.length,
          raised: raised.map((r) => ({ commitment_id: r.commitment_id, level: r.level })),
        },
      },
    };
  });
}

/**
 * The daily pass: reads every item, stores the level changes (one command,
 * one audit entry; a quiet day writes none) and marks the plan as run today.
 * A dry run only reads.
 */
export async function dailyPass(
  s: Services,
  planId: number,
  opts: { dryRun?: boolean; actor?: Actor } = {},
): Promise<DailyPass> {
  const day = today(s);
  const read = await readPass(s, planId, day);
  const out = { day, items: read.items, reminders: read.reminders, changes: [], raised: [] };
  if (opts.dryRun) return out;
  if (!read.found.length) {
    await recordCycleRun(s.store.db, planId, day);
    return out;
  }
  return { ...out, ...(await applyChanges(s, opts.actor ?? SYSTEM_ACTOR, planId, day, read.found)) };
}
