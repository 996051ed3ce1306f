// Keeps the warning history true: each run compares every item's level today
// with its open warning; a change closes the old one and raises the new. The
// history is what the assessment counts ("warnings received in a period").
import type { Actor } from "../../domain/types.ts";
import { SYSTEM_ACTOR } from "../../domain/types.ts";
import { clearWarning, insertWarning, openWarnings } from "../../storage/cycle.repo.ts";
import type { WarningRecord } from "../../domain/cycle/records.ts";
import { command, today, type Services } from "../context.ts";
import { cycleState } from "./cycle-state.ts";

export interface WarningChange {
  commitmentId: number;
  unitId: number | null;
  from: string;
  to: string;
}

/** True when some item's level differs from its open warning (a read, no writes). */
async function anyChange(s: Services, planId: number): Promise<boolean> {
  const state = await cycleState(s.store.db, planId, today(s));
  const open = new Map(
    (await openWarnings(s.store.db, planId)).map((w) => [Number(w.commitment_id), w.level]),
  );
  const tracked = new Set(state.items.map((i) => i.id));
  if ([...open.keys()].some((id) => !tracked.has(id))) return true;
  return state.items.some((i) => (open.get(i.id) ?? "none") !== i.warning.level);
}

/** Runs only when something changed, so a quiet day writes no audit entry. */
export async function sweepWarnings(s: Services, planId: number, actor: Actor = SYSTEM_ACTOR) {
  if (!(await anyChange(s, planId))) return { changes: [] as WarningChange[], raised: [] as WarningRecord[] };
  return command(s, actor, async (trx) => {
    const day = today(s);
    const state = await cycleState(trx, planId, day);
    const open = new Map<number, WarningRecord>(
      (await openWarnings(trx, planId)).map((w) => [Number(w.commitment_id), w]),
    );
    const changes: WarningChange[] = [];
    const raised: WarningRecord[] = [];
    for (const item of state.items) {
      const current = open.get(item.id);
      open.delete(item.id);
      const level = item.warning.level;
      if ((current?.level ?? "none") === level) continue;
      if (current) await clearWarning(trx, current.id, day);
      if (level !== "none") {
        raised.push(
          await insertWarning(trx, {
            plan_id: planId,
            commitment_id: item.id,
            unit_id: item.unitId,
            level,
            reasons: item.warning.reasons,
            raised_on: day,
            cleared_on: null,
          }),
        );
      }
      changes.push({ commitmentId: item.id, unitId: item.unitId, from: current?.level ?? "none", to: level });
    }
    // items no longer tracked (rejected, merged) lose their warning
    for (const w of open.values()) {
      await clearWarning(trx, w.id, day);
      changes.push({ commitmentId: Number(w.commitment_id), unitId: w.unit_id, from: w.level, to: "none" });
    }
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
