// Review actions on proposed items: confirm, edit, merge, split, reject.
// Each is one transaction with one audit entry, guarded by the version the
// reviewer saw (a stale version is a 409 and changes nothing).
import { LantuError } from "../errors.ts";
import type { Actor, Commitment } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import {
  getCommitment,
  goalLinks,
  replaceGoals,
  replaceSearch,
  type GoalLink,
} from "../storage/commitment.repo.ts";
import { getGoal } from "../storage/plan.repo.ts";
import { getUnit } from "../storage/unit.repo.ts";
import { updateVersioned } from "../storage/util.ts";
import { command, today, type Services } from "./context.ts";
import { createProposedCommitment } from "./proposed-commitment.ts";
import { changingCommitment, settleCommitment } from "./status.service.ts";

async function load(db: DB, id: number): Promise<Commitment> {
  const c = await getCommitment(db, id);
  if (!c) throw new LantuError("not_found", `commitment ${id} not found`);
  return c;
}

function reviewable(c: Commitment, action: string) {
  if (c.review_state === "merged") {
    throw new LantuError(
      "conflict",
      `commitment ${c.id} was merged into ${c.merged_into_id}; ${action} that one instead`,
    );
  }
}

/** One review step on one commitment: version-checked update, status and aggregates kept true. */
async function step(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  action: string,
  patch: (c: Commitment, now: string) => Record<string, unknown>,
  extra?: (trx: DB, c: Commitment) => Promise<void>,
  withGoals = false,
) {
  // The goals are kept in the audit entry by name as well as id, so that the
  // history reads "A → B" even after a goal is renamed or removed.
  const goalsOf = async (trx: DB) =>
    withGoals ? { goals: (await goalLinks(trx, [id])).map((g) => ({ id: g.goal_id, name: g.name })) } : {};
  return command(s, actor, async (trx, now) => {
    const before = await load(trx, id);
    reviewable(before, action);
    const goalsBefore = await goalsOf(trx);
    await changingCommitment(trx, id, today(s), async () => {
      await updateVersioned(trx, "commitments", id, version, {
        ...patch(before, now),
        reviewed_by: actor.name,
        reviewed_at: now,
        updated_at: now,
      });
      if (extra) await extra(trx, before);
    });
    const after = await load(trx, id);
    return {
      result: after,
      audit: {
        planId: after.plan_id,
        action,
        entity: "commitment",
        entityId: id,
        before: { ...before, ...goalsBefore },
        after: { ...after, ...(await goalsOf(trx)) },
      },
    };
  });
}

export const confirm = (s: Services, actor: Actor, id: number, version: number) =>
  step(s, actor, id, version, "confirm", () => ({ review_state: "confirmed", reject_reason: null }));

export function reject(s: Services, actor: Actor, id: number, version: number, reason: string) {
  if (!reason.trim())
    throw new LantuError("validation", "reason: a rejection needs a reason", {
      field: "reason",
      rule: "required",
    });
  return step(s, actor, id, version, "reject", () => ({
    review_state: "rejected",
    reject_reason: reason.trim(),
  }));
}

export interface EditInput {
  text?: string;
  unitId?: number | null;
  goals?: { goalId: number; confidence?: number }[];
}

export async function edit(s: Services, actor: Actor, id: number, version: number, input: EditInput) {
  return step(
    s,
    actor,
    id,
    version,
    "edit",
    (c) => {
      const patch: Record<string, unknown> = { edited: 1 };
      if (input.text !== undefined) {
        if (!input.text.trim())
          throw new LantuError("validation", "text: must not be empty", { field: "text", rule: "required" });
        patch.text = input.text.trim();
      }
      if (input.unitId !== undefined) {
        patch.unit_id = input.unitId;
        if (c.lead_unit_id === c.unit_id) patch.lead_unit_id = input.unitId;
        // A reviewer who names the owner settles the engine's guess.
        patch.owner_confidence = 1;
      }
      return patch;
    },
    async (trx, c) => {
      if (input.unitId !== undefined && input.unitId !== null && !(await getUnit(trx, input.unitId))) {
        throw new LantuError("validation", `unit_id: no unit ${input.unitId}`, {
          field: "unit_id",
          rule: "unknown_reference",
        });
      }
      if (input.text !== undefined) await replaceSearch(trx, c.plan_id, c.id, input.text);
      if (input.goals !== undefined) {
        const links: GoalLink[] = [];
        for (const g of input.goals) {
          const goal = await getGoal(trx, g.goalId);
          if (!goal || goal.plan_id !== c.plan_id) {
            throw new LantuError("validation", `goals: no goal ${g.goalId} in this plan`, {
              field: "goals",
              rule: "unknown_reference",
            });
          }
          links.push({
            goal_id: g.goalId,
            confidence: g.confidence ?? 1,
            cue_kind: "manual",
            cue_text: actor.name,
            cue_start: null,
            cue_end: null,
          });
        }
        await replaceGoals(trx, c.plan_id, c.id, links);
      }
    },
    input.goals !== undefined,
  );
}

