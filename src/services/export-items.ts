// What the exports and the report read: every commitment a filter selects (not
// one page of it), unit and goal names, and the latest progress per item.
import type { DB } from "../storage/dialects/dialect.ts";
import {
  cooperatingUnits,
  countCommitments,
  goalNames,
  listCommitments,
} from "../storage/commitment.repo.ts";
import { latestNarratives, latestReports } from "../storage/progress.repo.ts";
import { listUnits } from "../storage/unit.repo.ts";
import type { Commitment } from "../domain/types.ts";
import type { Cursor } from "../storage/util.ts";

export interface ItemFilter {
  planId: number;
  unitId?: number;
  goalId?: number;
  status?: string;
  /** One review state, or several (the working table: proposed and confirmed). */
  reviewStates: string[];
}

export interface ExportItem {
  row: Commitment;
  goals: string[];
  cooperating: number[];
  /** The latest report's period and narrative. */
  latest: { period: string; narrative: string } | null;
}

const PAGE = 1000;
const CHUNK = 500;

/**
 * Every commitment the filter selects, a page of 1,000 at a time in id order
 * (keyset): an export holds one page in memory, however large the plan.
 */
export async function* itemPages(db: DB, f: ItemFilter): AsyncGenerator<Commitment[]> {
  let cursor: Cursor | null = null;
  for (;;) {
    const p = await listCommitments(db, {
      planId: f.planId,
      unitId: f.unitId,
      goalId: f.goalId,
      status: f.status,
      reviewStates: f.reviewStates,
      bySets: true,
      sort: "id",
      cursor,
      limit: PAGE,
    });
    const last = p.items.at(-1);
    if (last) yield p.items;
    if (!p.next || !last) return;
    cursor = [last.id, last.id];
  }
}

export const countItems = (db: DB, f: ItemFilter) =>
  countCommitments(db, {
    planId: f.planId,
    unitId: f.unitId,
    goalId: f.goalId,
    status: f.status,
    reviewStates: f.reviewStates,
    bySets: true,
  });

export async function selectItems(db: DB, f: ItemFilter): Promise<Commitment[]> {
  const rows: Commitment[] = [];
  for await (const page of itemPages(db, f)) rows.push(...page);
  return rows;
}

/** The latest report per commitment (latest period, then latest filed), optionally within a date range. */
export const latestProgress = latestReports;

export async function withDetails(db: DB, rows: Commitment[]): Promise<ExportItem[]> {
  const goals = new Map<number, string[]>();
  const coop = new Map<number, number[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    for (const g of await goalNames(db, part)) {
      const list = goals.get(g.commitment_id);
      if (list) list.push(g.name);
      else goals.set(g.commitment_id, [g.name]);
    }
    for (const c of await cooperatingUnits(db, part)) {
      const list = coop.get(c.commitment_id);
      if (list) list.push(c.unit_id);
      else coop.set(c.commitment_id, [c.unit_id]);
    }
  }
  const latest = await latestNarratives(db, ids);
  return rows.map((row) => ({
    row,
    goals: goals.get(row.id) ?? [],
    cooperating: coop.get(row.id) ?? [],
    latest: latest.get(row.id) ?? null,
  }));
}

export async function unitNames(db: DB): Promise<(id: number | null) => string | null> {
  const names = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  return (id) => (id === null ? null : (names.get(id) ?? null));
}
