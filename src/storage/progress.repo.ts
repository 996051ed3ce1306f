// Progress reports and milestones: what units file against their commitments.
import type { DB } from "./dialects/dialect.ts";
import type { MilestoneRow, ProgressRow } from "./schema.ts";

export const getProgress = (db: DB, id: number) =>
  db.selectFrom("progress_reports").selectAll().where("id", "=", id).executeTakeFirst();

export const insertProgress = (db: DB, p: Omit<ProgressRow, "id" | "version">): Promise<ProgressRow> =>
  db.insertInto("progress_reports").values(p).returningAll().executeTakeFirstOrThrow();

export async function listProgress(db: DB, commitmentId: number, before: number | null, limit: number) {
  let q = db
    .selectFrom("progress_reports")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .limit(limit + 1);
  if (before !== null) q = q.where("id", "<", before);
  return q.execute();
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

export const milestonesOf = (db: DB, commitmentId: number): Promise<MilestoneRow[]> =>
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

export const getMilestone = (db: DB, id: number) =>
  db.selectFrom("milestones").selectAll().where("id", "=", id).executeTakeFirst();

export const insertMilestone = (db: DB, m: Omit<MilestoneRow, "id" | "version">): Promise<MilestoneRow> =>
  db.insertInto("milestones").values(m).returningAll().executeTakeFirstOrThrow();
