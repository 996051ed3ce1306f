// The one way a new proposed item is stored, whoever proposes it: ingest (an
// extracted clause), split (a part of a reviewed item) and task-table import
// (a row without an ID). Its status and aggregate contribution are left to
// the caller's `settleCommitment`, called once the item is complete (for
// ingest, after its targets are stored), so the status is computed once.
import type { DB } from "../storage/dialects/dialect.ts";
import {
  insertCommitment,
  replaceCooperating,
  replaceGoals,
  replaceSearch,
  termRows,
  gramRows,
  type GoalLink,
} from "../storage/commitment.repo.ts";
import type { Commitment } from "../domain/types.ts";
import { insertMany, insertManyReturningIds } from "../storage/bulk.repo.ts";

export interface ProposedCommitment {
  planId: number;
  documentId: number;
  /** The owner; also the lead unit unless `leadUnitId` says otherwise. */
  unitId: number | null;
  leadUnitId?: number | null;
  text: string;
  span: [number, number];
  goals: GoalLink[];
  cooperating?: number[];
  deadline?: string | null;
  /** Set when a reviewer made the item (a split): it counts as edited and reviewed. */
  reviewedBy?: string;
  /** How sure the extraction is of the owner, 0–1 (default 1: read from the text or set by a person). */
  ownerConfidence?: number;
}

/** The stored row of a new proposed item: one definition for the one-item and batch forms. */
function proposedRow(p: ProposedCommitment, now: string) {
  return {
    plan_id: p.planId,
    document_id: p.documentId,
    unit_id: p.unitId,
    lead_unit_id: p.leadUnitId === undefined ? p.unitId : p.leadUnitId,
    text: p.text,
    span_start: p.span[0],
    span_end: p.span[1],
    review_state: "proposed",
    edited: p.reviewedBy === undefined ? 0 : 1,
    reviewed_by: p.reviewedBy ?? null,
    reviewed_at: p.reviewedBy === undefined ? null : now,
    deadline: p.deadline ?? null,
    owner_confidence: p.ownerConfidence ?? 1,
    status: "not_started",
    status_reason: "no_report",
    created_at: now,
    updated_at: now,
  } as const;
}

export async function createProposedCommitment(
  db: DB,
  p: ProposedCommitment,
  now: string,
): Promise<Commitment> {
  const row = await insertCommitment(db, proposedRow(p, now));
  await replaceGoals(db, p.planId, row.id, p.goals);
  if (p.cooperating?.length) await replaceCooperating(db, p.planId, row.id, p.cooperating);
  await replaceSearch(db, p.planId, row.id, p.text);
  return row;
}

/**
 * Many new proposed items at once (ingest of a document): three or four
 * multi-row statements instead of five per item. Returns their ids in order.
 * Like the one-item form, status and aggregates are left to the caller.
 */
export async function createProposedCommitments(
  db: DB,
  items: ProposedCommitment[],
  now: string,
): Promise<number[]> {
  const ids = await insertManyReturningIds(
    db,
    "commitments",
    items.map((p) => proposedRow(p, now)),
  );
  const goalRows = items.flatMap((p, i) => {
    const seen = new Set<number>();
    return p.goals
      .filter((l) => !seen.has(l.goal_id) && seen.add(l.goal_id))
      .map((l) => ({ plan_id: p.planId, commitment_id: ids[i]!, ...l }));
  });
  await insertMany(db, "commitment_goals", goalRows);
  await insertMany(
    db,
    "commitment_units",
    items.flatMap((p, i) =>
      [...new Set(p.cooperating ?? [])].map((unit_id) => ({
        plan_id: p.planId,
        commitment_id: ids[i]!,
        unit_id,
      })),
    ),
  );
  // In key order (plan, word, item; the rows come in id order and the sort
  // is stable), as the seed does: a b-tree filled in order touches a few
  // pages where rows in text order touch one page each. A 20,000-line
  // document (11,434 items, 120,623 term and 180,148 pair rows), in one
  // process alternated, SQLite: the terms' insert 574–630 → 438–454 ms of
  // CPU, the pairs' 985–1,101 → 928–1,012 ms.
  await insertMany(
    db,
    "commitment_terms",
    items.flatMap((p, i) => termRows(p.planId, ids[i]!, p.text)).sort(byKey((t) => t.term)),
  );
  await insertMany(
    db,
    "commitment_grams",
    items.flatMap((p, i) => gramRows(p.planId, ids[i]!, p.text)).sort(byKey((g) => g.gram)),
  );
  return ids;
}

/** Rows of one plan by their word, then (a stable sort of rows in id order) by item. */
const byKey =
  <T>(word: (row: T) => string) =>
  (a: T, b: T) => {
    const x = word(a);
    const y = word(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
