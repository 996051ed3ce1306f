// The supervision cycle's tables: calendars, proposals, extensions, notices,
// verdict records and warnings. db first, records out (JSON text decoded
// here, into the shapes of src/domain/cycle/records.ts).
import type {
  CompletionProposal,
  CycleSettingsRecord,
  VerdictRecord,
  WarningRecord,
} from "../domain/cycle/records.ts";
import type { Weights } from "../domain/cycle/assessment.ts";
import type { DB } from "./dialects/dialect.ts";
import type {
  CycleSettingsRow,
  ExtensionRow,
  NoticeRow,
  ProposalRow,
  UnitCalendarTable,
  VerdictRecordRow,
  WarningRow,
} from "./cycle.schema.ts";
import { json, parseList } from "./util.ts";

const toSettings = (r: CycleSettingsRow): CycleSettingsRecord => ({
  ...r,
  weights: JSON.parse(r.weights) as Partial<Weights>,
});

export async function getCycleSettings(db: DB, planId: number): Promise<CycleSettingsRecord | undefined> {
  const r = await db
    .selectFrom("cycle_settings")
    .selectAll()
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return r && toSettings(r);
}

export async function upsertCycleSettings(
  db: DB,
  s: Omit<CycleSettingsRecord, "version">,
): Promise<CycleSettingsRecord> {
  const { plan_id, ...rest } = { ...s, weights: json(s.weights) };
  const existing = await getCycleSettings(db, plan_id);
  if (existing) {
    await db
      .updateTable("cycle_settings")
      .set({ ...rest, version: existing.version + 1 })
      .where("plan_id", "=", plan_id)
      .execute();
  } else
    await db
      .insertInto("cycle_settings")
      .values({ plan_id, ...rest })
      .execute();
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

// The state column holds one of the three states only (the service writes no other).
const toProposal = (r: ProposalRow): CompletionProposal => ({
  ...r,
  state: r.state as CompletionProposal["state"],
  evidence_links: parseList(r.evidence_links),
});

export async function getProposal(db: DB, id: number): Promise<CompletionProposal | undefined> {
  const r = await db.selectFrom("completion_proposals").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toProposal(r);
}

export async function insertProposal(
  db: DB,
  p: Omit<CompletionProposal, "id" | "version">,
): Promise<CompletionProposal> {
  const r = await db
    .insertInto("completion_proposals")
    .values({ ...p, evidence_links: json(p.evidence_links) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProposal(r);
}

export const proposalsOf = async (db: DB, commitmentId: number): Promise<CompletionProposal[]> =>
  (
    await db
      .selectFrom("completion_proposals")
      .selectAll()
      .where("commitment_id", "=", commitmentId)
      .orderBy("id", "desc")
      .execute()
  ).map(toProposal);

export async function listProposals(
  db: DB,
  f: { planId: number; state?: string; unitId?: number | null },
): Promise<CompletionProposal[]> {
  let q = db.selectFrom("completion_proposals").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return (await q.orderBy("id", "desc").limit(500).execute()).map(toProposal);
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

const toVerdict = (r: VerdictRecordRow): VerdictRecord => ({
  ...r,
  evidence_links: parseList(r.evidence_links),
});

export async function insertVerdictRecord(db: DB, v: Omit<VerdictRecord, "id">): Promise<VerdictRecord> {
  const r = await db
    .insertInto("verdict_records")
    .values({ ...v, evidence_links: json(v.evidence_links) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVerdict(r);
}

export const verdictRecordsOf = async (db: DB, commitmentId: number): Promise<VerdictRecord[]> =>
  (
    await db
      .selectFrom("verdict_records")
      .selectAll()
      .where("commitment_id", "=", commitmentId)
      .orderBy("id", "desc")
      .execute()
  ).map(toVerdict);

/** The latest record per commitment of a plan. */
export async function latestVerdicts(db: DB, planId: number): Promise<Map<number, VerdictRecord>> {
  const rows = await db
    .selectFrom("verdict_records")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
  return new Map(rows.map((r) => [Number(r.commitment_id), toVerdict(r)]));
}

// Warnings ------------------------------------------------------------------

// The level column holds a raised level only ("none" clears, it is never stored).
const toWarning = (r: WarningRow): WarningRecord => ({
  ...r,
  level: r.level as WarningRecord["level"],
  reasons: parseList(r.reasons) as WarningRecord["reasons"],
});

export const openWarnings = async (db: DB, planId: number): Promise<WarningRecord[]> =>
  (
    await db
      .selectFrom("warnings")
      .selectAll()
      .where("plan_id", "=", planId)
      .where("cleared_on", "is", null)
      .orderBy("id")
      .execute()
  ).map(toWarning);

export const warningsRaisedBetween = async (
  db: DB,
  planId: number,
  from: string,
  to: string,
): Promise<WarningRecord[]> =>
  (
    await db
      .selectFrom("warnings")
      .selectAll()
      .where("plan_id", "=", planId)
      .where("raised_on", ">=", from)
      .where("raised_on", "<=", to)
      .execute()
  ).map(toWarning);

export const warningsOf = async (db: DB, commitmentId: number): Promise<WarningRecord[]> =>
  (
    await db
      .selectFrom("warnings")
      .selectAll()
      .where("commitment_id", "=", commitmentId)
      .orderBy("id", "desc")
      .execute()
  ).map(toWarning);

export const clearWarning = (db: DB, id: number, on: string) =>
  db.updateTable("warnings").set({ cleared_on: on }).where("id", "=", id).execute();

export async function insertWarning(db: DB, w: Omit<WarningRecord, "id">): Promise<WarningRecord> {
  const r = await db
    .insertInto("warnings")
    .values({ ...w, reasons: json(w.reasons) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWarning(r);
}
