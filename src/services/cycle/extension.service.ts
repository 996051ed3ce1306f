// Extension requests (延期申请): a unit asks for a new date with a reason; a
// supervisor approves (the item's deadline moves) or refuses it with a
// reason. The request keeps both dates either way.
import { LantuError } from "../../errors.ts";
import type { ExtensionRequest } from "../../domain/cycle/records.ts";
import type { Actor } from "../../domain/types.ts";
import { extensionsOf, getExtension, insertExtension, listExtensions } from "../../storage/cycle.repo.ts";
import { getCommitment } from "../../storage/commitment.repo.ts";
import { command, today, type Services } from "../context.ts";
import { changingCommitment } from "../status.service.ts";
import { actionableCommitment, responsibleUnit, unitScope } from "./access.ts";
import { decided, pendingRequest, type RequestKind } from "./decision.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function requestExtension(
  s: Services,
  actor: Actor,
  commitmentId: number,
  input: { newDate: string; reason: string },
) {
  if (!DATE.test(input.newDate) || Number.isNaN(Date.parse(input.newDate))) {
    throw new LantuError("validation", `new_date: "${input.newDate}" is not a date (YYYY-MM-DD)`, {
      field: "new_date",
      rule: "date",
    });
  }
  if (!input.reason.trim())
    throw new LantuError("validation", "reason: say why more time is needed", {
      field: "reason",
      rule: "required",
    });
  return command(s, actor, async (trx, now) => {
    const c = await actionableCommitment(trx, actor, commitmentId, "report");
    if (c.status === "done")
      throw new LantuError("conflict", `commitment ${c.id} is done; nothing to extend`);
    const old = c.due_date;
    if (input.newDate <= today(s) || (old !== null && input.newDate <= old)) {
      throw new LantuError(
        "validation",
        `new_date: ${input.newDate} must be after today (${today(s)})${old ? ` and after the current deadline ${old}` : ""}`,
        { field: "new_date", rule: "too_early" },
      );
    }
    if ((await extensionsOf(trx, c.id)).some((e) => e.state === "pending")) {
      throw new LantuError(
        "conflict",
        `commitment ${c.id} already has an extension request awaiting a decision`,
      );
    }
    const row = await insertExtension(trx, {
      plan_id: c.plan_id,
      commitment_id: c.id,
      unit_id: responsibleUnit(c),
      old_date: old,
      new_date: input.newDate,
      reason: input.reason.trim(),
      state: "pending",
      decision_reason: null,
      requested_by: actor.id,
      requested_by_name: actor.name,
      requested_at: now,
      decided_by_name: null,
      decided_at: null,
    });
    return {
      result: row,
      audit: {
        planId: c.plan_id,
        action: "request_extension",
        entity: "extension_request",
        entityId: row.id,
        before: null,
        after: row,
      },
    };
  });
}

const EXTENSION: RequestKind<ExtensionRequest> = {
  entity: "extension_request",
  decider: "track",
  get: getExtension,
};

export async function decideExtension(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  decision: { approve: boolean; reason?: string },
) {
  if (!decision.approve && !decision.reason?.trim()) {
    throw new LantuError("validation", "reason: say why the extension is refused", {
      field: "reason",
      rule: "required",
    });
  }
  return command(s, actor, async (trx, now) => {
    const before = await pendingRequest(trx, EXTENSION, actor, id, version);
    if (decision.approve) {
      const c = (await getCommitment(trx, before.commitment_id))!;
      await changingCommitment(trx, c.id, today(s), () =>
        trx
          .updateTable("commitments")
          .set({ deadline: before.new_date, updated_at: now, version: c.version + 1 })
          .where("id", "=", c.id)
          .execute(),
      );
    }
    await trx
      .updateTable("extension_requests")
      .set({
        state: decision.approve ? "approved" : "refused",
        decision_reason: decision.reason?.trim() || null,
        decided_by_name: actor.name,
        decided_at: now,
        version: version + 1,
      })
      .where("id", "=", id)
      .execute();
    return decided(trx, EXTENSION, decision.approve ? "approve_extension" : "refuse_extension", before);
  });
}

export async function extensionsForCommitment(s: Services, actor: Actor, commitmentId: number) {
  const c = await actionableCommitment(s.store.db, actor, commitmentId, "read_unit");
  return extensionsOf(s.store.db, c.id);
}

export const extensionsForPlan = (s: Services, actor: Actor, planId: number, state?: string) =>
  listExtensions(s.store.db, unitScope(actor, planId, state));
