// Closing an item (办结销号): a unit proposes completion with the figure it
// reached and its evidence; a supervisor accepts it (the item is done: a
// complete report is filed in the proposer's name) or returns it (退回) with a
// reason the unit sees. An item with a numeric target cannot be proposed
// done without a figure.
import { LantuError } from "../../errors.ts";
import { periodOf } from "../../domain/cycle/calendar.ts";
import { periodEnd } from "../../domain/period.ts";
import type { Actor } from "../../domain/types.ts";
import { getProposal, insertProposal, listProposals, proposalsOf } from "../../storage/cycle.repo.ts";
import { getCommitment } from "../../storage/commitment.repo.ts";
import { insertProgress } from "../../storage/progress.repo.ts";
import { targetsOf } from "../../storage/target.repo.ts";
import type { CompletionProposal } from "../../domain/cycle/records.ts";
import { command, today, type Services } from "../context.ts";
import { changingCommitment } from "../status.service.ts";
import { actionableCommitment, responsibleUnit, unitScope } from "./access.ts";
import { decided, pendingRequest, type RequestKind } from "./decision.ts";
import { markReport, refuseUnstartedPeriod } from "./report-calendar.ts";
import { loadSettings } from "./settings.service.ts";

export interface ProposalInput {
  narrative: string;
  figure?: number | null;
  targetId?: number | null;
  period?: string;
  evidenceLinks?: string[];
}

export async function proposeCompletion(
  s: Services,
  actor: Actor,
  commitmentId: number,
  input: ProposalInput,
) {
  return command(s, actor, async (trx, now) => {
    const c = await actionableCommitment(trx, actor, commitmentId, "report");
    if (c.status === "done") throw new LantuError("conflict", `commitment ${c.id} is already done (销号)`);
    const pending = (await proposalsOf(trx, c.id)).find((p) => p.state === "pending");
    if (pending) {
      throw new LantuError(
        "conflict",
        `commitment ${c.id} already has a completion proposal (${pending.id}) awaiting review`,
      );
    }
    const targets = (await targetsOf(trx, [c.id])).filter((t) => !t.is_baseline);
    let targetId = input.targetId ?? null;
    if (targetId !== null && !targets.some((t) => t.id === targetId)) {
      throw new LantuError("validation", `target_id: target ${targetId} is not one of this item's targets`, {
        field: "target_id",
        rule: "unknown_reference",
      });
    }
    if (targets.length > 0) {
      if (input.figure === undefined || input.figure === null || !Number.isFinite(input.figure)) {
        const t = targets[0]!;
        throw new LantuError(
          "validation",
          `figure: this item has a numeric target (${t.metric} ${t.comparator} ${t.value}${t.unit_of_measure ?? ""}); give the figure reached`,
          { field: "figure", rule: "required" },
        );
      }
      targetId ??= targets[0]!.id;
    }
    const settings = await loadSettings(trx, c.plan_id);
    const period = input.period ?? periodOf(today(s), settings.calendar.frequency);
    refuseUnstartedPeriod(period, today(s));
    const row = await insertProposal(trx, {
      plan_id: c.plan_id,
      commitment_id: c.id,
      unit_id: responsibleUnit(c),
      target_id: targetId,
      figure: targets.length > 0 ? input.figure! : (input.figure ?? null),
      period,
      narrative: input.narrative,
      evidence_links: input.evidenceLinks ?? [],
      state: "pending",
      return_reason: null,
      progress_id: null,
      proposed_by: actor.id,
      proposed_by_name: actor.name,
      proposed_at: now,
      decided_by_name: null,
      decided_at: null,
    });
    return {
      result: row,
      audit: {
        planId: c.plan_id,
        action: "propose_completion",
        entity: "completion_proposal",
        entityId: row.id,
        before: null,
        after: row,
      },
    };
  });
}

const PROPOSAL: RequestKind<CompletionProposal> = {
  entity: "completion_proposal",
  decider: "review",
  get: getProposal,
};

/** 销号: the item is done; the proposal becomes a complete progress report. */
export async function acceptCompletion(s: Services, actor: Actor, id: number, version: number) {
  return command(s, actor, async (trx, now) => {
    const before = await pendingRequest(trx, PROPOSAL, actor, id, version);
    const c = (await getCommitment(trx, before.commitment_id))!;
    const report = await changingCommitment(trx, c.id, today(s), () =>
      insertProgress(trx, {
        plan_id: c.plan_id,
        commitment_id: c.id,
        target_id: before.target_id,
        period: before.period,
        period_end: periodEnd(before.period)!,
        narrative: before.narrative,
        figure: before.figure,
        complete: true,
        evidence_links: before.evidence_links,
        reporter_id: before.proposed_by,
        reporter_name: before.proposed_by_name,
        reported_at: before.proposed_at,
      }),
    );
    await markReport(trx, report, responsibleUnit(c));
    await trx
      .updateTable("completion_proposals")
      .set({
        state: "accepted",
        progress_id: report.id,
        decided_by_name: actor.name,
        decided_at: now,
        version: version + 1,
      })
      .where("id", "=", id)
      .execute();
    return decided(trx, PROPOSAL, "accept_completion", before);
  });
}

/** 退回: back to the unit with a reason it sees. */
export async function returnCompletion(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  reason: string,
) {
  if (!reason.trim())
    throw new LantuError("validation", "reason: say why the report is returned", {
      field: "reason",
      rule: "required",
    });
  return command(s, actor, async (trx, now) => {
    const before = await pendingRequest(trx, PROPOSAL, actor, id, version);
    await trx
      .updateTable("completion_proposals")
      .set({
        state: "returned",
        return_reason: reason.trim(),
        decided_by_name: actor.name,
        decided_at: now,
        version: version + 1,
      })
      .where("id", "=", id)
      .execute();
    // a return can turn the item red (W2): its status is unchanged, its warning is settled here
    await changingCommitment(trx, Number(before.commitment_id), today(s), async () => undefined);
    return decided(trx, PROPOSAL, "return_completion", before);
  });
}

export async function proposalsForCommitment(s: Services, actor: Actor, commitmentId: number) {
  const c = await actionableCommitment(s.store.db, actor, commitmentId, "read_unit");
  return proposalsOf(s.store.db, c.id);
}

export const proposalsForPlan = (s: Services, actor: Actor, planId: number, state?: string) =>
  listProposals(s.store.db, unitScope(actor, planId, state));
