// Verdicts: a supervisor records one with a reason and evidence; the public
// sees the verdict the rules in domain/cycle/verdict.ts derive from it, the
// item's status and its deadline.
import { LantuError } from "../../errors.ts";
import { VERDICTS, verdictOf, type PublicVerdict, type VerdictKind } from "../../domain/cycle/verdict.ts";
import type { Actor, Status } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  insertVerdictRecord,
  latestVerdicts,
  trackedCommitments,
  verdictRecordsOf,
} from "../../storage/cycle.repo.ts";
import { confirmedCommitment, requirePlan } from "../access.ts";
import type { VerdictRecord } from "../../domain/cycle/records.ts";
import { command, today, type Services } from "../context.ts";
import { actionableCommitment } from "./access.ts";

export async function recordVerdict(
  s: Services,
  actor: Actor,
  commitmentId: number,
  input: { verdict: VerdictKind; reason: string; evidenceLinks?: string[] },
) {
  if (!VERDICTS.includes(input.verdict)) {
    throw new LantuError("validation", `verdict: "${input.verdict}" is not one of ${VERDICTS.join(", ")}`, {
      field: "verdict",
      rule: "not_allowed",
    });
  }
  if (!input.reason.trim())
    throw new LantuError("validation", "reason: a verdict needs its reason", {
      field: "reason",
      rule: "required",
    });
  return command(s, actor, async (trx, now) => {
    const c = await actionableCommitment(trx, actor, commitmentId, "review");
    const before = (await verdictRecordsOf(trx, c.id))[0] ?? null;
    const row = await insertVerdictRecord(trx, {
      plan_id: c.plan_id,
      commitment_id: c.id,
      verdict: input.verdict,
      reason: input.reason.trim(),
      evidence_links: input.evidenceLinks ?? [],
      recorded_on: today(s),
      recorded_by_name: actor.name,
      recorded_at: now,
    });
    return {
      result: row,
      audit: {
        planId: c.plan_id,
        action: "record_verdict",
        entity: "commitment",
        entityId: c.id,
        before,
        after: row,
      },
    };
  });
}

export interface VerdictView extends PublicVerdict {
  reason: string | null;
  evidenceLinks: string[];
}

export function verdictView(
  c: { status: string; due_date: string | null },
  record: VerdictRecord | null | undefined,
  day: string,
): VerdictView {
  const v = verdictOf(
    c.status as Status,
    c.due_date,
    record ? { verdict: record.verdict as VerdictKind, on: record.recorded_on, reason: record.reason } : null,
    day,
  );
  const fromRecord = v.source === "recorded" && record;
  return {
    ...v,
    reason: fromRecord ? record.reason : null,
    evidenceLinks: fromRecord ? record.evidence_links : [],
  };
}

/** Verdicts of many items of one plan (the portal's lists). */
export async function verdictsFor(
  db: DB,
  planId: number,
  items: { id: number; status: string; due_date: string | null }[],
  day: string,
): Promise<Map<number, VerdictView>> {
  const records = await latestVerdicts(db, planId);
  return new Map(items.map((c) => [c.id, verdictView(c, records.get(c.id), day)]));
}

export async function verdictHistory(s: Services, actor: Actor, commitmentId: number) {
  const c = await actionableCommitment(s.store.db, actor, commitmentId, "read_unit");
  const records = await verdictRecordsOf(s.store.db, c.id);
  return { current: verdictView(c, records[0], today(s)), records };
}

/** The portal's verdicts: every confirmed item of a plan. */
export async function publicVerdicts(s: Services, planId: number) {
  await requirePlan(s, planId);
  const items = (await trackedCommitments(s.store.db, planId)).map((c) => ({ ...c, id: Number(c.id) }));
  const views = await verdictsFor(s.store.db, planId, items, today(s));
  return items.map((c) => ({ commitmentId: c.id, ...views.get(c.id)! }));
}

/** One confirmed item's verdict for the portal (others are not found). */
export async function publicVerdict(s: Services, commitmentId: number) {
  const c = await confirmedCommitment(s, commitmentId);
  return { commitmentId: c.id, ...verdictView(c, (await verdictRecordsOf(s.store.db, c.id))[0], today(s)) };
}
