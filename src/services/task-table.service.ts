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
//
// A preview (previewTaskTable) reads the same file the same way and says what
// importing it would do, row by row — new, updated (each field before →
// after), unchanged, already in the plan, stale, kept (a merged or rejected
// item), rejected (with its problems) — and gives a token: a hash of the file
// and of that answer, the versions of the items it names included. An import
// given the token works the answer out again in its own transaction and
// refuses (import_preview_stale, 409) when it is not the one previewed: a
// later change to an item the table names, a new item with a row's task, a
// unit alias that now reads a name. Otherwise it applies exactly that, all of
// it or nothing.
import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { LantuError } from "../errors.ts";
import { periodEnd } from "../domain/period.ts";
import type { Actor, Goal, Plan, Unit, Commitment, PlanDocument } from "../domain/types.ts";
import {
  readTaskTable,
  type ProblemCode,
  unitResolver,
  writeTaskTableTo,
  type RowProblem,
  type TaskRow,
  type TaskTableItem,
  type TaskTableRead,
} from "../exchange/index.ts";
import { appendAudit, type AuditEntry } from "../storage/audit.repo.ts";
import {
  cooperatingUnits,
  getCommitment,
  replaceCooperating,
  replaceSearch,
  type GoalLink,
} from "../storage/commitment.repo.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { findDocumentByHash, insertDocument } from "../storage/document.repo.ts";
import { findPlanByName, getPlan, insertPlan, listGoals, listPlans } from "../storage/plan.repo.ts";
import { insertProgress } from "../storage/progress.repo.ts";
import { listUnits } from "../storage/unit.repo.ts";
import { updateVersioned } from "../storage/util.ts";
import { today, type Services } from "./context.ts";
import {
  countItems,
  itemPages,
  latestProgress,
  unitNames,
  withDetails,
  type ExportItem,
  type ItemFilter,
} from "./export-items.ts";
import { collect } from "./collect.ts";
import { createProposedCommitment } from "./proposed-commitment.ts";
import { changingCommitment, settleCommitment } from "./status.service.ts";

/** One item as a row of the task table (the bench of its writer reads rows the same way). */
export function taskTableItem(it: ExportItem, name: (id: number | null) => string | null): TaskTableItem {
  return {
    id: it.row.id,
    version: it.row.version,
    text: it.row.text,
    lead: name(it.row.lead_unit_id),
    cooperating: it.cooperating.map((u) => name(u) ?? String(u)),
    // 完成时限 is the date the item is judged against, as on its page and in the
    // 通报: the deadline set, else its targets' latest due year.
    deadline: it.row.due_date,
    progress: it.latest?.narrative ?? null,
    status: it.row.status,
    review: it.row.review_state,
    goals: it.goals,
  };
}

/** A plan by id or name; `create` makes a named plan that does not exist yet. */
export async function findPlan(db: DB, ref: string, create?: string): Promise<Plan> {
  const plan = /^\d+$/.test(ref) ? await getPlan(db, Number(ref)) : await findPlanByName(db, ref);
  if (plan) return plan;
  if (create !== undefined && !/^\d+$/.test(ref)) return insertPlan(db, ref, null, create);
  throw new LantuError("not_found", `no plan "${ref}" (give its id or name)`);
}

/** The only plan, when there is exactly one. */
export async function onlyPlan(db: DB): Promise<Plan> {
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
  plan: Plan;
}

/**
 * The task table for a filter, ready to stream: the count (said in the note
 * above the rows) is read first, so a bad request fails before any byte is
 * sent; `write` then reads and writes a page of 1,000 items at a time.
 */
export async function taskTableExport(
  s: Services,
  plan: Plan,
  filter: Omit<ItemFilter, "planId">,
  working: boolean,
): Promise<{ count: number; write: (out: Writable) => Promise<void> }> {
  const db = s.store.db;
  const f = { ...filter, planId: plan.id };
  const count = await countItems(db, f);
  const name = await unitNames(db);
  async function* rows(): AsyncGenerator<TaskTableItem[]> {
    for await (const page of itemPages(db, f)) {
      yield (await withDetails(db, page)).map((it) => taskTableItem(it, name));
    }
  }
  const options = {
    title: `${plan.name} 任务分解表`,
    note: `导出时间：${today(s)}，共${count}项。`,
    working,
  };
  return { count, write: (out) => writeTaskTableTo(out, rows(), options) };
}

