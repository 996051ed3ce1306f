// The lookups every route shares before it reads or writes: the record must
// exist (404 otherwise) and the caller must be allowed to see it (403).
// Routes call these instead of reaching into storage or into each other.
import { LantuError } from "../errors.ts";
import { can } from "../domain/permissions.ts";
import type { Actor, Role } from "../domain/types.ts";
import { getCommitment } from "../storage/commitment.repo.ts";
import { getDocument } from "../storage/document.repo.ts";
import { getPlan } from "../storage/plan.repo.ts";
import { getMilestone } from "../storage/progress.repo.ts";
import { getTarget } from "../storage/target.repo.ts";
import type { Services } from "./context.ts";
import { unitsOf } from "./read.service.ts";

export async function requirePlan(s: Services, id: number) {
  const plan = await getPlan(s.store.db, id);
  if (!plan) throw new LantuError("not_found", `plan ${id} not found`);
  return plan;
}
export type Plan = Awaited<ReturnType<typeof requirePlan>>;

export async function requireDocument(s: Services, id: number) {
  const doc = await getDocument(s.store.db, id);
  if (!doc) throw new LantuError("not_found", `document ${id} not found`);
  return doc;
}
export type Document = Awaited<ReturnType<typeof requireDocument>>;

export async function requireTarget(s: Services, id: number) {
  const t = await getTarget(s.store.db, id);
  if (!t) throw new LantuError("not_found", `target ${id} not found`);
  return t;
}

export async function requireMilestone(s: Services, id: number) {
  const m = await getMilestone(s.store.db, id);
  if (!m) throw new LantuError("not_found", `milestone ${id} not found`);
  return m;
}

/** A commitment the public may see: confirmed ones only; any other is "not found". */
export async function confirmedCommitment(s: Services, id: number) {
  const c = await getCommitment(s.store.db, id);
  if (!c || c.review_state !== "confirmed") throw new LantuError("not_found", `commitment ${id} not found`);
  return c;
}

/** Loads a commitment the actor may see with `perm`: staff any, reporters their unit's confirmed ones. */
export async function visibleCommitment(
  s: Services,
  a: Actor,
  id: number,
  perm: "read_unit" | "report" = "read_unit",
) {
  const c = await getCommitment(s.store.db, id);
  if (!c) throw new LantuError("not_found", `commitment ${id} not found`);
  if (a.role === "reporter" && c.review_state !== "confirmed") {
    throw new LantuError(
      "forbidden",
      `commitment ${id} is not confirmed; reporters see confirmed items only`,
    );
  }
  const principal = { role: a.role as Role, unitId: a.unitId };
  // Only a reporter's permission depends on the item's units (domain/permissions.ts
  // can): for everyone else the cooperating units are not read, one statement less.
  const units = a.role === "reporter" ? await unitsOf(s.store.db, c) : undefined;
  if (!can(principal, perm, units)) {
    throw new LantuError("forbidden", `your role (${a.role}) may not do this for this unit`);
  }
  return c;
}
export type Commitment = Awaited<ReturnType<typeof visibleCommitment>>;
