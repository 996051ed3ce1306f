// Commitments with their goal alignments, cooperating units and search index.
import { sql, type ExpressionBuilder } from "kysely";
import type { Commitment, ReviewState, Status } from "../domain/types.ts";
import { searchGrams } from "../domain/search-grams.ts";
import { searchTerms, type SearchPlan } from "../domain/search-terms.ts";
import { insertMany } from "./bulk.repo.ts";
import type { DB } from "./dialects/dialect.ts";
import type { Database, NewCommitment } from "./schema.ts";
import { page, type Cursor, type Page } from "./util.ts";

/**
 * Takes the item's row lock for the rest of the transaction and returns the
 * row as it is now. A no-op update rather than SELECT … FOR UPDATE so that
 * one statement serves both databases: on PostgreSQL two requests changing
 * one item (a report and a deadline edit) otherwise each read the status
 * before the other's commit and each move the aggregate counts from it,
 * counting one change twice; SQLite's writers run one at a time already.
 */
export async function lockCommitment(db: DB, id: number) {
  await db
    .updateTable("commitments")
    .set((eb) => ({ updated_at: eb.ref("updated_at") }))
    .where("id", "=", id)
    .execute();
  return getCommitment(db, id);
}

export const getCommitment = (db: DB, id: number) =>
  db.selectFrom("commitments").selectAll().where("id", "=", id).executeTakeFirst();

export const commitmentsByIds = (db: DB, ids: number[]) =>
  ids.length
    ? db.selectFrom("commitments").selectAll().where("id", "in", ids).execute()
    : Promise.resolve([]);

export const insertCommitment = (db: DB, c: NewCommitment): Promise<Commitment> =>
  db.insertInto("commitments").values(c).returningAll().executeTakeFirstOrThrow();

export interface GoalLink {
  goal_id: number;
  confidence: number;
  cue_kind: string;
  cue_text: string;
  cue_start: number | null;
  cue_end: number | null;
}

export async function goalLinks(db: DB, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom("commitment_goals as cg")
    .innerJoin("goals as g", "g.id", "cg.goal_id")
    .select([
      "cg.commitment_id",
      "cg.goal_id",
      "g.name",
      "cg.confidence",
      "cg.cue_kind",
      "cg.cue_text",
      "cg.cue_start",
      "cg.cue_end",
    ])
    .where("cg.commitment_id", "in", ids)
    .orderBy("cg.commitment_id")
    .orderBy("cg.confidence", "desc")
    .execute();
}

/** The goals' names per item, most confident first (the exports' 对应目标 column). */
export async function goalNames(db: DB, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom("commitment_goals as cg")
    .innerJoin("goals as g", "g.id", "cg.goal_id")
    .select(["cg.commitment_id", "g.name"])
    .where("cg.commitment_id", "in", ids)
    .orderBy("cg.commitment_id")
    .orderBy("cg.confidence", "desc")
    .execute();
}

export async function cooperatingUnits(db: DB, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom("commitment_units")
    .select(["commitment_id", "unit_id"])
    .where("commitment_id", "in", ids)
    .orderBy("unit_id")
    .execute();
}

/** The items merged into this one (their merged_into_id names it), oldest first. */
export const mergedInto = (db: DB, id: number) =>
  db
    .selectFrom("commitments")
    .select(["id", "text"])
    .where("merged_into_id", "=", id)
    .orderBy("id")
    .execute();

export async function replaceGoals(
  db: DB,
  planId: number,
  commitmentId: number,
  links: GoalLink[],
): Promise<void> {
  await db.deleteFrom("commitment_goals").where("commitment_id", "=", commitmentId).execute();
  const seen = new Set<number>();
  const rows = links
    .filter((l) => !seen.has(l.goal_id) && seen.add(l.goal_id))
    .map((l) => ({
      plan_id: planId,
      commitment_id: commitmentId,
      goal_id: l.goal_id,
      confidence: l.confidence,
      cue_kind: l.cue_kind,
      cue_text: l.cue_text,
      cue_start: l.cue_start,
      cue_end: l.cue_end,
    }));
  if (rows.length) await db.insertInto("commitment_goals").values(rows).execute();
}

