// Extension requests (延期申请): a unit asks for a new date with a reason; a
// supervisor approves (the item's deadline moves) or refuses it with a
// reason. The request keeps both dates either way.
import { LantuError } from "../../errors.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { extensionsOf, getExtension, insertExtension, listExtensions } from "../../storage/cycle.repo.ts";
import { getCommitment } from "../../storage/commitment.repo.ts";
import type { ExtensionRow } from "../../storage/cycle.schema.ts";
import { command, today, type Services } from "../context.ts";
import { changingCommitment } from "../status.service.ts";
import { actionableCommitment, require, responsibleUnit, requireOwnScope } from "./access.ts";

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

async function pending(db: DB, actor: Actor, id: number, version: number): Promise<ExtensionRow> {
  require(actor, "track");
  const e = await getExtension(db, id);
  if (!e) throw new LantuError("not_found", `extension request ${id} not found`);
  if (e.version !== version) {
    throw new LantuError(
      "stale_version",
      `extension request ${id} was changed by someone else (version ${e.version}, you sent ${version}); reload and retry`,
      { entity: "extension_request", current_version: e.version },
    );
  }
  if (e.state !== "pending")
    throw new LantuError("conflict", `extension request ${id} was already ${e.state}`);
  return e;
}

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
    const before = await pending(trx, actor, id, version);
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
    const after = (await getExtension(trx, id))!;
    return {
      result: after,
      audit: {
        planId: before.plan_id,
        action: decision.approve ? "approve_extension" : "refuse_extension",
        entity: "extension_request",
        entityId: id,
        before,
        after,
      },
    };
  });
}

export async function extensionsForCommitment(s: Services, actor: Actor, commitmentId: number) {
  const c = await actionableCommitment(s.store.db, actor, commitmentId, "read_unit");
  return extensionsOf(s.store.db, c.id);
}

export async function extensionsForPlan(s: Services, actor: Actor, planId: number, state?: string) {
  requireOwnScope(actor, "read_unit");
  return listExtensions(s.store.db, {
    planId,
    state,
    unitId: actor.role === "reporter" ? (actor.unitId ?? -1) : null,
  });
}
