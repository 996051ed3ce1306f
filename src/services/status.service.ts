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
import { aggregateDelta, mergeDeltas, type AggregateSubject } from "../domain/aggregates.ts";
import { commitmentStatus, dueDate, targetStatus, type Verdict } from "../domain/status.ts";
import type { Comparator, ReviewState, Status, ValueKind, Commitment, Target } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { applyAggregateDelta } from "../storage/aggregate.repo.ts";
import { applyAggregateDeltaBulk } from "../storage/bulk.repo.ts";
import {
  commitmentsByIds,
  getCommitment,
  goalLinks,
  lockCommitment,
  staleOverdue,
} from "../storage/commitment.repo.ts";
import { latestFigure, milestonesOf, reportStats } from "../storage/progress.repo.ts";
import { targetStatuses, targetsOf } from "../storage/target.repo.ts";
import { refreshWarning } from "./cycle/item-warnings.ts";

/**
 * What a loaded commitment contributes to the aggregates (its goal links are
 * read, and its targets' statuses while it is confirmed: only then are they
 * counted). `targets`: the statuses just computed, when the caller has them.
 */
async function subjectOf(db: DB, c: Commitment, targets?: Status[]): Promise<AggregateSubject> {
  const goals = await goalLinks(db, [c.id]);
  targets ??=
    c.review_state === "confirmed" ? (await targetStatuses(db, [c.id])).map((t) => t.status as Status) : [];
  return {
    planId: c.plan_id,
    unitId: c.unit_id,
    leadUnitId: c.lead_unit_id,
    reviewState: c.review_state as ReviewState,
    status: c.status as Status,
    goalIds: goals.map((g) => g.goal_id),
    warningLevel: c.warning_level,
    targets,
  };
}

export async function aggregateSubject(db: DB, id: number): Promise<AggregateSubject | null> {
  const c = await getCommitment(db, id);
  return c ? subjectOf(db, c) : null;
}

/** Recomputes one target's status from its latest figure; returns the verdict. */
export async function refreshTarget(db: DB, t: Target, day: string) {
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
async function refreshCommitment(
  db: DB,
  c: Commitment,
  day: string,
): Promise<Verdict & { due: string | null; stored: Status[]; targets: Status[] }> {
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
  // its targets' statuses as stored before this refresh, and as it left them
  return {
    ...v,
    due,
    stored: targets.map((t) => t.status as Status),
    targets: verdicts.map((t) => t.status),
  };
}

/** The item's warning level after its status settled (services/cycle/item-warnings.ts). */
const settledWarning = (db: DB, c: Commitment, v: { status: Status; due: string | null }, day: string) =>
  refreshWarning(db, { ...c, status: v.status, due_date: v.due }, day);

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
    const warningLevel = await settledWarning(db, c, v, day);
    after = { ...(await subjectOf(db, c, v.targets)), status: v.status, warningLevel };
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
  // Locked first: the snapshot below must be the state this change replaces.
  await lockCommitment(db, id);
  const before = await aggregateSubject(db, id);
  const result = await change();
  await settleCommitment(db, id, day, before);
  return result;
}

/**
 * Wraps a change beside a loaded commitment that leaves its row and goals as
 * they are (a progress report, a milestone, a target): only the status moves,
 * so the row is not read again and the status is computed once. The change
 * sets no target's status either (only the refresh here does), so the
 * statuses the refresh reads before it recomputes them are what the target
 * counts hold for this item: they are not read beforehand.
 */