export async function replaceCooperating(db: DB, planId: number, commitmentId: number, unitIds: number[]) {
  await db.deleteFrom("commitment_units").where("commitment_id", "=", commitmentId).execute();
  const rows = [...new Set(unitIds)].map((unit_id) => ({
    plan_id: planId,
    commitment_id: commitmentId,
    unit_id,
  }));
  if (rows.length) await db.insertInto("commitment_units").values(rows).execute();
}

/** A commitment's search index: its words (jieba) and its character pairs, replaced from its text. */
export async function replaceSearch(
  db: DB,
  planId: number,
  commitmentId: number,
  text: string,
): Promise<void> {
  await db.deleteFrom("commitment_terms").where("commitment_id", "=", commitmentId).execute();
  await db
    .deleteFrom("commitment_grams")
    .where("plan_id", "=", planId)
    .where("commitment_id", "=", commitmentId)
    .execute();
  await insertMany(db, "commitment_terms", termRows(planId, commitmentId, text));
  await insertMany(db, "commitment_grams", gramRows(planId, commitmentId, text));
}

/** The rows of commitment_terms for a commitment's text. */
export const termRows = (planId: number, commitmentId: number, text: string) =>
  [...new Set(searchTerms(text))].map((term) => ({ plan_id: planId, term, commitment_id: commitmentId }));

/** The rows of commitment_grams for a commitment's text. */
export const gramRows = (planId: number, commitmentId: number, text: string) =>
  searchGrams(text).map((gram) => ({ plan_id: planId, gram, commitment_id: commitmentId }));

/** Commitments a unit answers for: owner, lead or cooperating. */
export function forUnit(unitId: number) {
  return (eb: ExpressionBuilder<Database, "commitments">) =>
    eb.or([
      eb("commitments.unit_id", "=", unitId),
      eb("commitments.lead_unit_id", "=", unitId),
      eb.exists(
        eb
          .selectFrom("commitment_units as cu")
          .select("cu.unit_id")
          .whereRef("cu.commitment_id", "=", "commitments.id")
          .where("cu.unit_id", "=", unitId),
      ),
    ]);
}

/** A unit's items of a plan (its own, led, cooperating), read from the three indexes that hold them. */
function unitItemIds(db: DB, planId: number, unitId: number) {
  return db
    .selectFrom("commitments as u")
    .select("u.id")
    .where("u.plan_id", "=", planId)
    .where("u.unit_id", "=", unitId)
    .union(
      db
        .selectFrom("commitments as l")
        .select("l.id")
        .where("l.plan_id", "=", planId)
        .where("l.lead_unit_id", "=", unitId),
    )
    .union(
      db
        .selectFrom("commitment_units as cu")
        .select("cu.commitment_id as id")
        .where("cu.plan_id", "=", planId)
        .where("cu.unit_id", "=", unitId),
    );
}

/** "confidence": the least sure owner first, then by id (the review queue's order). */
export type CommitmentSort = "id" | "-id" | "due_date" | "confidence";

export interface CommitmentFilter {
  planId: number;
  unitId?: number;
  goalId?: number;
  /** Any text: a value outside the enumeration matches no row. */
  status?: string;
  reviewState?: string;
  /** Any of these review states (the working table: proposed and confirmed). */
  reviewStates?: string[];
  documentId?: number;
  search?: SearchPlan;
  /**
   * Find the unit's or goal's items through their indexes first (id IN the
   * set of their ids) instead of testing each of the plan's rows: what a
   * whole-filter read (the exports) wants when the unit or goal is a small
   * part of a large plan.
   */
  bySets?: boolean;
  /** Index rows a search page by id reads per round (see keyedPage; tests make it small). */
  searchWindow?: number;
  sort: CommitmentSort;
  cursor: Cursor | null;
  limit: number;
}

