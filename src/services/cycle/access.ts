// Who may act on an item, checked inside the cycle's commands: a reporter
// only for a unit the item belongs to (owner, lead or cooperating), staff for
// any. The system actor (scheduler, demo loader) may do everything.
import { LantuError } from "../../errors.ts";
import { can, type Permission } from "../../domain/permissions.ts";
import type { Actor, Commitment } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { getCommitment } from "../../storage/commitment.repo.ts";
import { unitsOf } from "../read.service.ts";

export function allowed(actor: Actor, perm: Permission, units?: (number | null)[]): boolean {
  if (actor.role === "system") return true;
  return can({ role: actor.role, unitId: actor.unitId }, perm, units);
}

export function require(actor: Actor, perm: Permission, units?: (number | null)[]): void {
  if (!allowed(actor, perm, units)) {
    throw new LantuError(
      "forbidden",
      `your role (${actor.role}) may not do this${units ? " for this unit" : ""}`,
    );
  }
}

/** A confirmed commitment the actor may act on with `perm`. Hidden ones are 404 to reporters. */
export async function actionableCommitment(
  db: DB,
  actor: Actor,
  id: number,
  perm: Permission,
): Promise<Commitment> {
  const c = await getCommitment(db, id);
  const units = c ? await unitsOf(db, c) : [];
  if (!c || (actor.role === "reporter" && !allowed(actor, "read_unit", units))) {
    throw new LantuError("not_found", `commitment ${id} not found`);
  }
  if (c.review_state !== "confirmed") {
    throw new LantuError(
      "conflict",
      `commitment ${id} is ${c.review_state}; the cycle runs on confirmed items`,
    );
  }
  require(actor, perm, units);
  return c;
}

/** The unit answering for an item: lead, else owner. */
export const responsibleUnit = (c: Pick<Commitment, "lead_unit_id" | "unit_id">) =>
  c.lead_unit_id ?? c.unit_id;

/** For lists a reporter sees only their own unit's part of: the permission, for their unit. */
export function requireOwnScope(actor: Actor, perm: Permission): void {
  require(actor, perm, actor.role === "reporter" ? [actor.unitId] : undefined);
}

/** The filter for a list of a plan's unit records (proposals, requests, notices): a reporter's own unit only. */
export function unitScope(actor: Actor, planId: number, state?: string) {
  requireOwnScope(actor, "read_unit");
  return { planId, state, unitId: actor.role === "reporter" ? (actor.unitId ?? -1) : null };
}