/** Merges this item into another of the same plan: its goals and targets move over. */
export async function merge(s: Services, actor: Actor, id: number, version: number, intoId: number) {
  if (intoId === id)
    throw new LantuError("validation", "into: cannot merge an item into itself", {
      field: "into",
      rule: "invalid",
    });
  return command(s, actor, async (trx, now) => {
    const before = await load(trx, id);
    reviewable(before, "merge");
    const into = await getCommitment(trx, intoId);
    if (!into || into.plan_id !== before.plan_id) {
      throw new LantuError("validation", `into: no commitment ${intoId} in this plan`, {
        field: "into",
        rule: "unknown_reference",
      });
    }
    if (into.review_state === "merged" || into.review_state === "rejected") {
      throw new LantuError(
        "conflict",
        `commitment ${intoId} is ${into.review_state}; merge into a live item`,
      );
    }
    const day = today(s);
    await changingCommitment(trx, id, day, () =>
      updateVersioned(trx, "commitments", id, version, {
        review_state: "merged",
        merged_into_id: intoId,
        reviewed_by: actor.name,
        reviewed_at: now,
        updated_at: now,
      }),
    );
    await changingCommitment(trx, intoId, day, async () => {
      const theirs = await goalLinks(trx, [id]);
      const ours = await goalLinks(trx, [intoId]);
      const have = new Set(ours.map((g) => g.goal_id));
      const links = [...ours, ...theirs.filter((g) => !have.has(g.goal_id))];
      await replaceGoals(trx, into.plan_id, intoId, links);
      await trx
        .updateTable("targets")
        .set({ commitment_id: intoId })
        .where("commitment_id", "=", id)
        .execute();
      await trx
        .updateTable("progress_reports")
        .set({ commitment_id: intoId })
        .where("commitment_id", "=", id)
        .execute();
      await trx
        .updateTable("commitments")
        .set({ updated_at: now, version: into.version + 1 })
        .where("id", "=", intoId)
        .execute();
    });
    const after = await load(trx, id);
    return {
      result: { merged: after, into: await load(trx, intoId) },
      audit: { planId: before.plan_id, action: "merge", entity: "commitment", entityId: id, before, after },
    };
  });
}

/** Splits one item into several: the first part keeps the item, the rest are new proposed items. */
export async function split(s: Services, actor: Actor, id: number, version: number, parts: string[]) {
  const texts = parts.map((p) => p.trim());
  if (texts.length < 2 || texts.some((t) => !t)) {
    throw new LantuError("validation", "parts: give at least two non-empty parts", {
      field: "parts",
      rule: "too_few",
      limit: 2,
    });
  }
  return command(s, actor, async (trx, now) => {
    const before = await load(trx, id);
    reviewable(before, "split");
    const day = today(s);
    const links = await goalLinks(trx, [id]);
    await changingCommitment(trx, id, day, async () => {
      await updateVersioned(trx, "commitments", id, version, {
        text: texts[0],
        edited: 1,
        reviewed_by: actor.name,
        reviewed_at: now,
        updated_at: now,
      });
      await replaceSearch(trx, before.plan_id, id, texts[0]!);
    });
    const created: Commitment[] = [];
    for (const text of texts.slice(1)) {
      const row = await createProposedCommitment(
        trx,
        {
          planId: before.plan_id,
          documentId: before.document_id,
          unitId: before.unit_id,
          leadUnitId: before.lead_unit_id,
          text,
          span: [before.span_start, before.span_end],
          goals: links,
          deadline: before.deadline,
          reviewedBy: actor.name,
          // A part has the item's owner, no surer than it was.
          ownerConfidence: before.owner_confidence,
        },
        now,
      );
      await settleCommitment(trx, row.id, day, null);
      created.push(await load(trx, row.id));
    }
    const after = await load(trx, id);
    return {
      result: [after, ...created],
      audit: {
        planId: before.plan_id,
        action: "split",
        entity: "commitment",
        entityId: id,
        before,
        after: { kept: after, created: created.map((c) => ({ id: c.id, text: c.text })) },
      },
    };
  });
}

/** Confirms every proposed item of a document at once (the demo loader uses it). */
export async function confirmDocument(s: Services, actor: Actor, documentId: number) {
  return command(s, actor, async (trx, now) => {
    const ids = await trx
      .selectFrom("commitments")
      .select(["id", "plan_id"])
      .where("document_id", "=", documentId)
      .where("review_state", "=", "proposed")
      .orderBy("id")
      .execute();
    for (const { id } of ids) {
      await changingCommitment(trx, id, today(s), () =>
        trx
          .updateTable("commitments")
          .set((eb) => ({
            review_state: "confirmed",
            reviewed_by: actor.name,
            reviewed_at: now,
            updated_at: now,
            version: eb("version", "+", 1),
          }))
          .where("id", "=", id)
          .execute(),
      );
    }
    return {
      result: ids.length,
      audit: {
        planId: ids[0]?.plan_id ?? null,
        action: "confirm_document",
        entity: "document",
        entityId: documentId,
        before: null,
        after: { confirmed: ids.map((r) => r.id) },
      },
    };
  });
}
