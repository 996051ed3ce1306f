// Who owes which report, and the warned items, as lists (reporters: their
// unit). Neither reads every item of a plan: obligations are computed a page
// of items at a time (indexed by plan, review state and id, or by unit), the
// warned items are an indexed read of the stored levels and the units'
// roll-up comes from the cycle's aggregate table.
import type { Actor } from "../../domain/types.ts";
import type { Obligation, ObligationState } from "../../domain/cycle/calendar.ts";
import { higher, LEVELS, type Level, type UnitWarning } from "../../domain/cycle/warning.ts";
import { NO_UNIT } from "../../domain/aggregates.ts";
import { cycleUnitCounts } from "../../storage/aggregate.repo.ts";
import { itemsAtLevels, openWarningsOf, returnCountsOf, trackedPage } from "../../storage/cycle.repo.ts";
import { requirePlan } from "../access.ts";
import { today, type Services } from "../context.ts";
import { requireOwnScope } from "./access.ts";
import { evaluateItems } from "./item-warnings.ts";
import { loadSettings } from "./settings.service.ts";

/** Items read per request at most; `next` says where the next request continues. */
const PAGE = 500;
const MAX_OBLIGATIONS = 2000;

export async function obligationsOf(
  s: Services,
  actor: Actor,
  planId: number,
  f: { unit?: number; state?: string; after?: number },
) {
  requireOwnScope(actor, "read_unit");
  await requirePlan(s, planId);
  const db = s.store.db;
  const day = today(s);
  const settings = await loadSettings(db, planId);
  const unit = actor.role === "reporter" ? (actor.unitId ?? -1) : (f.unit ?? null);
  const items: Obligation[] = [];
  let after = f.after ?? 0;
  let next: number | null = null;
  for (let read = 0; read < 10 * PAGE;) {
    const rows = await trackedPage(db, planId, { after, limit: PAGE, unitId: unit });
    read += rows.length;
    for (const e of await evaluateItems(db, settings, rows, day)) {
      for (const o of e.obligations) {
        if (f.state === undefined || o.state === (f.state as ObligationState)) items.push(o);
      }
    }
    if (rows.length < PAGE) {
      next = null;
      break;
    }
    after = Number(rows.at(-1)!.id);
    next = after;
    if (items.length >= MAX_OBLIGATIONS) break;
  }
  return { today: day, items, next };
}

/** The warned items (blue, yellow, red; at most 2,000, by id) with their reasons, and each unit's roll-up. */
export async function warningsOf(s: Services, actor: Actor, planId: number) {
  requireOwnScope(actor, "read_unit");
  await requirePlan(s, planId);
  const db = s.store.db;
  const unit = actor.role === "reporter" ? (actor.unitId ?? -1) : null;
  const rows = (await itemsAtLevels(db, planId, ["blue", "yellow", "red"], 2000, unit)).filter(
    (r) => r.review_state === "confirmed",
  );
  const ids = rows.map((r) => Number(r.id));
  const [open, returns] = await Promise.all([openWarningsOf(db, ids), returnCountsOf(db, ids)]);
  const reasons = new Map(open.map((w) => [Number(w.commitment_id), w.reasons as string[]]));
  const items = rows.map((r) => ({
    id: Number(r.id),
    unitId: r.lead_unit_id ?? r.unit_id,
    status: r.status,
    dueDate: r.due_date,
    returns: returns.get(Number(r.id)) ?? 0,
    warning: { level: r.warning_level as Level, reasons: reasons.get(Number(r.id)) ?? [] },
  }));
  const units = new Map<number, UnitWarning>();
  for (const c of await cycleUnitCounts(db, planId, unit)) {
    const u = units.get(Number(c.unit_id)) ?? {
      level: "none" as Level,
      counts: Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>,
    };
    const level = c.level as Level;
    u.counts[level] += Number(c.n);
    u.level = higher(u.level, level);
    units.set(Number(c.unit_id), u);
  }
  return {
    today: today(s),
    items,
    units: [...units].map(([unitId, w]) => ({ unitId: unitId === NO_UNIT ? null : unitId, ...w })),
  };
}
