// The Excel task table (任务分解表): export for any filter, and import.
//
// Import is one transaction. A row that names an item (系统编号 + 版本号, as
// an export writes them) updates that item when a read column differs —
// 任务内容, 牵头单位, 配合单位, 完成时限, and 进展情况 as a progress report
// on confirmed items; a stale version is reported and not applied; an
// unchanged row changes nothing. A row without an ID whose task is already
// in the plan is left as it is (re-importing the office's own table adds
// nothing twice); any other row becomes a new proposed item whose evidence is
// its line in a document made from the imported rows. Nothing is stored when
// a row cannot be read, unless the import is partial: then those rows are
// skipped and reported. Each changed or created item gets its own audit entry
// (its history shows the import), and the import one summary entry.
import { createHash } from "node:crypto";
import { LantuError } from "../errors.ts";
import { periodEnd } from "../domain/period.ts";
import { searchTerms } from "../domain/search-terms.ts";
import type { Actor } from "../domain/types.ts";
import {
  readTaskTable,
  unitResolver,
  writeTaskTable,
  type RowProblem,
  type TaskRow,
  type TaskTableItem,
  type TaskTableRead,
} from "../exchange/index.ts";
import { appendAudit, type AuditEntry } from "../storage/audit.repo.ts";
import {
  cooperatingUnits,
  getCommitment,
  insertCommitment,
  replaceCooperating,
  replaceGoals,
  replaceTerms,
  type GoalLink,
} from "../storage/commitment.repo.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { findDocumentByHash, insertDocument } from "../storage/document.repo.ts";
import { findPlanByName, getPlan, insertPlan, listGoals, listPlans } from "../storage/plan.repo.ts";
import { insertProgress } from "../storage/progress.repo.ts";
import type { CommitmentRow, PlanRow } from "../storage/schema.ts";
import { listUnits } from "../storage/unit.repo.ts";
import { json, parseList, updateVersioned } from "../storage/util.ts";
import { today, type Services } from "./context.ts";
import { latestProgress, selectItems, unitNames, withDetails, type ItemFilter } from "./export-items.ts";
import { changingCommitment } from "./status.service.ts";

/** A plan by id or name; `create` makes a named plan that does not exist yet. */
export async function findPlan(db: DB, ref: string, create?: string): Promise<PlanRow> {
  const plan = /^\d+$/.test(ref) ? await getPlan(db, Number(ref)) : await findPlanByName(db, ref);
  if (plan) return plan;
  if (create !== undefined && !/^\d+$/.test(ref)) return insertPlan(db, ref, null, create);
  throw new LantuError("not_found", `no plan "${ref}" (give its id or name)`);
}

/** The only plan, when there is exactly one. */
export async function onlyPlan(db: DB): Promise<PlanRow> {
  const plans = await listPlans(db, null, 2);
  if (plans.length === 1) return plans[0]!;
  throw new LantuError(
    "bad_argument",
    plans.length
      ? "there are several plans: name one with --plan"
      : "there is no plan yet: ingest a document first",
  );
}

// Export ---------------------------------------------------------------

export interface TaskTableExport {
  bytes: Buffer;
  count: number;
  plan: PlanRow;
}

export async function exportTaskTable(
  s: Services,
  plan: PlanRow,
  filter: Omit<ItemFilter, "planId">,
  working: boolean,
): Promise<TaskTableExport> {
  const db = s.store.db;
  const items = await withDetails(db, await selectItems(db, { ...filter, planId: plan.id }));
  const name = await unitNames(db);
  const rows: TaskTableItem[] = items.map((it) => ({
    id: it.row.id,
    version: it.row.version,
    text: it.row.text,
    lead: name(it.row.lead_unit_id),
    cooperating: it.cooperating.map((u) => name(u) ?? String(u)),
    deadline: it.row.deadline,
    progress: it.latest?.narrative ?? null,
    status: it.row.status,
    review: it.row.review_state,
    goals: it.goals,
  }));
  const bytes = await writeTaskTable(rows, {
    title: `${plan.name} 任务分解表`,
    note: `导出时间：${today(s)}，共${rows.length}项。`,
    working,
  });
  return { bytes, count: rows.length, plan };
}

