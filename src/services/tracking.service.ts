// Tracking: lead and cooperating units, deadlines, milestones, target
// details and progress reports. Every change recomputes the status and the
// aggregates in the same transaction.
import { LantuError } from "../errors.ts";
import { periodEnd } from "../domain/period.ts";
import type { Actor, Commitment, Target } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { cooperatingUnits, getCommitment, replaceCooperating } from "../storage/commitment.repo.ts";
import { getMilestone, insertMilestone, insertProgress } from "../storage/progress.repo.ts";
import { getTarget } from "../storage/target.repo.ts";
import { getUnit } from "../storage/unit.repo.ts";
import { updateVersioned } from "../storage/util.ts";
import { command, today, type Services } from "./context.ts";
import { changingCommitment, changingProgress, refreshTarget } from "./status.service.ts";
import { markReport, refuseUnstartedPeriod } from "./cycle/report-calendar.ts";

async function requireCommitment(db: DB, id: number) {
  const c = await getCommitment(db, id);
  if (!c) throw new LantuError("not_found", `commitment ${id} not found`);
  return c;
}

async function requireTarget(db: DB, id: number) {
  const t = await getTarget(db, id);
  if (!t) throw new LantuError("not_found", `target ${id} not found`);
  return t;
}

async function requireUnits(db: DB, field: string, ids: (number | null | undefined)[]) {
  for (const id of ids) {
    if (id !== null && id !== undefined && !(await getUnit(db, id))) {
      throw new LantuError("validation", `${field}: no unit ${id}`, { field, rule: "unknown_reference" });
    }
  }
}

export interface TrackingInput {
  leadUnitId?: number | null;
  cooperatingUnitIds?: number[];
  deadline?: string | null;
}

export async function updateTracking(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  input: TrackingInput,
) {
  return command(s, actor, async (trx, now) => {
    const before = await requireCommitment(trx, id);
    await requireUnits(trx, "lead_unit_id", [input.leadUnitId]);
    await requireUnits(trx, "cooperating_unit_ids", input.cooperatingUnitIds ?? []);
    const coopBefore = (await cooperatingUnits(trx, [id])).map((r) => r.unit_id);
    await changingCommitment(trx, id, today(s), async () => {
      const patch: Record<string, unknown> = { updated_at: now };
      if (input.leadUnitId !== undefined) patch.lead_unit_id = input.leadUnitId;
      if (input.deadline !== undefined) patch.deadline = input.deadline;
      await updateVersioned(trx, "commitments", id, version, patch);
      if (input.cooperatingUnitIds)
        await replaceCooperating(trx, before.plan_id, id, input.cooperatingUnitIds);
    });
    const after = await requireCommitment(trx, id);
    const coopAfter = (await cooperatingUnits(trx, [id])).map((r) => r.unit_id);
    return {
      result: after,
      audit: {
        planId: after.plan_id,
        action: "track",
        entity: "commitment",
        entityId: id,
        before: { ...before, cooperating_unit_ids: coopBefore },
        after: { ...after, cooperating_unit_ids: coopAfter },
      },
    };
  });
}

export async function addMilestone(
  s: Services,
  actor: Actor,
  commitmentId: number,
  title: string,
  dueDate: string,
) {
  return command(s, actor, async (trx) => {
    const c = await requireCommitment(trx, commitmentId);
    const row = await changingProgress(trx, c, today(s), () =>
      insertMilestone(trx, {
        plan_id: c.plan_id,
        commitment_id: commitmentId,
        title,
        due_date: dueDate,
        done_at: null,
      }),
    );
    return {
      result: row,
      audit: {
        planId: c.plan_id,
        action: "add_milestone",
        entity: "milestone",
        entityId: row.id,
        before: null,
        after: row,
      },
    };
  });
}

export interface MilestoneChange {
  title?: string;
  dueDate?: string;
  /** Ticked off (today, unless doneOn says when) or opened again. */
  done?: boolean;
  /** The day it was done (YYYY-MM-DD, not after today); implies done. */
  doneOn?: string;
}

/** When a milestone counts as done after a change: kept, set (on the given day or now) or cleared. */
function doneAt(before: string | null, input: MilestoneChange, now: string, day: string): string | null {
  if (input.doneOn !== undefined) {
    if (input.done === false) {
      throw new LantuError("validation", "done_on: a milestone not done has no done date", {
        field: "done_on",
        rule: "invalid",
      });
    }
    if (input.doneOn > day) {
      throw new LantuError("validation", `done_on: ${input.doneOn} is after today (${day})`, {
        field: "done_on",
        rule: "in_future",
      });
    }
    // a chosen day is stored as that day's start, like every other time (UTC ISO)
    return `${input.doneOn}T00:00:00.000Z`;
  }
  if (input.done === undefined) return before;
  return input.done ? (before ?? now) : null;
}

export async function updateMilestone(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  input: MilestoneChange,
) {
  return command(s, actor, async (trx, now) => {
    const before = await getMilestone(trx, id);
    if (!before) throw new LantuError("not_found", `milestone ${id} not found`);
    const c = await requireCommitment(trx, before.commitment_id);
    await changingProgress(trx, c, today(s), () => {
      const patch: Record<string, unknown> = {};
      if (input.title !== undefined) patch.title = input.title;
      if (input.dueDate !== undefined) patch.due_date = input.dueDate;
      const done = doneAt(before.done_at, input, now, today(s));
      if (done !== before.done_at) patch.done_at = done;
      return updateVersioned(trx, "milestones", id, version, patch);
    });
    const after = (await getMilestone(trx, id))!;
    return {
      result: after,
      audit: {
        planId: before.plan_id,
        action: "update_milestone",
        entity: "milestone",
        entityId: id,
        before,
        after,
      },
    };
  });
}