const NO_DATE = "9999-12-31";

/**
 * The rows a filter starts from. A search starts from the index rows of one
 * of its keys in the plan, in commitment order, joined to their items, so a
 * page by id reads that key's rows up to the page's end instead of every
 * item of the plan probing the index (a rare key read the whole plan):
 * - two characters: the pair's rows (commitment_grams). They hold every item
 *   whose text has the query in any case (a superset); the LIKE in
 *   filtered() keeps the answer what a scan of the texts would give;
 * - words: the longest word's rows (commitment_terms; the longest is the
 *   likeliest to be rare); every word is still required in filtered().
 * The joined table is `ks`; every other reference stays `commitments.*`.
 */
function fromCommitments(db: DB, f: Omit<CommitmentFilter, "sort" | "cursor" | "limit">) {
  const plain = db.selectFrom("commitments");
  const k = searchKey(f);
  if (!k) return plain;
  return db
    .selectFrom(`${k.table} as ks` as "commitment_terms as ks")
    .innerJoin("commitments", "commitments.id", "ks.commitment_id")
    .where("ks.plan_id", "=", f.planId)
    .where(sql.ref(`ks.${k.column}`), "=", k.value) as unknown as typeof plain;
}

/** The index a search starts from, and the key whose rows it reads (none: no search, or a substring). */
function searchKey(f: Pick<CommitmentFilter, "search">) {
  const search = f.search;
  if (search?.kind === "gram")
    return { table: "commitment_grams", column: "gram", value: search.gram } as const;
  if (search?.kind === "terms" && search.terms.length)
    return { table: "commitment_terms", column: "term", value: leadTerm(search.terms) } as const;
  return null;
}

/** The search's word read first: the longest (by characters; the first in code order on a tie). */
const leadTerm = (terms: string[]) =>
  [...terms].sort((a, b) => [...b].length - [...a].length || (a < b ? -1 : a > b ? 1 : 0))[0]!;

/** The column a page by id is ordered and cut by: the search key's index order when it starts the rows. */
const idKey = (f: Pick<CommitmentFilter, "search">) =>
  searchKey(f) ? sql.ref<number>("ks.commitment_id") : sql.ref<number>("commitments.id");

/** The filter's rows, unordered: shared by the list and its count. */
function filtered(db: DB, f: Omit<CommitmentFilter, "sort" | "cursor" | "limit">) {
  let q = fromCommitments(db, f).where("commitments.plan_id", "=", f.planId);
  if (f.unitId !== undefined && f.bySets)
    q = q.where("commitments.id", "in", unitItemIds(db, f.planId, f.unitId));
  else if (f.unitId !== undefined) q = q.where(forUnit(f.unitId));
  if (f.reviewState !== undefined) q = q.where("commitments.review_state", "=", f.reviewState as ReviewState);
  if (f.reviewStates !== undefined)
    q = q.where("commitments.review_state", "in", f.reviewStates as ReviewState[]);
  if (f.status !== undefined) q = q.where("commitments.status", "=", f.status as Status);
  if (f.documentId !== undefined) q = q.where("commitments.document_id", "=", f.documentId);
  if (f.goalId !== undefined && f.bySets) {
    q = q.where(
      "commitments.id",
      "in",
      db
        .selectFrom("commitment_goals as cg")
        .select("cg.commitment_id")
        .where("cg.plan_id", "=", f.planId)
        .where("cg.goal_id", "=", f.goalId),
    );
  } else if (f.goalId !== undefined) {
    const goalId = f.goalId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("commitment_goals as cg")
          .select("cg.goal_id")
          .whereRef("cg.commitment_id", "=", "commitments.id")
          .where("cg.goal_id", "=", goalId),
      ),
    );
  }
  const search = f.search;
  if (search?.kind === "substring" || search?.kind === "gram") {
    const escaped = search.text.replace(/[\\%_]/g, (c) => "\\" + c);
    q = q.where((eb) => eb("commitments.text", "like", `%${escaped}%`));
  } else if (search?.kind === "terms") {
    const lead = search.terms.length ? leadTerm(search.terms) : null;
    for (const term of search.terms) {
      if (term === lead) continue; // the rows start from it (fromCommitments)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom("commitment_terms as ct")
            .select("ct.commitment_id")
            .where("ct.plan_id", "=", f.planId)
            .where("ct.term", "=", term)
            // By the index row's id, not the item's: tested before the item is read.
            .where("ct.commitment_id", "=", idKey(f)),
        ),
      );
    }
  }
  return q;
}