// Import ---------------------------------------------------------------

export interface ImportOptions {
  /** The file's name, for the audit log and the source document. */
  source: string;
  /** A plan id or name (a new name makes a new plan); else the plan the IDs name, or the only plan. */
  plan?: string;
  partial?: boolean;
}

export interface ImportReport {
  plan: { id: number; name: string };
  sheet: string;
  rows: number;
  created: number[];
  updated: number[];
  unchanged: number;
  /** Rows without an ID whose task the plan already has. */
  existing: number;
  stale: { row: number; id: number; version: number; current: number }[];
  /** Rows skipped (a partial import) — or, when not partial, never returned: the import is refused. */
  skipped: RowProblem[];
  notes: { row: number; message: string }[];
  document_id: number | null;
}

/** The quarter a day falls in, as a reporting period: 2023-05-10 → 2023Q2. */
function quarterOf(day: string): { name: string; end: string } {
  const name = `${day.slice(0, 4)}Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
  return { name, end: periodEnd(name)! };
}

const sameText = (t: string) => t.normalize("NFKC").replace(/\s+/g, "");

interface Resolved {
  row: TaskRow;
  lead: number | null;
  cooperating: number[];
  deadline: string | null;
  current: CommitmentRow | null;
}

export async function importTaskTable(
  s: Services,
  actor: Actor,
  bytes: Uint8Array,
  o: ImportOptions,
): Promise<ImportReport> {
  const year = s.now().getUTCFullYear();
  let read = await readTaskTable(bytes, { refYear: year });
  const titled = /((?:19|20)\d{2})\s*年/.exec(read.title ?? "");
  if (titled && Number(titled[1]) !== year) read = await readTaskTable(bytes, { refYear: Number(titled[1]) });

  // One transaction; the summary audit entry only when something changed, so
  // that importing an unchanged export leaves the database as it was.
  return s.store.db.transaction().execute(async (trx) => {
    const now = s.now().toISOString();
    const { result, audit } = await importRows(s, trx, now, actor, read, titled?.[1], o);
    if (result.created.length || result.updated.length) await appendAudit(trx, actor, audit, now);
    return result;
  });
}

async function importRows(
  s: Services,
  trx: DB,
  now: string,
  actor: Actor,
  read: TaskTableRead,
  tableYear: string | undefined,
  o: ImportOptions,
): Promise<{ result: ImportReport; audit: AuditEntry }> {
  const year = s.now().getUTCFullYear();
  const day = today(s);
  const problems: RowProblem[] = [...read.problems];
  const problem = (row: number, f: keyof typeof read.columns, reason: string) =>
    problems.push({
      row,
      column: read.columns[f]?.letter ?? "",
      header: read.columns[f]?.header ?? "",
      reason,
    });

  // The items the rows name, and the plan they (or the caller) say.
  const named = new Map<number, CommitmentRow>();
  for (const r of [...read.rows, ...read.rejected]) {
    if (r.id === null) continue;
    const c = await getCommitment(trx, r.id);
    if (c) named.set(r.id, c);
  }
  let plan: PlanRow;
  if (o.plan) plan = await findPlan(trx, o.plan, now);
  else if (named.size) plan = (await getPlan(trx, [...named.values()][0]!.plan_id))!;
  else plan = await onlyPlan(trx);

  const resolve = unitResolver(
    (await listUnits(trx)).map((u) => ({ id: u.id, name: u.name, aliases: parseList(u.aliases) })),
  );
  const resolved: Resolved[] = [];
  const rejected = new Set(read.rejected);
  for (const r of [...read.rows, ...read.rejected]) {
    const before = problems.length;
    const units = (names: string[], f: "lead" | "cooperating") =>
      names.flatMap((n) => {
        const id = resolve(n);
        if (id === null)
          problem(r.row, f, `no unit "${n}" (nor an alias of one); add the unit or the alias first`);
        return id === null ? [] : [id];
      });
    const leads = units(r.lead, "lead");
    const coop = units(r.cooperating, "cooperating");
    let current: CommitmentRow | null = null;
    if (r.id !== null) {
      current = named.get(r.id) ?? null;
      if (!current || current.plan_id !== plan.id)
        problem(r.row, "id", `no item ${r.id} in plan "${plan.name}"`);
    }
    if (problems.length > before || rejected.has(r)) continue;
    const lead = leads[0] ?? null;
    resolved.push({
      row: r,
      lead,
      cooperating: [...new Set([...leads.slice(1), ...coop])].filter((u) => u !== lead),
      deadline: r.deadline.kind === "date" ? r.deadline.date : null,
      current,
    });
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  if (problems.length && !o.partial) {
    const first = problems.slice(0, 3).map(describeProblem).join("; ");
    throw new LantuError(
      "import_rejected",
      `${o.source}: ${problems.length} problem${problems.length > 1 ? "s" : ""} in ${new Set(problems.map((p) => p.row)).size} row(s), nothing imported (fix them, or import the rest with --partial): ${first}${problems.length > 3 ? "; …" : ""}`,
      { problems },
    );
  }

  const report: ImportReport = {
    plan: { id: plan.id, name: plan.name },
    sheet: read.sheet,
    rows: read.rows.length,
    created: [],
    updated: [],
    unchanged: 0,
    existing: 0,
    stale: [],
    skipped: problems,
    notes: [],
    document_id: null,
  };
  const period = quarterOf(day);
  const audit = (action: string, id: number, before: unknown, after: unknown) =>
    appendAudit(
      trx,
      actor,
      { planId: plan.id, action, entity: "commitment", entityId: id, before, after },
      now,
    );

  // Rows naming an item: update what differs.
  const withId = resolved.filter((r) => r.current);
  const coopNow = new Map<number, number[]>();
  for (const c of await cooperatingUnits(
    trx,
    withId.map((r) => r.current!.id),
  ))
    coopNow.set(c.commitment_id, [...(coopNow.get(c.commitment_id) ?? []), c.unit_id]);
  const latest = await latestProgress(
    trx,
    withId.map((r) => r.current!.id),
  );
  for (const r of withId) {
    const c = r.current!;
    const coopBefore = coopNow.get(c.id) ?? [];
    const progressNow = latest.get(c.id)?.narrative ?? null;
    const diff = {
      text: r.row.text !== c.text,
      lead: r.lead !== c.lead_unit_id,
      cooperating: [...r.cooperating].sort().join() !== [...coopBefore].sort().join(),
      deadline: r.deadline !== c.deadline,
      progress: r.row.progress !== null && r.row.progress !== progressNow,
    };
    if (diff.progress && c.review_state !== "confirmed") {
      diff.progress = false;
      report.notes.push({
        row: r.row.row,
        message: `item ${c.id} is ${c.review_state}: progress is filed on confirmed items only`,
      });
    }
    if (!Object.values(diff).some(Boolean)) {
      report.unchanged++;
      continue;
    }
    if (r.row.version !== null && r.row.version !== c.version) {
      report.stale.push({ row: r.row.row, id: c.id, version: r.row.version, current: c.version });
      continue;
    }
    if (c.review_state === "merged" || c.review_state === "rejected") {
      report.notes.push({ row: r.row.row, message: `item ${c.id} is ${c.review_state}; not changed` });
      continue;
    }
    await changingCommitment(trx, c.id, day, async () => {
      const patch: Record<string, unknown> = { updated_at: now };
      if (diff.text) Object.assign(patch, { text: r.row.text, edited: 1 });
      if (diff.lead) patch.lead_unit_id = r.lead;
      if (diff.deadline) patch.deadline = r.deadline;
      await updateVersioned(trx, "commitments", c.id, c.version, patch);
      if (diff.text) await replaceTerms(trx, plan.id, c.id, searchTerms(r.row.text));
      if (diff.cooperating) await replaceCooperating(trx, plan.id, c.id, r.cooperating);
      if (diff.progress) {
        await insertProgress(trx, {
          plan_id: plan.id,
          commitment_id: c.id,
          target_id: null,
          period: period.name,
          period_end: period.end,
          narrative: r.row.progress!,
          figure: null,
          complete: 0,
          evidence_links: json([]),
          reporter_id: actor.id,
          reporter_name: actor.name,
          reported_at: now,
        });
      }
    });
    const after = (await getCommitment(trx, c.id))!;
    await audit(
      "import_update",
      c.id,
      { ...c, cooperating_unit_ids: coopBefore, progress: progressNow },
      {
        ...after,
        cooperating_unit_ids: r.cooperating,
        progress: diff.progress ? r.row.progress : progressNow,
      },
    );
    report.updated.push(c.id);
  }

  // Rows without an ID: known tasks are left alone, the rest become proposed items.
  const known = new Set(
    (await trx.selectFrom("commitments").select("text").where("plan_id", "=", plan.id).execute()).map((c) =>
      sameText(c.text),
    ),
  );
  const fresh: Resolved[] = [];
  for (const r of resolved.filter((x) => !x.current)) {
    const key = sameText(r.row.text);
    if (known.has(key)) {
      report.existing++;
      continue;
    }
    known.add(key);
    fresh.push(r);
  }
  if (fresh.length) {
    const header = `任务分解表导入：${o.source}（${plan.name}）${read.title ? " " + read.title : ""}`;
    const lines = [header];
    const spans: [number, number][] = [];
    let offset = header.length + 1;
    for (const r of fresh) {
      spans.push([offset, offset + r.row.text.length]);
      lines.push(r.row.text);
      offset += r.row.text.length + 1;
    }
    const text = lines.join("\n");
    const hash = createHash("sha256").update(text).digest("hex");
    const doc =
      (await findDocumentByHash(trx, hash))?.plan_id === plan.id
        ? (await findDocumentByHash(trx, hash))!
        : await insertDocument(trx, {
            plan_id: plan.id,
            hash,
            title: read.title ?? o.source,
            source: o.source,
            year: Number(tableYear ?? year),
            encoding: "utf-8",
            format: "xlsx",
            text,
            revises_id: null,
            created_at: now,
          });
    report.document_id = doc.id;
    const goals = await listGoals(trx, plan.id);
    for (const [i, r] of fresh.entries()) {
      const row = await insertCommitment(trx, {
        plan_id: plan.id,
        document_id: doc.id,
        unit_id: r.lead,
        lead_unit_id: r.lead,
        text: r.row.text,
        span_start: spans[i]![0],
        span_end: spans[i]![1],
        review_state: "proposed",
        edited: 0,
        deadline: r.deadline,
        status: "not_started",
        status_reason: "no_report",
        created_at: now,
        updated_at: now,
      });
      const links = sectionGoals(r.row.section, goals);
      await changingCommitment(
        trx,
        row.id,
        day,
        async () => {
          await replaceGoals(trx, plan.id, row.id, links);
          await replaceCooperating(trx, plan.id, row.id, r.cooperating);
          await replaceTerms(trx, plan.id, row.id, searchTerms(r.row.text));
        },
        true,
      );
      if (r.row.progress) {
        report.notes.push({
          row: r.row.row,
          message: `new item ${row.id} is proposed: its 进展情况 is filed once it is confirmed`,
        });
      }
      await audit("import_create", row.id, null, {
        ...(await getCommitment(trx, row.id)),
        cooperating_unit_ids: r.cooperating,
        row: r.row.row,
      });
      report.created.push(row.id);
    }
  }
  return {
    result: report,
    audit: {
      planId: plan.id,
      action: "import_table",
      entity: "plan",
      entityId: plan.id,
      before: null,
      after: {
        source: o.source,
        partial: Boolean(o.partial),
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        existing: report.existing,
        stale: report.stale,
        skipped: report.skipped,
      },
    },
  };
}

/** Goals named by the section a row sits under (一、科创引领之城 → 科创引领之城). */
function sectionGoals(
  section: string | null,
  goals: { id: number; name: string; aliases: string }[],
): GoalLink[] {
  if (!section) return [];
  return goals
    .filter((g) => [g.name, ...parseList(g.aliases)].some((n) => n.length >= 2 && section.includes(n)))
    .map((g) => ({
      goal_id: g.id,
      confidence: 0.9,
      cue_kind: "section",
      cue_text: section,
      cue_start: null,
      cue_end: null,
    }));
}

export const describeProblem = (p: RowProblem) =>
  `row ${p.row}${p.column ? `, column ${p.column}${p.header ? ` (${p.header.replace(/\s+/g, "")})` : ""}` : ""}: ${p.reason}`;