export async function changingProgress<T>(
  db: DB,
  loaded: Commitment,
  day: string,
  change: () => Promise<T>,
): Promise<T> {
  // Locked and read again: `c` was loaded before this transaction held the
  // row, and another request may have changed its status since.
  const now = (await lockCommitment(db, loaded.id)) ?? loaded;
  const before = await subjectOf(db, now, []);
  const result = await change();
  const v = await refreshCommitment(db, now, day);
  const warningLevel = await settledWarning(db, now, v, day);
  await applyAggregateDelta(
    db,
    aggregateDelta(
      { ...before, targets: v.stored },
      { ...before, status: v.status, warningLevel, targets: v.targets },
    ),
  );
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

/** The status of a target just stored: none of its figures can have been reported yet. */
export function newTargetStatus(
  t: Pick<Target, "comparator" | "value" | "value_kind"> &
    Partial<Pick<Target, "baseline_value" | "baseline_year" | "due_year">>,
  day: string,
): Verdict {
  return targetStatus(
    {
      comparator: t.comparator as Comparator,
      value: t.value,
      valueKind: t.value_kind as ValueKind,
      baselineValue: t.baseline_value ?? null,
      baselineYear: t.baseline_year ?? null,
      dueYear: t.due_year ?? null,
      figure: null,
      period: null,
    },
    day,
  );
}

/**
 * Settles items created in this transaction (an ingested document's new
 * items, after their targets are stored), in batched statements: the same
 * status and aggregate contribution `settleCommitment` gives each, knowing
 * that a new item has no report or milestone yet and its targets no figure.
 */
export async function settleNewCommitments(db: DB, ids: number[], day: string): Promise<void> {
  const deltas = [];
  for (let i = 0; i < ids.length; i += SETTLE_CHUNK) {
    const part = ids.slice(i, i + SETTLE_CHUNK);
    const [rows, targets, goals] = await Promise.all([
      commitmentsByIds(db, part),
      targetsOf(db, part),
      goalLinks(db, part),
    ]);
    const targetMoves = new Map<string, Move<{ status: Status; status_reason: string }>>();
    const verdictsOf = new Map<number, { verdicts: Verdict[]; dueYears: (number | null)[] }>();
    for (const t of targets) {
      if (t.is_baseline || t.commitment_id === null) continue;
      const v = newTargetStatus(t, day);
      if (v.status !== t.status || v.reason !== t.status_reason)
        group(targetMoves, { status: v.status, status_reason: v.reason }, t.id);
      const entry = verdictsOf.get(t.commitment_id) ?? { verdicts: [], dueYears: [] };
      entry.verdicts.push(v);
      entry.dueYears.push(t.due_year);
      verdictsOf.set(t.commitment_id, entry);
    }
    const itemMoves = new Map<
      string,
      Move<{ status: Status; status_reason: string; due_date: string | null }>
    >();
    for (const c of rows) {
      const t = verdictsOf.get(c.id) ?? { verdicts: [], dueYears: [] };
      const due = dueDate(c.deadline, t.dueYears);
      const v = commitmentStatus(
        { dueDate: due, reportCount: 0, complete: false, targets: t.verdicts, openMilestones: [] },
        day,
      );
      if (v.status !== c.status || v.reason !== c.status_reason || due !== c.due_date)
        group(itemMoves, { status: v.status, status_reason: v.reason, due_date: due }, c.id);
      deltas.push(
        aggregateDelta(null, {
          planId: c.plan_id,
          unitId: c.unit_id,
          leadUnitId: c.lead_unit_id,
          reviewState: c.review_state as ReviewState,
          status: v.status,
          goalIds: goals.filter((g) => g.commitment_id === c.id).map((g) => g.goal_id),
          warningLevel: c.warning_level,
          targets: t.verdicts.map((x) => x.status),
        }),
      );
    }
    for (const { set, ids } of targetMoves.values())
      await db.updateTable("targets").set(set).where("id", "in", ids).execute();
    for (const { set, ids } of itemMoves.values())
      await db.updateTable("commitments").set(set).where("id", "in", ids).execute();
  }
  await applyAggregateDeltaBulk(db, mergeDeltas(deltas));
}

const SETTLE_CHUNK = 500;

/** Ids grouped by the values they are set to, so each distinct change is one UPDATE. */
interface Move<T> {
  set: T;
  ids: number[];
}
function group<T extends object>(into: Map<string, Move<T>>, set: T, id: number) {
  const k = JSON.stringify(Object.values(set));
  const move = into.get(k);
  if (move) move.ids.push(id);
  else into.set(k, { set, ids: [id] });
}