/** The whole file in memory (the CLI; the HTTP route streams). */
export async function exportTaskTable(
  s: Services,
  plan: Plan,
  filter: Omit<ItemFilter, "planId">,
  working: boolean,
): Promise<TaskTableExport> {
  const file = await taskTableExport(s, plan, filter, working);
  return { bytes: await collect(file.write), count: file.count, plan };
}

// Import ---------------------------------------------------------------

export interface ImportOptions {
  /** The file's name, for the audit log and the source document. */
  source: string;
  /** A plan id or name (a new name makes a new plan); else the plan the IDs name, or the only plan. */
  plan?: string;
  partial?: boolean;
  /** The token of a preview: refuse (409) unless the import would do what that preview said. */
  preview?: string;
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

/** The table read against the year its title names (else this year's). */
async function readForImport(
  s: Services,
  bytes: Uint8Array,
): Promise<{ read: TaskTableRead; tableYear: number }> {
  const year = s.now().getUTCFullYear();
  let read = await readTaskTable(bytes, { refYear: year });
  const titled = /((?:19|20)\d{2})\s*年/.exec(read.title ?? "");
  if (titled && Number(titled[1]) !== year) read = await readTaskTable(bytes, { refYear: Number(titled[1]) });
  return { read, tableYear: titled ? Number(titled[1]) : year };
}

export async function importTaskTable(
  s: Services,
  actor: Actor,
  bytes: Uint8Array,
  o: ImportOptions,
): Promise<ImportReport> {
  const { read, tableYear } = await readForImport(s, bytes);

  // One transaction; the summary audit entry only when something changed, so
  // that importing an unchanged export leaves the database as it was.
  return s.store.db.transaction().execute(async (trx) => {
    const w: Writing = { trx, actor, now: s.now().toISOString(), day: today(s) };
    const units = await listUnits(trx);
    const parsed = parseRows(read, units);
    const matched = await matchRows(trx, read, parsed, o, w.now);
    if (o.preview !== undefined) {
      const again = previewOf(bytes, read, parsed, matched, units);
      if (again.token !== o.preview)
        throw new LantuError(
          "import_preview_stale",
          `${o.source}: the plan changed since the preview (or the file is not the one previewed); preview it again`,
          { preview: again },
        );
    }
    if (matched.problems.length && !o.partial) refuse(o.source, matched.problems);
    const report = await applyRows(w, read, matched, o, tableYear);
    if (report.created.length || report.updated.length)
      await appendAudit(trx, actor, importAudit(report, o), w.now);
    return report;
  });
}

// Preview ----------------------------------------------------------------

export type PreviewKind = "new" | "updated" | "unchanged" | "existing" | "stale" | "kept" | "rejected";
export const PREVIEW_KINDS: readonly PreviewKind[] = [
  "new",
  "updated",
  "unchanged",
  "existing",
  "stale",
  "kept",
  "rejected",
];
export type ChangedField = keyof Diff;
export type NoteCode = "progress_not_confirmed" | "item_closed" | "progress_later";

export interface PreviewRow {
  row: number;
  kind: PreviewKind;
  /** The item the row names, if it names one the plan has. */
  id: number | null;
  text: string;
  /** The item's version now (rows naming an item). */
  version: number | null;
  /** The version the table has. */
  table_version: number | null;
  changes: { field: ChangedField; before: string | null; after: string | null }[];
  problems: Omit<RowProblem, "row">[];
  notes: { code: NoteCode; value?: string; message: string }[];
}

export interface ImportPreview {
  plan: { id: number; name: string };
  sheet: string;
  rows: number;
  counts: Record<PreviewKind, number>;
  items: PreviewRow[];
  /** Give it back to the import: it refuses when the import would no longer do this. */
  token: string;
}

/** What importing the table would do, changing nothing. */
export async function previewTaskTable(
  s: Services,
  bytes: Uint8Array,
  o: { source: string; plan?: string },
): Promise<ImportPreview> {
  const { read } = await readForImport(s, bytes);
  return s.store.db.transaction().execute(async (trx) => {
    const units = await listUnits(trx);
    const parsed = parseRows(read, units);
    const matched = await matchRows(trx, read, parsed, o, s.now().toISOString(), true);
    return previewOf(bytes, read, parsed, matched, units);
  });
}

function previewOf(
  bytes: Uint8Array,
  read: TaskTableRead,
  parsed: { rows: ParsedRow[] },
  m: Matched,
  units: Unit[],
): ImportPreview {
  const byId = new Map(units.map((u) => [u.id, u.name]));
  const name = (id: number | null) => (id === null ? null : (byId.get(id) ?? `#${id}`));
  const names = (ids: number[]) => (ids.length ? ids.map((u) => name(u)).join("、") : null);
  const items = new Map<number, PreviewRow>();
  const blank = (r: ParsedRow, kind: PreviewKind, id: number | null): PreviewRow => ({
    row: r.row.row,
    kind,
    id,
    text: r.row.text,
    version: null,
    table_version: r.row.version,
    changes: [],
    problems: [],
    notes: [],
  });
  for (const c of m.classified) {
    const item = blank(c.r, c.kind, c.current?.id ?? null);
    item.version = c.current?.version ?? null;
    const { diff, current: cur } = c;
    if (c.kind === "updated" && diff && cur) {
      const changes: [ChangedField, string | null, string | null][] = [
        ["text", cur.text, c.r.row.text],
        ["lead", name(cur.lead_unit_id), name(c.r.lead)],
        ["cooperating", names(c.coopBefore ?? []), names(c.r.cooperating)],
        ["deadline", cur.deadline ?? cur.due_date, c.r.deadline],
        ["progress", c.progressNow ?? null, c.r.row.progress],
      ];
      item.changes = changes
        .filter(([f]) => diff[f])
        .map(([field, before, after]) => ({ field, before, after }));
    }
    items.set(item.row, item);
  }
  const rowOf = new Map(parsed.rows.map((r) => [r.row.row, r]));
  for (const { row, ...problem } of m.problems) {
    let item = items.get(row);
    if (item?.kind !== "rejected") {
      const r = rowOf.get(row)!;
      item = blank(r, "rejected", r.row.id);
      items.set(row, item);
    }
    item.problems.push(problem);
  }
  for (const n of m.notes)
    items
      .get(n.row)
      ?.notes.push({ code: n.code, ...(n.value ? { value: n.value } : {}), message: n.message });
  const list = [...items.values()].sort((a, b) => a.row - b.row);
  const counts = Object.fromEntries(
    PREVIEW_KINDS.map((k) => [k, list.filter((i) => i.kind === k).length]),
  ) as Record<PreviewKind, number>;
  const plan = { id: m.plan.id, name: m.plan.name };
  const file = createHash("sha256").update(bytes).digest("hex");
  const token = createHash("sha256")
    .update(JSON.stringify({ file, plan: plan.id, items: list }))
    .digest("hex")
    .slice(0, 40);
  return {
    plan,
    sheet: read.sheet,
    rows: read.rows.length + read.rejected.length,
    counts,
    items: list,
    token,
  };
}

/** Where and by whom an import writes. */
interface Writing {
  trx: DB;
  actor: Actor;
  now: string;
  day: string;
}

// Parse: each row's units read by name or alias, its deadline as a date ------

interface ParsedRow {
  row: TaskRow;
  lead: number | null;
  cooperating: number[];
  deadline: string | null;
  /** False when the read or a unit name found a problem in the row. */
  readable: boolean;
}

function columnProblem(
  read: TaskTableRead,
  row: number,
  f: keyof TaskTableRead["columns"],
  code: ProblemCode,
  value: string,
  reason: string,
): RowProblem {
  return {
    row,
    column: read.columns[f]?.letter ?? "",
    header: read.columns[f]?.header ?? "",
    code,
    value,
    reason,
  };
}

function parseRows(read: TaskTableRead, units: Unit[]): { rows: ParsedRow[]; problems: RowProblem[] } {
  const resolve = unitResolver(units);
  const problems: RowProblem[] = [...read.problems];
  const rejected = new Set(read.rejected);
  const rows = [...read.rows, ...read.rejected].map((r): ParsedRow => {
    const before = problems.length;
    const ids = (names: string[], f: "lead" | "cooperating") =>
      names.flatMap((n) => {
        const id = resolve(n);
        if (id === null)
          problems.push(
            columnProblem(
              read,
              r.row,
              f,
              "unknown_unit",
              n,
              `no unit "${n}" (nor an alias of one); add the unit or the alias first`,
            ),
          );
        return id === null ? [] : [id];
      });
    const leads = ids(r.lead, "lead");
    const coop = ids(r.cooperating, "cooperating");
    const lead = leads[0] ?? null;
    return {
      row: r,
      lead,
      cooperating: [...new Set([...leads.slice(1), ...coop])].filter((u) => u !== lead),
      deadline: r.deadline.kind === "date" ? r.deadline.date : null,
      readable: problems.length === before && !rejected.has(r),
    };
  });
  return { rows, problems };
}

// Match: the plan, the items the rows name and what differs; new tasks -------

interface Diff {
  text: boolean;
  lead: boolean;
  cooperating: boolean;
  deadline: boolean;
  progress: boolean;
}

interface Update {
  r: ParsedRow;
  current: Commitment;
  diff: Diff;
  coopBefore: number[];
  progressNow: string | null;
}

interface Matched {
  plan: Plan;
  problems: RowProblem[];
  updates: Update[];
  fresh: ParsedRow[];
  unchanged: number;
  existing: number;
  stale: ImportReport["stale"];
  notes: (ImportReport["notes"][number] & { code: NoteCode; value?: string })[];
  /** Every usable row, as the preview shows it. */
  classified: {
    r: ParsedRow;
    kind: Exclude<PreviewKind, "rejected">;
    current?: Commitment;
    diff?: Diff;
    coopBefore?: number[];
    progressNow?: string | null;
  }[];
}

async function matchRows(
  trx: DB,
  read: TaskTableRead,
  parsed: { rows: ParsedRow[]; problems: RowProblem[] },
  o: { plan?: string },
  now: string,
  dryRun = false,
): Promise<Matched> {
  // The items the rows name, and the plan they (or the caller) say.
  const named = new Map<number, Commitment>();
  for (const { row } of parsed.rows) {
    if (row.id === null) continue;
    const c = await getCommitment(trx, row.id);
    if (c) named.set(row.id, c);
  }
  let plan: Plan;
  // A preview makes no plan: a name that is not one is not found.
  if (o.plan) plan = await findPlan(trx, o.plan, dryRun ? undefined : now);
  else if (named.size) plan = (await getPlan(trx, [...named.values()][0]!.plan_id))!;
  else plan = await onlyPlan(trx);

  const problems = [...parsed.problems];
  const usable: { r: ParsedRow; current: Commitment | null }[] = [];
  for (const r of parsed.rows) {
    const current = r.row.id === null ? null : (named.get(r.row.id) ?? null);
    if (r.row.id !== null && current?.plan_id !== plan.id) {
      problems.push(
        columnProblem(
          read,
          r.row.row,
          "id",
          "not_in_plan",
          String(r.row.id),
          `no item ${r.row.id} in plan "${plan.name}"`,
        ),
      );
    } else if (r.readable) usable.push({ r, current });
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

  const m: Matched = {
    plan,
    problems,
    updates: [],
    fresh: [],
    unchanged: 0,
    existing: 0,
    stale: [],
    notes: [],
    classified: [],
  };
  await compareNamed(
    trx,
    usable.flatMap(({ r, current }) => (current ? [{ r, current }] : [])),
    m,
  );
  await sortNew(
    trx,
    usable.flatMap(({ r, current }) => (current ? [] : [r])),
    m,
  );
  return m;
}

function refuse(source: string, problems: RowProblem[]): never {
  const first = problems.slice(0, 3).map(describeProblem).join("; ");
  throw new LantuError(
    "import_rejected",
    `${source}: ${problems.length} problem${problems.length > 1 ? "s" : ""} in ${new Set(problems.map((p) => p.row)).size} row(s), nothing imported (fix them, or import the rest with --partial): ${first}${problems.length > 3 ? "; …" : ""}`,
    { problems },
  );
}

/**
 * Whether a row's 完成时限 is what the item has: its deadline, or — with no
 * deadline set — the due date the export wrote in its place (or nothing).
 */
const sameDeadline = (given: string | null, c: Commitment) =>
  given === c.deadline || (c.deadline === null && given === c.due_date);

/** Rows naming an item: unchanged, stale, not changeable, or an update of what differs. */
async function compareNamed(trx: DB, rows: { r: ParsedRow; current: Commitment }[], m: Matched) {
  const ids = rows.map(({ current }) => current.id);
  const coopNow = new Map<number, number[]>();
  for (const c of await cooperatingUnits(trx, ids))
    coopNow.set(c.commitment_id, [...(coopNow.get(c.commitment_id) ?? []), c.unit_id]);
  const latest = await latestProgress(trx, ids);
  for (const { r, current: c } of rows) {
    const coopBefore = coopNow.get(c.id) ?? [];
    const progressNow = latest.get(c.id)?.narrative ?? null;
    const diff: Diff = {
      text: r.row.text !== c.text,
      lead: r.lead !== c.lead_unit_id,
      cooperating: [...r.cooperating].sort().join() !== [...coopBefore].sort().join(),
      deadline: !sameDeadline(r.deadline, c),
      progress: r.row.progress !== null && r.row.progress !== progressNow,
    };
    if (diff.progress && c.review_state !== "confirmed") {
      diff.progress = false;
      m.notes.push({
        row: r.row.row,
        code: "progress_not_confirmed",
        value: c.review_state,
        message: `item ${c.id} is ${c.review_state}: progress is filed on confirmed items only`,
      });
    }
    const seen = { r, current: c };
    if (!Object.values(diff).some(Boolean)) {
      m.unchanged++;
      m.classified.push({ ...seen, kind: "unchanged" });
    } else if (r.row.version !== null && r.row.version !== c.version) {
      m.stale.push({ row: r.row.row, id: c.id, version: r.row.version, current: c.version });
      m.classified.push({ ...seen, kind: "stale" });
    } else if (c.review_state === "merged" || c.review_state === "rejected") {
      m.notes.push({
        row: r.row.row,
        code: "item_closed",
        value: c.review_state,
        message: `item ${c.id} is ${c.review_state}; not changed`,
      });
      m.classified.push({ ...seen, kind: "kept" });
    } else {
      m.updates.push({ r, current: c, diff, coopBefore, progressNow });
      m.classified.push({ ...seen, kind: "updated", diff, coopBefore, progressNow });
    }
  }
}

/** Rows without an ID: a task the plan already has is left alone, the rest are new. */
async function sortNew(trx: DB, rows: ParsedRow[], m: Matched) {
  const known = new Set(
    (await trx.selectFrom("commitments").select("text").where("plan_id", "=", m.plan.id).execute()).map((c) =>
      sameText(c.text),
    ),
  );
  for (const r of rows) {
    const key = sameText(r.row.text);
    if (known.has(key)) {
      m.existing++;
      m.classified.push({ r, kind: "existing" });
    } else {
      known.add(key);
      m.fresh.push(r);
      m.classified.push({ r, kind: "new" });
      if (r.row.progress)
        m.notes.push({
          row: r.row.row,
          code: "progress_later",
          message: "a new item is proposed: its 进展情况 is filed once it is confirmed",
        });
    }
  }
}

// Apply: updates, then new proposed items, each with its own audit entry ------

async function applyRows(
  w: Writing,
  read: TaskTableRead,
  m: Matched,
  o: ImportOptions,
  tableYear: number,
): Promise<ImportReport> {
  const report: ImportReport = {
    plan: { id: m.plan.id, name: m.plan.name },
    sheet: read.sheet,
    rows: read.rows.length,
    created: [],
    updated: [],
    unchanged: m.unchanged,
    existing: m.existing,
    stale: m.stale,
    skipped: m.problems,
    // The import says which item a new row became (below), the preview could not.
    notes: m.notes.filter((n) => n.code !== "progress_later").map(({ row, message }) => ({ row, message })),
    document_id: null,
  };
  for (const u of m.updates) report.updated.push(await applyUpdate(w, m.plan, u));
  if (m.fresh.length) {
    const { doc, spans } = await importDocument(w, m.plan, read, m.fresh, o.source, tableYear);
    report.document_id = doc.id;
    const goals = await listGoals(w.trx, m.plan.id);
    for (const [i, r] of m.fresh.entries()) {
      const id = await createFromRow(w, m.plan, doc.id, spans[i]!, r, goals);
      if (r.row.progress) {
        report.notes.push({
          row: r.row.row,
          message: `new item ${id} is proposed: its 进展情况 is filed once it is confirmed`,
        });
      }
      report.created.push(id);
    }
  }
  return report;
}

const commitmentAudit = (
  w: Writing,
  planId: number,
  action: string,
  id: number,
  before: unknown,
  after: unknown,
) =>
  appendAudit(w.trx, w.actor, { planId, action, entity: "commitment", entityId: id, before, after }, w.now);

async function applyUpdate(w: Writing, plan: Plan, u: Update): Promise<number> {
  const { trx, now } = w;
  const { r, current: c, diff } = u;
  await changingCommitment(trx, c.id, w.day, async () => {
    const patch: Record<string, unknown> = { updated_at: now };
    if (diff.text) Object.assign(patch, { text: r.row.text, edited: 1 });
    if (diff.lead) patch.lead_unit_id = r.lead;
    if (diff.deadline) patch.deadline = r.deadline;
    await updateVersioned(trx, "commitments", c.id, c.version, patch);
    if (diff.text) await replaceSearch(trx, plan.id, c.id, r.row.text);
    if (diff.cooperating) await replaceCooperating(trx, plan.id, c.id, r.cooperating);
    if (diff.progress) {
      const period = quarterOf(w.day);
      await insertProgress(trx, {
        plan_id: plan.id,
        commitment_id: c.id,
        target_id: null,
        period: period.name,
        period_end: period.end,
        narrative: r.row.progress!,
        figure: null,
        complete: false,
        evidence_links: [],
        reporter_id: w.actor.id,
        reporter_name: w.actor.name,
        reported_at: now,
      });
    }
  });
  const after = (await getCommitment(trx, c.id))!;
  await commitmentAudit(
    w,
    plan.id,
    "import_update",
    c.id,
    { ...c, cooperating_unit_ids: u.coopBefore, progress: u.progressNow },
    {
      ...after,
      cooperating_unit_ids: r.cooperating,
      progress: diff.progress ? r.row.progress : u.progressNow,
    },
  );
  return c.id;
}

/** The document new items cite: the import's header line, then one line per new task (its span). */
async function importDocument(
  w: Writing,
  plan: Plan,
  read: TaskTableRead,
  fresh: ParsedRow[],
  source: string,
  tableYear: number,
): Promise<{ doc: PlanDocument; spans: [number, number][] }> {
  const header = `任务分解表导入：${source}（${plan.name}）${read.title ? " " + read.title : ""}`;
  const spans: [number, number][] = [];
  let offset = header.length + 1;
  for (const r of fresh) {
    spans.push([offset, offset + r.row.text.length]);
    offset += r.row.text.length + 1;
  }
  const text = [header, ...fresh.map((r) => r.row.text)].join("\n");
  const hash = createHash("sha256").update(text).digest("hex");
  const stored = await findDocumentByHash(w.trx, hash);
  if (stored?.plan_id === plan.id) return { doc: stored, spans };
  const doc = await insertDocument(w.trx, {
    plan_id: plan.id,
    hash,
    title: read.title ?? source,
    source,
    year: tableYear,
    encoding: "utf-8",
    format: "xlsx",
    text,
    revises_id: null,
    created_at: w.now,
  });
  return { doc, spans };
}

/** A new proposed item from a row; its evidence is the row's line in the import document. */
async function createFromRow(
  w: Writing,
  plan: Plan,
  documentId: number,
  span: [number, number],
  r: ParsedRow,
  goals: Goal[],
): Promise<number> {
  const row = await createProposedCommitment(
    w.trx,
    {
      planId: plan.id,
      documentId,
      unitId: r.lead,
      text: r.row.text,
      span,
      goals: sectionGoals(r.row.section, goals),
      cooperating: r.cooperating,
      deadline: r.deadline,
    },
    w.now,
  );
  await settleCommitment(w.trx, row.id, w.day, null);
  await commitmentAudit(w, plan.id, "import_create", row.id, null, {
    ...(await getCommitment(w.trx, row.id)),
    cooperating_unit_ids: r.cooperating,
    row: r.row.row,
  });
  return row.id;
}

function importAudit(report: ImportReport, o: ImportOptions): AuditEntry {
  return {
    planId: report.plan.id,
    action: "import_table",
    entity: "plan",
    entityId: report.plan.id,
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
  };
}

/** Goals named by the section a row sits under (一、科创引领之城 → 科创引领之城). */
function sectionGoals(section: string | null, goals: Pick<Goal, "id" | "name" | "aliases">[]): GoalLink[] {
  if (!section) return [];
  return goals
    .filter((g) => [g.name, ...g.aliases].some((n) => n.length >= 2 && section.includes(n)))
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
