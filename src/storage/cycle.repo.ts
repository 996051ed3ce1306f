// The supervision cycle's tables: calendars, proposals, extensions, notices,
// verdict records and warnings. db first, records out (JSON text decoded
// here, into the shapes of src/domain/cycle/records.ts).
import type {
  CompletionProposal,
  CycleSettingsRecord,
  ExtensionRequest,
  NoticeRecord,
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
import { sql } from "kysely";

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

/** What the cycle reads of a commitment (answering unit, status, deadline, stored warning). */
export type CycleItemRow = Awaited<ReturnType<typeof trackedPage>>[number];

const CYCLE_ITEM = [
  "id",
  "plan_id",
  "unit_id",
  "lead_unit_id",
  "status",
  "due_date",
  "text",
  "review_state",
  "warning_level",
] as const;

/**
 * A page of a plan's confirmed commitments by id (keyset: after `after`),
 * optionally only those a unit answers for (lead, else owner). Indexed by
 * (plan_id, review_state, id), or by the unit and lead indexes.
 */
export function trackedPage(
  db: DB,
  planId: number,
  f: { after: number; limit: number; unitId?: number | null; notDone?: boolean },
) {
  let q = db
    .selectFrom("commitments")
    .select(CYCLE_ITEM)
    .where("plan_id", "=", planId)
    .where("review_state", "=", "confirmed")
    .where("id", ">", f.after);
  if (f.unitId !== undefined && f.unitId !== null) {
    const u = f.unitId;
    q = q.where((eb) =>
      eb.or([eb("lead_unit_id", "=", u), eb.and([eb("lead_unit_id", "is", null), eb("unit_id", "=", u)])]),
    );
  }
  if (f.notDone) q = q.where("status", "!=", "done");
  return q.orderBy("id").limit(f.limit).execute();
}

export async function cycleItemsByIds(db: DB, ids: number[]): Promise<CycleItemRow[]> {
  if (!ids.length) return [];
  return db.selectFrom("commitments").select(CYCLE_ITEM).where("id", "in", ids).execute();
}

/** A plan's items at some warning levels (indexed by plan_id, warning_level), optionally one answering unit's. */
export async function itemsAtLevels(
  db: DB,
  planId: number,
  levels: string[],
  limit: number,
  unitId: number | null = null,
) {
  if (!levels.length) return [];
  let q = db
    .selectFrom("commitments")
    .select(CYCLE_ITEM)
    .where("plan_id", "=", planId)
    .where("warning_level", "in", levels);
  if (unitId !== null) {
    q = q.where((eb) =>
      eb.or([
        eb("lead_unit_id", "=", unitId),
        eb.and([eb("lead_unit_id", "is", null), eb("unit_id", "=", unitId)]),
      ]),
    );
  }
  return q.orderBy("id").limit(limit).execute();
}

/** The reports of some commitments (period and day), for their obligations. */
export async function reportsOfItems(db: DB, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom("progress_reports")
    .select(["commitment_id", "period", "reported_at"])
    .where("commitment_id", "in", ids)
    .execute();
}

/** Returned proposals per commitment, for some commitments. */
export async function returnCountsOf(db: DB, ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom("completion_proposals")
    .select((eb) => ["commitment_id", eb.fn.countAll<number>().as("n")])
    .where("commitment_id", "in", ids)
    .where("state", "=", "returned")
    .groupBy("commitment_id")
    .execute();
  return new Map(rows.map((r) => [Number(r.commitment_id), Number(r.n)]));
}

/** Open warnings of some commitments. */
export async function openWarningsOf(db: DB, ids: number[]): Promise<WarningRecord[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom("warnings")
    .selectAll()
    .where("commitment_id", "in", ids)
    .where("cleared_on", "is", null)
    .execute();
  return rows.map(toWarning);
}

export const setWarningLevel = (db: DB, id: number, level: string) =>
  db.updateTable("commitments").set({ warning_level: level }).where("id", "=", id).execute();

export const clearWarningsOf = (db: DB, commitmentId: number, on: string) =>
  db
    .updateTable("warnings")
    .set({ cleared_on: on })
    .where("commitment_id", "=", commitmentId)
    .where("cleared_on", "is", null)
    .execute();

/** The day the plan's daily cycle pass last ran ('' when its settings changed since) and the last warning announced. */
export async function lastCycleRun(db: DB, planId: number): Promise<{ day: string; warnedThrough: number }> {
  const r = await db
    .selectFrom("cycle_runs")
    .select(["day", "warned_through"])
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return { day: r?.day ?? "", warnedThrough: Number(r?.warned_through ?? 0) };
}

export async function recordCycleRun(db: DB, planId: number, day: string) {
  await db
    .insertInto("cycle_runs")
    .values({ plan_id: planId, day })
    .onConflict((oc) => oc.column("plan_id").doUpdateSet({ day }))
    .execute();
}

export async function recordWarnedThrough(db: DB, planId: number, id: number) {
  await db
    .insertInto("cycle_runs")
    .values({ plan_id: planId, day: "", warned_through: id })
    .onConflict((oc) => oc.column("plan_id").doUpdateSet({ warned_through: id }))
    .execute();
}

/** New settings: the next run re-reads every item (the warnings announced stay announced). */
export const forgetCycleRun = (db: DB, planId: number) =>
  db.updateTable("cycle_runs").set({ day: "" }).where("plan_id", "=", planId).execute();

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

// The state column holds one of the three states only (the services write no other).
const toExtension = (r: ExtensionRow): ExtensionRequest => ({
  ...r,
  state: r.state as ExtensionRequest["state"],
});

export async function getExtension(db: DB, id: number): Promise<ExtensionRequest | undefined> {
  const r = await db.selectFrom("extension_requests").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toExtension(r);
}

export async function insertExtension(
  db: DB,
  e: Omit<ExtensionRequest, "id" | "version">,
): Promise<ExtensionRequest> {
  return toExtension(
    await db.insertInto("extension_requests").values(e).returningAll().executeTakeFirstOrThrow(),
  );
}

export const extensionsOf = async (db: DB, commitmentId: number): Promise<ExtensionRequest[]> =>
  (
    await db
      .selectFrom("extension_requests")
      .selectAll()
      .where("commitment_id", "=", commitmentId)
      .orderBy("id", "desc")
      .execute()
  ).map(toExtension);

export async function listExtensions(
  db: DB,
  f: { planId: number; state?: string; unitId?: number | null },
): Promise<ExtensionRequest[]> {
  let q = db.selectFrom("extension_requests").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return (await q.orderBy("id", "desc").limit(500).execute()).map(toExtension);
}

// Notices (督办单) ------------------------------------------------------------

// The level column holds a raised level, the state open or answered (the services write no other).
const toNotice = (r: NoticeRow): NoticeRecord => ({
  ...r,
  level: r.level as NoticeRecord["level"],
  state: r.state as NoticeRecord["state"],
});

export async function getNotice(db: DB, id: number): Promise<NoticeRecord | undefined> {
  const r = await db.selectFrom("notices").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toNotice(r);
}

export async function nextNoticeSeq(db: DB, planId: number): Promise<number> {
  const r = await db
    .selectFrom("notices")
    .select((eb) => eb.fn.max("seq").as("m"))
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertNotice(db: DB, n: Omit<NoticeRecord, "id" | "version">): Promise<NoticeRecord> {
  return toNotice(await db.insertInto("notices").values(n).returningAll().executeTakeFirstOrThrow());
}

export const noticesOf = async (db: DB, commitmentId: number): Promise<NoticeRecord[]> =>
  (
    await db
      .selectFrom("notices")
      .selectAll()
      .where("commitment_id", "=", commitmentId)
      .orderBy("id", "desc")
      .execute()
  ).map(toNotice);

export async function listNotices(
  db: DB,
  f: { planId: number; state?: string; unitId?: number | null },
): Promise<NoticeRecord[]> {
  let q = db.selectFrom("notices").selectAll().where("plan_id", "=", f.planId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.unitId !== undefined && f.unitId !== null) q = q.where("unit_id", "=", f.unitId);
  return (await q.orderBy("id", "desc").limit(500).execute()).map(toNotice);
}

// Verdict records -----------------------------------------------------------

// The verdict column holds one of VERDICTS (recordVerdict checks it before writing).
const toVerdict = (r: VerdictRecordRow): VerdictRecord => ({
  ...r,
  verdict: r.verdict as VerdictRecord["verdict"],
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

/** Warnings raised after a warning id (the primary key), oldest first: the ones not yet announced. */
export const warningsAfter = async (db: DB, planId: number, afterId: number, limit: number) =>
  (
    await db
      .selectFrom("warnings")
      .selectAll()
      .where("id", ">", afterId)
      .where("plan_id", "=", planId)
      .orderBy("id")
      .limit(limit)
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

// The assessment's counts, aggregated in the database ---------------------------

const ANSWERING = sql<number>`COALESCE(c.lead_unit_id, c.unit_id, 0)`;

/**
 * Confirmed items that reported each of some periods, per answering unit,
 * period and done flag: how many, and how many on time (the item's first
 * report for the period was not marked late; progress_marks, set at filing).
 */
export async function reportedPerUnit(db: DB, planId: number, periods: string[]) {
  if (!periods.length) return [];
  const perItem = db
    .selectFrom("progress_reports as r")
    .innerJoin("commitments as c", "c.id", "r.commitment_id")
    .leftJoin("progress_marks as m", "m.progress_id", "r.id")
    .select([
      ANSWERING.as("u"),
      "r.period as period",
      sql<number>`CASE WHEN c.status = 'done' THEN 1 ELSE 0 END`.as("done"),
      sql<number>`MIN(COALESCE(m.late, 0))`.as("late"),
    ])
    .where("r.plan_id", "=", planId)
    .where("r.period", "in", periods)
    .where("c.review_state", "=", "confirmed")
    .groupBy(["r.commitment_id", "r.period", "c.lead_unit_id", "c.unit_id", "c.status"]);
  const rows = await db
    .selectFrom(perItem.as("x"))
    .select([
      "x.u",
      "x.period",
      "x.done",
      sql<number>`SUM(CASE WHEN x.late = 0 THEN 1 ELSE 0 END)`.as("on_time"),
      sql<number>`COUNT(*)`.as("reported"),
    ])
    .groupBy(["x.u", "x.period", "x.done"])
    .execute();
  return rows.map((r) => ({
    unitId: Number(r.u),
    period: r.period,
    done: Number(r.done) === 1,
    onTime: Number(r.on_time),
    reported: Number(r.reported),
  }));
}

/** Targets of confirmed items (baselines left out) per answering unit: how many, how many met. */
export async function targetsPerUnit(db: DB, planId: number) {
  // From the aggregate table (targets of confirmed items per answering unit
  // and status): a plan's few thousand cells, not its targets joined to its items.
  const rows = await db
    .selectFrom("agg_unit_target_status")
    .select([
      "unit_id as u",
      sql<number>`SUM(n)`.as("total"),
      sql<number>`SUM(CASE WHEN status = 'done' THEN n ELSE 0 END)`.as("met"),
    ])
    .where("plan_id", "=", planId)
    .groupBy("unit_id")
    .having(sql<number>`SUM(n)`, ">", 0)
    .execute();
  return rows.map((r) => ({ unitId: Number(r.u), total: Number(r.total), met: Number(r.met) }));
}

/** Warnings raised between two days per answering unit (the item's now; the warning's own when gone) and level. */
export async function warningsPerUnit(db: DB, planId: number, from: string, to: string) {
  const rows = await db
    .selectFrom("warnings as w")
    .leftJoin("commitments as c", "c.id", "w.commitment_id")
    .select([
      sql<number>`COALESCE(c.lead_unit_id, c.unit_id, w.unit_id, 0)`.as("u"),
      "w.level",
      sql<number>`COUNT(*)`.as("n"),
    ])
    .where("w.plan_id", "=", planId)
    .where("w.raised_on", ">=", from)
    .where("w.raised_on", "<=", to)
    .groupBy(["c.lead_unit_id", "c.unit_id", "w.unit_id", "w.level"])
    .execute();
  return rows.map((r) => ({ unitId: Number(r.u), level: r.level, n: Number(r.n) }));
}