export interface TargetInput {
  value?: number;
  comparator?: string;
  baselineValue?: number | null;
  baselineYear?: number | null;
  dueYear?: number | null;
  unitOfMeasure?: string | null;
}

export async function updateTarget(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  input: TargetInput,
) {
  return command(s, actor, async (trx, now) => {
    const before = await getTarget(trx, id);
    if (!before) throw new LantuError("not_found", `target ${id} not found`);
    const apply = async () => {
      const patch: Record<string, unknown> = { updated_at: now };
      if (input.value !== undefined) patch.value = input.value;
      if (input.comparator !== undefined) patch.comparator = input.comparator;
      if (input.baselineValue !== undefined) patch.baseline_value = input.baselineValue;
      if (input.baselineYear !== undefined) patch.baseline_year = input.baselineYear;
      if (input.dueYear !== undefined) patch.due_year = input.dueYear;
      if (input.unitOfMeasure !== undefined) patch.unit_of_measure = input.unitOfMeasure;
      await updateVersioned(trx, "targets", id, version, patch);
    };
    if (before.commitment_id !== null) {
      const c = await requireCommitment(trx, before.commitment_id);
      await changingProgress(trx, c, today(s), apply);
    } else {
      await apply();
      await refreshTarget(trx, (await getTarget(trx, id))!, today(s));
    }
    const after = (await getTarget(trx, id))!;
    return {
      result: after,
      audit: {
        planId: before.plan_id,
        action: "update_target",
        entity: "target",
        entityId: id,
        before,
        after,
      },
    };
  });
}

export interface ProgressInput {
  period: string;
  narrative: string;
  figure?: number | null;
  targetId?: number | null;
  complete?: boolean;
  evidenceLinks?: string[];
}

/** Files a progress report on a commitment, or (commitmentId null) on a plan indicator. */
export async function fileProgress(
  s: Services,
  actor: Actor,
  where: { commitmentId: number } | { targetId: number },
  input: ProgressInput,
) {
  const end = periodEnd(input.period);
  if (!end) {
    throw new LantuError(
      "validation",
      `period: "${input.period}" is not a period (2024, 2024H1, 2024Q1, 2024-03)`,
      {
        field: "period",
        rule: "format",
      },
    );
  }
  refuseUnstartedPeriod(input.period, today(s));
  if (input.complete && actor.role === "reporter") {
    throw new LantuError(
      "validation",
      "complete: a reporter proposes completion (提请销号, POST /api/commitments/:id/completion) for a supervisor to accept",
      { field: "complete" },
    );
  }
  return command(s, actor, async (trx, now) => {
    const day = today(s);
    // The commitment (or, for an indicator, the target) is loaded once here.
    let commitment: Commitment | null = null;
    let target: Target | null = null;
    if ("commitmentId" in where) {
      commitment = await requireCommitment(trx, where.commitmentId);
      if (commitment.review_state !== "confirmed") {
        throw new LantuError(
          "conflict",
          `commitment ${commitment.id} is ${commitment.review_state}; progress is filed on confirmed items`,
        );
      }
    } else {
      target = await requireTarget(trx, where.targetId);
      if (target.commitment_id !== null) commitment = await requireCommitment(trx, target.commitment_id);
    }
    const planId = commitment?.plan_id ?? target!.plan_id;
    const commitmentId = commitment?.id ?? null;
    if (!target && input.targetId !== undefined && input.targetId !== null) {
      target = (await getTarget(trx, input.targetId)) ?? null;
      if (!target || target.commitment_id !== commitmentId) {
        throw new LantuError("validation", `target_id: target ${input.targetId} does not belong here`, {
          field: "target_id",
          rule: "unknown_reference",
        });
      }
    }
    if (target && (input.figure === undefined || input.figure === null)) {
      throw new LantuError("validation", "figure: a report on a target needs a figure", {
        field: "figure",
        rule: "required",
      });
    }
    const insert = () =>
      insertProgress(trx, {
        plan_id: planId,
        commitment_id: commitmentId,
        target_id: target?.id ?? null,
        period: input.period,
        period_end: end,
        narrative: input.narrative,
        figure: input.figure ?? null,
        complete: input.complete ?? false,
        evidence_links: input.evidenceLinks ?? [],
        reporter_id: actor.id,
        reporter_name: actor.name,
        reported_at: now,
      });
    let row;
    if (commitment) row = await changingProgress(trx, commitment, day, insert);
    else {
      row = await insert();
      await refreshTarget(trx, target!, day);
    }
    // the calendar marks it on time or late (the unit answering: lead, else owner)
    await markReport(
      trx,
      row,
      commitment ? (commitment.lead_unit_id ?? commitment.unit_id) : target!.unit_id,
    );
    return {
      result: row,
      audit: {
        planId,
        action: "report_progress",
        entity: "progress_report",
        entityId: row.id,
        before: null,
        after: row,
      },
    };
  });
}