/** How many rows the filter selects (an export says so before its rows). */
export async function countCommitments(
  db: DB,
  f: Omit<CommitmentFilter, "sort" | "cursor" | "limit">,
): Promise<number> {
  const r = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function listCommitments(db: DB, f: CommitmentFilter): Promise<Page<Commitment>> {
  if (searchKey(f) && (f.sort === "id" || f.sort === "-id")) return keyedPage(db, f);
  let q = filtered(db, f).selectAll("commitments");
  const c = f.cursor;
  if (f.sort === "due_date") {
    // NO_DATE a literal, not a parameter: the expression of commitments_plan_due_order.
    const due = (eb: ExpressionBuilder<Database, "commitments">) =>
      eb.fn.coalesce("commitments.due_date", sql.lit(NO_DATE));
    if (c) {
      const key = String(c[0] ?? NO_DATE);
      // The ">=" alone is what an index range can start from; the OR decides among that day's items.
      q = q
        .where((eb) => eb(due(eb), ">=", key))
        .where((eb) =>
          eb.or([eb(due(eb), ">", key), eb.and([eb(due(eb), "=", key), eb("commitments.id", ">", c[1])])]),
        );
    }
    q = q.orderBy((eb) => due(eb)).orderBy("commitments.id");
  } else if (f.sort === "confidence") {
    if (c) {
      const key = Number(c[0]);
      q = q.where((eb) =>
        eb.or([
          eb("commitments.owner_confidence", ">", key),
          eb.and([eb("commitments.owner_confidence", "=", key), eb("commitments.id", ">", c[1])]),
        ]),
      );
    }
    q = q.orderBy("commitments.owner_confidence").orderBy("commitments.id");
  } else if (f.sort === "-id") {
    if (c) q = q.where(idKey(f), "<", c[1]);
    q = q.orderBy(idKey(f), "desc");
  } else {
    if (c) q = q.where(idKey(f), ">", c[1]);
    q = q.orderBy(idKey(f));
  }
  const rows = await q.limit(f.limit + 1).execute();
  return page(rows, f.limit, (r) =>
    f.sort === "due_date" ? (r.due_date ?? NO_DATE) : f.sort === "confidence" ? r.owner_confidence : r.id,
  );
}

const WINDOW = 256;
const MAX_WINDOW = 16_384;

/**
 * A search's page by id, read a window of the key's index rows at a time: the
 * rows of one window (WINDOW of them, four times more each round) are found
 * first, in index order, then only the items among them that pass the filter
 * are read, until the page is full or the key's rows end. Each statement's
 * work is bounded by its window whatever plan the database picks: in one
 * statement, PostgreSQL estimated the words' rows independent (物流 and 中心:
 * 4 items, where every 物流 item also has 中心), expected fewer items than
 * the page, and so joined and sorted every match in the plan before the limit
 * (1.8 s at 1,000,000 commitments, growing with the plan). A dense query is
 * one round; a rare match in a common key reads the key's rows once, in
 * windows, as a scan would.
 */
async function keyedPage(db: DB, f: CommitmentFilter): Promise<Page<Commitment>> {
  const k = searchKey(f)!;
  const desc = f.sort === "-id";
  const rows: Commitment[] = [];
  let from = f.cursor ? f.cursor[1] : null;
  for (let w = f.searchWindow ?? WINDOW; rows.length <= f.limit; w = Math.min(w * 4, MAX_WINDOW)) {
    // The window's last index row: the w-th after `from` (none: the key's rows end within it).
    let edge = db
      .selectFrom(`${k.table} as e` as "commitment_terms as e")
      .select("e.commitment_id")
      .where("e.plan_id", "=", f.planId)
      .where(sql.ref(`e.${k.column}`), "=", k.value);
    if (from !== null) edge = edge.where("e.commitment_id", desc ? "<" : ">", from);
    const last = await edge
      .orderBy("e.commitment_id", desc ? "desc" : "asc")
      .limit(1)
      .offset(w - 1)
      .executeTakeFirst();
    const to = last ? Number(last.commitment_id) : null;
    let q = filtered(db, f).selectAll("commitments");
    if (from !== null) q = q.where(idKey(f), desc ? "<" : ">", from);
    if (to !== null) q = q.where(idKey(f), desc ? ">=" : "<=", to);
    rows.push(
      ...(await q
        .orderBy(idKey(f), desc ? "desc" : "asc")
        .limit(f.limit + 1 - rows.length)
        .execute()),
    );
    if (to === null) break;
    from = to;
  }
  return page(rows, f.limit, (r) => r.id);
}

/** Candidates for matching a revised document's items: the plan's items of one unit. */
export const matchCandidates = (db: DB, planId: number, unitId: number | null) =>
  db
    .selectFrom("commitments")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("unit_id", unitId === null ? "is" : "=", unitId)
    .where("review_state", "!=", "merged")
    .orderBy("id")
    .execute();

/** Confirmed items by deadline: upcoming (from today on) or overdue (before today, not done). */
export function deadlines(
  db: DB,
  planId: number,
  which: "upcoming" | "overdue",
  today: string,
  limit: number,
  after: Cursor | null = null,
) {
  // 'done' a literal, not a parameter: it names the partial index
  // commitments_open_due (items not done, by due date), which a database uses
  // only when it can see that the query implies the index's condition.
  let q = db
    .selectFrom("commitments")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("review_state", "=", "confirmed")
    .where("status", "<>", sql.lit("done"))
    .where("due_date", "is not", null);
  q = which === "upcoming" ? q.where("due_date", ">=", today) : q.where("due_date", "<", today);
  if (after) {
    const key = String(after[0]);
    q = q.where((eb) =>
      eb.or([eb("due_date", ">", key), eb.and([eb("due_date", "=", key), eb("id", ">", after[1])])]),
    );
  }
  return q
    .orderBy("due_date")
    .orderBy("id")
    .limit(limit + 1)
    .execute();
}

/** Open items whose due date passed but whose stored status does not say so yet. */
export const staleOverdue = (db: DB, today: string, limit: number) =>
  db
    .selectFrom("commitments")
    .select(["id"])
    .where("due_date", "<", today)
    .where("status", "in", ["not_started", "on_track", "behind"])
    .where("review_state", "in", ["proposed", "confirmed"])
    .limit(limit)
    .execute();

/**
 * Units that lead (or own, when no lead is set) a confirmed, unfinished
 * commitment with no progress report for the period.
 */
export async function unitsOwingReport(db: DB, planId: number, period: string) {
  return db
    .selectFrom("commitments as c")
    .innerJoin("units as u", (j) =>
      j.on((eb) => eb("u.id", "=", eb.fn.coalesce("c.lead_unit_id", "c.unit_id"))),
    )
    .select(["u.id as unit_id", "u.name as unit_name"])
    .select((eb) => eb.fn.countAll<number>().as("missing"))
    .where("c.plan_id", "=", planId)
    .where("c.review_state", "=", "confirmed")
    .where("c.status", "!=", "done")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("progress_reports as p")
            .select("p.id")
            .where("p.plan_id", "=", planId)
            .where("p.period", "=", period)
            .whereRef("p.commitment_id", "=", "c.id"),
        ),
      ),
    )
    .groupBy(["u.id", "u.name"])
    .orderBy("u.id")
    .execute();
}
