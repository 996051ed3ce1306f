// Open data: a plan's confirmed commitments, their targets and progress as
// the records docs/open-data.md documents. Confirmed items only, whoever
// asks: proposed, rejected and merged items are working data, not open data.
import {
  DATASETS,
  statusLabel,
  toCsv,
  toOpenDataJson,
  type Column,
  type CommitmentRecord,
  type Dataset,
  type ProgressRecord,
  type TargetRecord,
} from "../exchange/index.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import type { Plan } from "../domain/types.ts";
import type { TargetRow } from "../storage/schema.ts";
import { reportsOn } from "../storage/progress.repo.ts";
import type { Services } from "./context.ts";
import { selectItems, unitNames, withDetails, type ItemFilter } from "./export-items.ts";

export type OpenDataFilter = Pick<ItemFilter, "unitId" | "goalId" | "status">;

export interface OpenData {
  commitments: CommitmentRecord[];
  targets: TargetRecord[];
  progress: ProgressRecord[];
}

const CHUNK = 500;

export async function openData(db: DB, plan: Plan, f: OpenDataFilter): Promise<OpenData> {
  const items = await withDetails(
    db,
    await selectItems(db, { ...f, planId: plan.id, reviewStates: ["confirmed"] }),
  );
  const name = await unitNames(db);
  const ids = items.map((i) => i.row.id);

  // Source sentences: the evidence span of each item in its document.
  const docIds = [...new Set(items.map((i) => i.row.document_id))];
  const texts = new Map<number, string>();
  for (let i = 0; i < docIds.length; i += CHUNK) {
    const docs = await db
      .selectFrom("documents")
      .select(["id", "text"])
      .where("id", "in", docIds.slice(i, i + CHUNK))
      .execute();
    for (const d of docs) texts.set(d.id, d.text);
  }

  const commitments: CommitmentRecord[] = items.map(({ row, goals, cooperating, latest }) => ({
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
    source_sentence: texts.get(row.document_id)?.slice(row.span_start, row.span_end) ?? null,
    updated_at: row.updated_at,
  }));

  // Targets of those items, and the plan's own indicators when nothing narrows the list.
  const unfiltered = f.unitId === undefined && f.goalId === undefined && f.status === undefined;
  const targetRows: TargetRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    targetRows.push(
      ...(await db
        .selectFrom("targets")
        .selectAll()
        .where("commitment_id", "in", ids.slice(i, i + CHUNK))
        .execute()),
    );
  }
  if (unfiltered) {
    targetRows.push(
      ...(await db
        .selectFrom("targets")
        .selectAll()
        .where("plan_id", "=", plan.id)
        .where("commitment_id", "is", null)
        .execute()),
    );
  }
  const targets: TargetRecord[] = targetRows
    .filter((t) => !t.is_baseline)
    .sort((a, b) => a.id - b.id)
    .map((t) => ({
      id: t.id,
      commitment_id: t.commitment_id,
      unit: name(t.unit_id),
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      value_kind: t.value_kind,
      unit_of_measure: t.unit_of_measure,
      baseline_value: t.baseline_value,
      baseline_year: t.baseline_year,
      due_year: t.due_year,
      latest_figure: t.latest_figure,
      latest_period: t.latest_period,
      status: t.status,
      status_label: statusLabel(t.status),
    }));

  const leadOf = new Map(items.map((i) => [i.row.id, name(i.row.lead_unit_id ?? i.row.unit_id)]));
  const indicatorIds = targets.filter((t) => t.commitment_id === null).map((t) => t.id);
  const progress: ProgressRecord[] = [];
  const addReports = async (column: "commitment_id" | "target_id", keys: number[]) => {
    for (const p of await reportsOn(db, column, keys)) {
      progress.push({
        id: p.id,
        commitment_id: p.commitment_id,
        target_id: p.target_id,
        unit: p.commitment_id === null ? null : (leadOf.get(p.commitment_id) ?? null),
        period: p.period,
        narrative: p.narrative,
        figure: p.figure,
        complete: p.complete,
        evidence_links: p.evidence_links,
        reported_at: p.reported_at,
      });
    }
  };
  await addReports("commitment_id", ids);
  await addReports("target_id", indicatorIds);
  progress.sort((a, b) => a.id - b.id);
  return { commitments, targets, progress };
}

export async function openDataFile(
  s: Services,
  plan: Plan,
  format: "csv" | "json",
  f: OpenDataFilter,
  dataset: Dataset = "commitments",
): Promise<{ text: string; count: number }> {
  const data = await openData(s.store.db, plan, f);
  if (format === "json") {
    const text = toOpenDataJson(
      { plan: { id: plan.id, name: plan.name }, generated_at: s.now().toISOString() },
      data,
    );
    return { text, count: data.commitments.length };
  }
  const records: object[] = data[dataset];
  return { text: toCsv(DATASETS[dataset] as Column<object>[], records), count: records.length };
}
