// Open data: a plan's confirmed commitments, their targets and progress as
// the records docs/open-data.md documents. Confirmed items only, whoever
// asks: proposed, rejected and merged items are working data, not open data.
// Read a page of 1,000 items at a time: the CSV streams page by page (its
// targets and reports follow their items' order, then the plan's own
// indicators and their reports); the JSON document gathers the pages.
import {
  csvHead,
  csvLines,
  DATASETS,
  statusLabel,
  toOpenDataJson,
  type Column,
  type CommitmentRecord,
  type Dataset,
  type ProgressRecord,
  type TargetRecord,
} from "../exchange/index.ts";
import type { DB, Store } from "../storage/dialects/dialect.ts";
import { getDocumentSummary } from "../storage/document.repo.ts";
import { textOf } from "./document-text.ts";
import type { Plan, Target } from "../domain/types.ts";
import { openProgressFields, openTargetFields } from "../domain/open-fields.ts";
import { reportsOn } from "../storage/progress.repo.ts";
import type { Services } from "./context.ts";
import { itemPages, unitNames, withDetails, type ExportItem, type ItemFilter } from "./export-items.ts";

export type OpenDataFilter = Pick<ItemFilter, "unitId" | "goalId" | "status">;

export interface OpenData {
  commitments: CommitmentRecord[];
  targets: TargetRecord[];
  progress: ProgressRecord[];
}

const CHUNK = 500;
type Names = (id: number | null) => string | null;

/**
 * The evidence of each item: its span in its document. The last document read
 * is held (items come in id order); its text comes from the texts kept
 * between requests (document-text.ts), so an export whose items alternate
 * between documents, or the next export after a write, reads each document's
 * row of a few columns and not its whole text again.
 */
function evidenceReader(store: Store) {
  let held: { id: number; text: string } | null = null;
  return async (documentId: number, start: number, end: number): Promise<string | null> => {
    if (held?.id !== documentId) {
      const d = await getDocumentSummary(store.db, documentId);
      held = { id: documentId, text: d ? await textOf(store, d).catch(() => "") : "" };
    }
    return held.text ? held.text.slice(start, end) : null;
  };
}

const targetRecord =
  (name: Names) =>
  (t: Target): TargetRecord => ({
    id: t.id,
    commitment_id: t.commitment_id,
    unit: name(t.unit_id),
    ...openTargetFields(t),
    status_label: statusLabel(t.status),
  });

async function reportsOf(
  db: DB,
  column: "commitment_id" | "target_id",
  keys: number[],
  leadOf: Map<number, string | null>,
): Promise<ProgressRecord[]> {
  return (await reportsOn(db, column, keys))
    .map((p) => ({
      id: p.id,
      commitment_id: p.commitment_id,
      target_id: p.target_id,
      unit: p.commitment_id === null ? null : (leadOf.get(p.commitment_id) ?? null),
      ...openProgressFields(p),
    }))
    .sort((a, b) => a.id - b.id);
}

/** The records of one page of items: the items, their targets and their reports, each by id. */
async function pageRecords(
  db: DB,
  plan: Plan,
  items: ExportItem[],
  name: Names,
  evidence: ReturnType<typeof evidenceReader>,
  dataset: Dataset | "all",
): Promise<OpenData> {
  const out: OpenData = { commitments: [], targets: [], progress: [] };
  if (dataset === "commitments" || dataset === "all") {
    for (const { row, goals, cooperating, latest } of items) {
      out.commitments.push({
        id: row.id,
        plan_id: plan.id,
        plan: plan.name,
        unit: name(row.unit_id),
        lead_unit: name(row.lead_unit_id),
        cooperating_units: cooperating.map((u) => name(u) ?? String(u)),
        text: row.text,
        goals,
        deadline: row.deadline,
        due_date: row.due_date,
        status: row.status,
        status_label: statusLabel(row.status),
        latest_period: latest?.period ?? null,
        latest_progress: latest?.narrative ?? null,
        document_id: row.document_id,
        source_sentence: await evidence(row.document_id, row.span_start, row.span_end),
        updated_at: row.updated_at,
      });
    }
  }
  const ids = items.map((i) => i.row.id);
  if (dataset === "targets" || dataset === "all") {
    const rows: Target[] = [];
    for (let i = 0; i < ids.length; i += CHUNK)
      rows.push(
        ...(await db
          .selectFrom("targets")
          .selectAll()
          .where("commitment_id", "in", ids.slice(i, i + CHUNK))
          .execute()),
      );
    out.targets = rows
      .filter((t) => !t.is_baseline)
      .sort((a, b) => a.id - b.id)
      .map(targetRecord(name));
  }
  if (dataset === "progress" || dataset === "all") {
    const leadOf = new Map(items.map((i) => [i.row.id, name(i.row.lead_unit_id ?? i.row.unit_id)]));
    out.progress = await reportsOf(db, "commitment_id", ids, leadOf);
  }
  return out;
}

