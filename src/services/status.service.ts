// Keeps stored statuses and the overview aggregates true after a change to a
// commitment, its targets, reports or milestones. Status is derived, so
// recomputing it does not bump the record's version (a writer's If-Match is
// about what people changed, not about what the calendar did).
//
// Every change computes the status once, after it (and everything it adds,
// such as an ingested item's targets) is stored:
// - `changingCommitment` wraps a change that may rewrite the commitment row or
//   its goals (review, tracking, import): the row is read before and after;
// - `changingProgress` wraps a change beside a commitment already loaded
//   (a report, a milestone, a target): the row is not read again;
// - `settleCommitment` finishes a change made in several steps (ingest stores
//   items, then their targets) from the contribution taken before it.
import { aggregateDelta, type AggregateSubject } from "../domain/aggregates.ts";
import { commitmentStatus, dueDate, targetStatus, type Verdict } from "../domain/status.ts";
import type { Comparator, ReviewState, Status, ValueKind } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { applyAggregateDelta } from "../storage/aggregate.repo.ts";
import { getCommitment, goalLinks, staleOverdue } from "../storage/commitment.repo.ts";
import { latestFigure, milestonesOf, reportStats } from "../storage/progress.repo.ts";
import { targetsOf } from "../storage/target.repo.ts";
import type { CommitmentRow, TargetRow } from "../storage/schema.ts";

/** What a loaded commitment contributes to the aggregates (its goal links are read). */
async function subjectOf(db: DB, c: CommitmentRow): Promise<AggregateSubject> {
  const goals = await goalLinks(db, [c.id]);
  return {
    planId: c.plan_id,
    unitId: c.unit_id,
    reviewState: c.review_state as ReviewState,
    status: c.status as Status,
    goalIds: goals.map((g) => g.goal_id),
  };
}

export async function aggregateSubject(db: DB, id: number): Promise<AggregateSubject | null> {
  const c = await getCommitment(db, id);
  return c ? subjectOf(db, c) : null;
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

/** Computes and stores a commitment's status from its targets, reports, milestones and deadline. */
async function refreshCommitment(db: DB, c: CommitmentRow, day: string): Promise<Verdict> {
  const targets = (await targetsOf(db, [c.id])).filter((t) => !t.is_baseline);
  const verdicts = [];
  for (const t of targets) verdicts.push(await refreshTarget(db, t, day));
  const stats = await reportStats(db, c.id);
  const open = (await milestonesOf(db, c.id)).filter((m) => !m.done_at).map((m) => m.due_date);
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
    .where("id", "=", c.id)
    .execute();
  return v;
}

/**
 * Ends a change to one commitment: computes its status once and applies the
 * aggregate delta from `before` (its contribution before the change; null for
 * a new item).
 */
export async function settleCommitment(
  db: DB,
  id: number,
  day: string,
  before: AggregateSubject | null,
): Promise<void> {
  const c = await getCommitment(db, id);
  let after: AggregateSubject | null = null;
  if (c) {
    const v = await refreshCommitment(db, c, day);
    after = { ...(await subjectOf(db, c)), status: v.status };
  }
  await applyAggregateDelta(db, aggregateDelta(before, after));
}

/**
 * Wraps a change to one commitment's row or goals: snapshots its aggregate
 * contribution, runs the change, then settles status and aggregates.
 */
export async function changingCommitment<T>(
  db: DB,
  id: number,
  day: string,
  change: () => Promise<T>,
): Promise<T> {
  const before = await aggregateSubject(db, id);
  const result = await change();
  await settleCommitment(db, id, day, before);
  return result;
}

/**
 * Wraps a change beside a loaded commitment that leaves its row and goals as
 * they are (a progress report, a milestone, a target): only the status moves,
 * so the row is not read again and the status is computed once.
 */
export async function changingProgress<T>(
  db: DB,
  c: CommitmentRow,
  day: string,
  change: () => Promise<T>,
): Promise<T> {
  const before = await subjectOf(db, c);
  const result = await change();
  const v = await refreshCommitment(db, c, day);
  await applyAggregateDelta(db, aggregateDelta(before, { ...before, status: v.status }));
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
