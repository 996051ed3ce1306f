// The supervision cycle's tables: calendars, proposals, extensions, notices,
// verdict records and warnings. db first, rows out; services map them.
import type { DB } from "./dialects/dialect.ts";
import type {
  CycleSettingsTable,
  ExtensionRow,
  NoticeRow,
  ProposalRow,
  UnitCalendarTable,
  VerdictRecordRow,
  WarningRow,
} from "./cycle.schema.ts";
import type { Insertable } from "kysely";

export const getCycleSettings = (db: DB, planId: number) =>
  db.selectFrom("cycle_settings").selectAll().where("plan_id", "=", planId).executeTakeFirst();

export async function upsertCycleSettings(db: DB, row: Insertable<CycleSettingsTable>) {
  const { plan_id, ...rest } = row;
  const existing = await getCycleSettings(db, plan_id);
  if (existing) {
    await db
      .updateTable("cycle_settings")
      .set({ ...rest, version: existing.version + 1 })
      .where("plan_id", "=", plan_id)
      .execute();
  } else await db.insertInto("cycle_settings").values(row).execute();
  return (await getCycleSettings(db, plan_id))!;
}

export const unitCalendars = (db: DB, planId: number) =>
  db.selectFrom("unit_calendars").selectAll().where("plan_id", "=", planId).orderBy("unit_id").execute();

export async function putUnitCalendar(db: DB, row: UnitCalendarTable | { plan_id: number; unit_id: number }) {
  await db
    .deleteFrom("unit_calendars")
    .where("plan_id", "=", row.plan_id)
    .where("unit_id", "=", row.unit_id)
    .execute();
  if ("frequency" in row) await db.insertInto("unit_calendars").values(row).execute();
}

/** What the calendar needs of a plan's confirmed commitments. */
export const trackedCommitments = (db: DB, planId: number) =>
  db
    .selectFrom("commitments")
    .select(["id", "unit_id", "lead_unit_id", "status", "due_date", "text", "deadline"])
    .where("plan_id", "=", planId)
    .where("review_state", "=", "confirmed")
    .orderBy("id")
    .execute();

/** Every commitment report's period and day (indicator reports owe nothing). */
export const filedReports = (db: DB, planId: number) =>
  db
    .selectFrom("progress_reports")
    .select(["commitment_id", "period", "reported_at"])
    .where("plan_id", "=", planId)
    .where("commitment_id", "is not", null)
    .execute();

export const insertMark = (
  db: DB,
  m: { progress_id: number; plan_id: number; due_on: string; late: number },
) => db.insertInto("progress_marks").values(m).execute();

export async function marksOf(db: DB, progressIds: number[]) {
  if (!progressIds.length) return [];
  return db.selectFrom("progress_marks").selectAll().where("progress_id", "in", progressIds).execute();
}

// Completion proposals ------------------------------------------------------

export const getProposal = (db: DB, id: number) =>
  db.selectFrom("completion_proposals").selectAll().where("id", "=", id).executeTakeFirst();

export const insertProposal = (db: DB, p: ProposalInsert) =>
  db.insertInto("completion_proposals").values(p).returningAll().executeTakeFirstOrThrow();
type ProposalInsert = Omit<ProposalRow, "id" | "version">;

export const proposalsOf = (db: DB, commitmentId: number) =>
  db
    .selectFrom("completion_proposals")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .execute();

export function listProposals(db: DB, f: { planId: number; state?: string; unitId?: number | null }) {
  let q = db.selectFrom("completion_proposals").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return q.orderBy("id", "desc").limit(500).execute();
}

/** Returned proposals per commitment (the red rule counts them). */
export async function returnCounts(db: DB, planId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("completion_proposals")
    .select((eb) => ["commitment_id", eb.fn.countAll<number>().as("n")])
    .where("plan_id", "=", planId)
    .where("state", "=", "returned")
    .groupBy("commitment_id")
    .execute();
  return new Map(rows.map((r) => [Number(r.commitment_id), Number(r.n)]));
}

// Extension requests --------------------------------------------------------

export const getExtension = (db: DB, id: number) =>
  db.selectFrom("extension_requests").selectAll().where("id", "=", id).executeTakeFirst();

export const insertExtension = (db: DB, e: Omit<ExtensionRow, "id" | "version">) =>
  db.insertInto("extension_requests").values(e).returningAll().executeTakeFirstOrThrow();

export const extensionsOf = (db: DB, commitmentId: number) =>
  db
    .selectFrom("extension_requests")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .execute();

export function listExtensions(db: DB, f: { planId: number; state?: string; unitId?: number | null }) {
  let q = db.selectFrom("extension_requests").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return q.orderBy("id", "desc").limit(500).execute();
}

// Notices (督办单) ------------------------------------------------------------

export const getNotice = (db: DB, id: number) =>
  db.selectFrom("notices").selectAll().where("id", "=", id).executeTakeFirst();

export async function nextNoticeSeq(db: DB, planId: number): Promise<number> {
  const r = await db
    .selectFrom("notices")
    .select((eb) => eb.fn.max("seq").as("m"))
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export const insertNotice = (db: DB, n: Omit<NoticeRow, "id" | "version">) =>
  db.insertInto("notices").values(n).returningAll().executeTakeFirstOrThrow();

export const noticesOf = (db: DB, commitmentId: number) =>
  db
    .selectFrom("notices")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .execute();

export function listNotices(db: DB, f: { planId: number; state?: string; unitId?: number | null }) {
  let q = db.selectFrom("notices").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return q.orderBy("id", "desc").limit(500).execute();
}

// Verdict records -----------------------------------------------------------

export const insertVerdictRecord = (db: DB, v: Omit<VerdictRecordRow, "id">) =>
  db.insertInto("verdict_records").values(v).returningAll().executeTakeFirstOrThrow();

export const verdictRecordsOf = (db: DB, commitmentId: number) =>
  db
    .selectFrom("verdict_records")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .execute();

/** The latest record per commitment of a plan. */
export async function latestVerdicts(db: DB, planId: number): Promise<Map<number, VerdictRecordRow>> {
  const rows = await db
    .selectFrom("verdict_records")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
  return new Map(rows.map((r) => [Number(r.commitment_id), r]));
}

// Warnings ------------------------------------------------------------------

export const openWarnings = (db: DB, planId: number): Promise<WarningRow[]> =>
  db
    .selectFrom("warnings")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("cleared_on", "is", null)
    .orderBy("id")
    .execute();

export const warningsRaisedBetween = (db: DB, planId: number, from: string, to: string) =>
  db
    .selectFrom("warnings")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("raised_on", ">=", from)
    .where("raised_on", "<=", to)
    .execute();

export const warningsOf = (db: DB, commitmentId: number) =>
  db
    .selectFrom("warnings")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .execute();

export const clearWarning = (db: DB, id: number, on: string) =>
  db.updateTable("warnings").set({ cleared_on: on }).where("id", "=", id).execute();

export const insertWarning = (db: DB, w: Omit<WarningRow, "id">) =>
  db.insertInto("warnings").values(w).returningAll().executeTakeFirstOrThrow();