/** The plan's own indicators (targets of no item) and their reports: open data only when nothing narrows the list. */
async function indicatorRecords(db: DB, plan: Plan, f: OpenDataFilter, name: Names) {
  const unfiltered = f.unitId === undefined && f.goalId === undefined && f.status === undefined;
  if (!unfiltered) return { targets: [], progress: [] };
  const rows = await db
    .selectFrom("targets")
    .selectAll()
    .where("plan_id", "=", plan.id)
    .where("commitment_id", "is", null)
    .orderBy("id")
    .execute();
  const targets = rows.filter((t) => !t.is_baseline).map(targetRecord(name));
  const progress = await reportsOf(
    db,
    "target_id",
    targets.map((t) => t.id),
    new Map(),
  );
  return { targets, progress };
}

async function* recordPages(store: Store, plan: Plan, f: OpenDataFilter, dataset: Dataset | "all") {
  const db = store.db;
  const name = await unitNames(db);
  const evidence = evidenceReader(store);
  for await (const page of itemPages(db, { ...f, planId: plan.id, reviewStates: ["confirmed"] }))
    yield await pageRecords(db, plan, await withDetails(db, page), name, evidence, dataset);
  if (dataset !== "commitments") yield { commitments: [], ...(await indicatorRecords(db, plan, f, name)) };
}

/** Everything at once, each dataset by id (the JSON document). */
export async function openData(store: Store, plan: Plan, f: OpenDataFilter): Promise<OpenData> {
  const all: OpenData = { commitments: [], targets: [], progress: [] };
  for await (const p of recordPages(store, plan, f, "all")) {
    all.commitments.push(...p.commitments);
    all.targets.push(...p.targets);
    all.progress.push(...p.progress);
  }
  all.targets.sort((a, b) => a.id - b.id);
  all.progress.sort((a, b) => a.id - b.id);
  return all;
}

/**
 * One dataset as CSV, a page at a time: the header, then each page's lines.
 * The first chunk is made before anything is read, so the route can start
 * answering at once; memory holds one page of items.
 */
export async function* openDataCsv(
  s: Services,
  plan: Plan,
  f: OpenDataFilter,
  dataset: Dataset = "commitments",
): AsyncGenerator<string> {
  const columns = DATASETS[dataset] as Column<object>[];
  yield csvHead(columns);
  for await (const p of recordPages(s.store, plan, f, dataset)) {
    const lines = csvLines(columns, p[dataset] as object[]);
    if (lines) yield lines;
  }
}

export async function openDataFile(
  s: Services,
  plan: Plan,
  format: "csv" | "json",
  f: OpenDataFilter,
  dataset: Dataset = "commitments",
): Promise<{ text: string; count: number }> {
  if (format === "json") {
    const data = await openData(s.store, plan, f);
    const text = toOpenDataJson(
      { plan: { id: plan.id, name: plan.name }, generated_at: s.now().toISOString() },
      data,
    );
    return { text, count: data.commitments.length };
  }
  const columns = DATASETS[dataset] as Column<object>[];
  let text = csvHead(columns);
  let count = 0;
  for await (const p of recordPages(s.store, plan, f, dataset)) {
    const records = p[dataset] as object[];
    count += records.length;
    text += csvLines(columns, records);
  }
  return { text, count };
}
