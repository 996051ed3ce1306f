// Keeps stored statuses and the overview aggregates true after a change to a
// commitment, its targets, reports or milestones. Status is derived, so
// recomputing it does not bump the record's version (a writer's If-Match is
// about what people changed, not about what the calendar did).
import { aggregateDelta, type AggregateSubject } from "../domain/aggregates.ts";
import { commitmentStatus, dueDate, targetStatus } from "../domain/status.ts";
import type { Comparator, ReviewState, Status, ValueKind } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { applyAggregateDelta } from "../storage/aggregate.repo.ts";
import { getCommitment, goalLinks, staleOverdue } from "../storage/commitment.repo.ts";
import { latestFigure, milestonesOf, reportStats } from "../storage/progress.repo.ts";
import { targetsOf } from "../storage/target.repo.ts";
import type { TargetRow } from "../storage/schema.ts";

export async function aggregateSubject(db: DB, id: number): Promise<AggregateSubject | null> {
  const c = await getCommitment(db, id);
  if (!c) return null;
  const goals = await goalLinks(db, [id]);
  return {
    planId: c.plan_id,
    unitId: c.unit_id,
    reviewState: c.review_state as ReviewState,
    status: c.status as Status,
    goalIds: goals.map((g) => g.goal_id),
  };
}

/** Recomputes one target's status from its latest figure; returns the verdict. */
export async function refreshTarget(db: DB, t: TargetRow, day: string) {
  const latest = await latestFigure(db, t.id);
  const verdict = targetStatus(
    {
      comparator: t.comparator as Comparator,
      value: t.value,
      valueKind: t.value_kind as ValueKind,
      baselineValue: t.baseline_value,
      baselineYear: t.baseline_year,
      dueYear: t.due_year,
      figure: latest?.figure ?? null,
      period: latest?.period ?? null,
    },
    day,
  );
  await db
    .updateTable("targets")
    .set({
      status: verdict.status,
      status_reason: verdict.reason,
      latest_figure: latest?.figure ?? null,
      latest_period: latest?.period ?? null,
    })
    .where("id", "=", t.id)
    .execute();
  return verdict;
}

async function refreshCommitment(db: DB, id: number, day: string): Promise<void> {
  const c = await getCommitment(db, id);
  if (!c) return;
  const targets = (await targetsOf(db, [id])).filter((t) => !t.is_baseline);
  const verdicts = [];
  for (const t of targets) verdicts.push(await refreshTarget(db, t, day));
  const stats = await reportStats(db, id);
  const open = (await milestonesOf(db, id)).filter((m) => !m.done_at).map((m) => m.due_date);
  const due = dueDate(
    c.deadline,
    targets.map((t) => t.due_year),
  );
  const v = commitmentStatus(
    {
      dueDate: due,
      reportCount: stats.count,
      complete: stats.complete,
      targets: verdicts,
      openMilestones: open,
    },
    day,
  );
  await db
    .updateTable("commitments")
    .set({ status: v.status, status_reason: v.reason, due_date: due })
    .where("id", "=", id)
    .execute();
}

/**
 * Wraps a change to one commitment: snapshots its aggregate contribution,
 * runs the change, recomputes its status and applies the aggregate delta.
 * For a new commitment pass `isNew` so nothing is subtracted.
 */
export async function changingCommitment<T>(
  db: DB,
  id: number,
  day: string,
  change: () => Promise<T>,
  isNew = false,
): Promise<T> {
  const before = isNew ? null : await aggregateSubject(db, id);
  const result = await change();
  await refreshCommitment(db, id, day);
  const after = await aggregateSubject(db, id);
  await applyAggregateDelta(db, aggregateDelta(before, after));
  return result;
}

/** Moves commitments whose due date has passed to overdue. Cheap: indexed on due_date. */
export async function sweepOverdue(db: DB, day: string, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await staleOverdue(db, day, batch);
    for (const { id } of ids) await changingCommitment(db, id, day, async () => undefined);
    total += ids.length;
    if (ids.length < batch) return total;
  }
}
