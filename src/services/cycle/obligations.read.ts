// Who owes which report, as lists: for a reporter only their unit.
import type { Actor } from "../../domain/types.ts";
import type { ObligationState } from "../../domain/cycle/calendar.ts";
import { unitWarning } from "../../domain/cycle/warning.ts";
import { requirePlan } from "../access.ts";
import { today, type Services } from "../context.ts";
import { requireOwnScope } from "./access.ts";
import { cycleState } from "./cycle-state.ts";

export async function obligationsOf(
  s: Services,
  actor: Actor,
  planId: number,
  f: { unit?: number; state?: string },
) {
  requireOwnScope(actor, "read_unit");
  await requirePlan(s, planId);
  const day = today(s);
  const state = await cycleState(s.store.db, planId, day);
  const unit = actor.role === "reporter" ? (actor.unitId ?? -1) : f.unit;
  const items = state.obligations.filter(
    (o) =>
      (unit === undefined || o.unitId === unit) &&
      (f.state === undefined || o.state === (f.state as ObligationState)),
  );
  return { today: day, items };
}

/** Every item's warning level and reasons, and each unit's roll-up (reporters: their unit). */
export async function warningsOf(s: Services, actor: Actor, planId: number) {
  requireOwnScope(actor, "read_unit");
  await requirePlan(s, planId);
  const state = await cycleState(s.store.db, planId, today(s));
  const items = state.items.filter((i) => actor.role !== "reporter" || i.unitId === actor.unitId);
  const byUnit = new Map<number | null, (typeof items)[number]["warning"]["level"][]>();
  for (const i of items) byUnit.set(i.unitId, [...(byUnit.get(i.unitId) ?? []), i.warning.level]);
  return {
    today: state.today,
    items,
    units: [...byUnit.entries()].map(([unitId, levels]) => ({ unitId, ...unitWarning(levels) })),
  };
}
