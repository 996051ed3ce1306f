// Progress reports and milestones: what units file against their commitments.
import type { Milestone, ProgressReport } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";
import type { ProgressRow } from "./schema.ts";
import { json, parseList } from "./util.ts";

const CHUNK = 500;

const toReport = (r: ProgressRow): ProgressReport => ({
  ...r,
  complete: r.complete === 1,
  evidence_links: parseList(r.evidence_links),
});

export async function getProgress(db: DB, id: number): Promise<ProgressReport | undefined> {
  const r = await db.selectFrom("progress_reports").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toReport(r);
}

export async function insertProgress(
  db: DB,
  p: Omit<ProgressReport, "id" | "version">,
): Promise<ProgressReport> {
  const r = await db
    .insertInto("progress_reports")
    .values({ ...p, complete: p.complete ? 1 : 0, evidence_links: json(p.evidence_links) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReport(r);
}

export async function listProgress(
  db: DB,
  commitmentId: number,
  before: number | null,
  limit: number,
): Promise<ProgressReport[]> {
  let q = db
    .selectFrom("progress_reports")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .limit(limit + 1);
  if (before !== null) q = q.where("id", "<", before);
  return (await q.execute()).map(toReport);
}

/**
 * Every report on the given commitments (column commitment_id) or on the
 * given plan indicators (column target_id: reports without a commitment), in
 * no particular order.
 */
export async function reportsOn(
  db: DB,
  column: "commitment_id" | "target_id",
  keys: number[],
): Promise<ProgressReport[]> {
  const out: ProgressReport[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) {
    let q = db
      .selectFrom("progress_reports")
      .selectAll()
      .where(column, "in", keys.slice(i, i + CHUNK));
    if (column === "target_id") q = q.where("commitment_id", "is", null);
    for (const r of await q.execute()) out.push(toReport(r));
  }
  return out;
}

/** The latest report per commitment (latest period, then latest filed), optionally within a date range. */
export async function latestReports(
  db: DB,
  ids: number[],
  range?: { from: string; to: string },
): Promise<Map<number, ProgressReport>> {
  const latest = new Map<number, ProgressReport>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    let q = db
      .selectFrom("progress_reports")
      .selectAll()
      .where("commitment_id", "in", ids.slice(i, i + CHUNK))
      .orderBy("period_end", "desc")
      .orderBy("id", "desc");
    if (range) q = q.where("period_end", ">=", range.from).where("period_end", "<=", range.to);
    for (const p of await q.execute()) {
      if (p.commitment_id !== null && !latest.has(p.commitment_id)) latest.set(p.commitment_id, toReport(p));
    }
  }
  return latest;
}

/**
 * The latest report's period and narrative per commitment (the exports' 进展情况):
 * one row per item, found through progress_by_commitment, instead of every
 * report of every item read whole and sorted.
 */
export async function latestNarratives(
  db: DB,
  ids: number[],
): Promise<Map<number, { period: string; narrative: string }>> {
  const latest = new Map<number, { period: string; narrative: string }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("progress_reports as p")
      .select(["p.commitment_id", "p.period", "p.narrative"])
      .where("p.id", "in", (eb) =>
        eb
          .selectFrom("commitments as c")
          .select((c) =>
            c
              .selectFrom("progress_reports as q")
              .select("q.id")
              .whereRef("q.commitment_id", "=", "c.id")
              .orderBy("q.period_end", "desc")
              .orderBy("q.id", "desc")
              .limit(1)
              .as("latest"),
          )
          .where("c.id", "in", ids.slice(i, i + CHUNK)),
      )
      .execute();
    for (const r of rows)
      if (r.commitment_id !== null)
        latest.set(Number(r.commitment_id), { period: r.period, narrative: r.narrative });
  }
  return latest;
}

export async function reportStats(
  db: DB,
  commitmentId: number,
): Promise<{ count: number; complete: boolean }> {
  const r = await db
    .selectFrom("progress_reports")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("complete").as("complete")])
    .where("commitment_id", "=", commitmentId)
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), complete: Number(r?.complete ?? 0) === 1 };
}

/** The latest figure reported for a target: the latest period, then the latest report. */
export const latestFigure = (db: DB, targetId: number) =>
  db
    .selectFrom("progress_reports")
    .select(["figure", "period"])
    .where("target_id", "=", targetId)
    .where("figure", "is not", null)
    .orderBy("period_end", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();

export const milestonesOf = (db: DB, commitmentId: number): Promise<Milestone[]> =>
  db
    .selectFrom("milestones")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("due_date")
    .orderBy("id")
    .execute();

/** Per commitment, how many milestones are past their due day (before `day`) and not done. */
export async function lateMilestoneCounts(db: DB, ids: number[], day: string): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom("milestones")
    .select((eb) => ["commitment_id", eb.fn.countAll<number>().as("n")])
    .where("commitment_id", "in", ids)
    .where("done_at", "is", null)
    .where("due_date", "<", day)
    .groupBy("commitment_id")
    .execute();
  return new Map(rows.map((r) => [Number(r.commitment_id), Number(r.n)]));
}

export const getMilestone = (db: DB, id: number): Promise<Milestone | undefined> =>
  db.selectFrom("milestones").selectAll().where("id", "=", id).executeTakeFirst();

export const insertMilestone = (db: DB, m: Omit<Milestone, "id" | "version">): Promise<Milestone> =>
  db.insertInto("milestones").values(m).returningAll().executeTakeFirstOrThrow();

/**
 * Per commitment, the period of its most recently filed report (the highest
 * id, as the progress list shows first): one grouped query per 500 ids, so a
 * unit's whole reporting list costs a query, not one per item.
 */
export async function lastReportPeriods(db: DB, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db
      .selectFrom("progress_reports")
      .select(["commitment_id", "period"])
      .where("id", "in", (eb) =>
        eb
          .selectFrom("progress_reports")
          .select((e) => e.fn.max("id").as("id"))
          .where("commitment_id", "in", chunk)
          .groupBy("commitment_id"),
      )
      .execute();
    for (const r of rows) out.set(Number(r.commitment_id), r.period);
  }
  return out;
}
