// `seed-synthetic`: fills a database with a synthetic province through the
// storage layer, in batched statements, one transaction per batch of documents
// (about 20,000 items), with the big tables' secondary indexes built after the
// load. The
// aggregate tables get exactly the deltas the app's writes would have
// applied (domain/aggregates.ts), search terms and sentence fingerprints are
// made by the same functions ingest uses, and statuses by domain/status.ts.
// It is the scale benchmark's fixture, not shipped data.
import { aggregateDelta, mergeDeltas, type AggregateDelta } from "../../domain/aggregates.ts";
import { searchTerms } from "../../domain/search-terms.ts";
import { sentenceHashes } from "../../domain/similarity.ts";
import { SYSTEM_ACTOR } from "../../domain/types.ts";
import { LantuError } from "../../errors.ts";
import { appendAudit } from "../../storage/audit.repo.ts";
import { applyAggregateDeltaBulk, insertMany, insertManyReturningIds } from "../../storage/bulk.repo.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { gramRows } from "../../storage/commitment.repo.ts";
import { deferIndexes } from "../../storage/deferred-indexes.ts";
import { findPlanByName } from "../../storage/plan.repo.ts";
import type { Services } from "../context.ts";
import { syntheticDocument, type SyntheticItem } from "./items.ts";
import { provincePlans, provinceUnits, type UnitSpec } from "./province.ts";
import { random } from "./random.ts";

export interface SeedOptions {
  commitments: number;
  reports: number;
  /** Defaults: one plan per 10,000 items (1 to 100), one unit per 500 items (20 to 2,000). */
  plans?: number;
  units?: number;
  seed?: number;
  /** The largest document's item count (default 5,000). */
  maxDocument?: number;
  onDocument?: (done: { commitments: number; reports: number }) => void;
}

export interface SeedResult {
  plans: number;
  planIds: number[];
  units: number;
  goals: number;
  documents: number;
  commitments: number;
  reports: number;
  targets: number;
  terms: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export async function seedSynthetic(s: Services, o: SeedOptions): Promise<SeedResult> {
  if (!Number.isInteger(o.commitments) || o.commitments < 1)
    throw new LantuError("bad_argument", "--commitments: give a whole number of at least 1");
  if (!Number.isInteger(o.reports) || o.reports < 0)
    throw new LantuError("bad_argument", "--reports: give a whole number of at least 0");
  const r = random(o.seed ?? 1);
  const now = s.now().toISOString();
  const today = now.slice(0, 10);
  const db = s.store.db;
  const unitSpecs = provinceUnits(r, o.units ?? clamp(Math.round(o.commitments / 500), 20, 2000));
  const plans = provincePlans(
    r,
    o.commitments,
    o.plans ?? clamp(Math.round(o.commitments / 10_000), 1, 100),
    unitSpecs,
    o.maxDocument ?? 5000,
  );
  for (const p of plans) {
    if (await findPlanByName(db, p.name))
      throw new LantuError(
        "duplicate",
        `plan "${p.name}" exists: this database was seeded with the same seed`,
      );
  }
  const unitIds = await ensureUnits(db, unitSpecs, now);
  const unitNames = new Map(unitSpecs.map((u, i) => [unitIds[i]!, u.name]));
  const perConfirmed = o.reports / Math.max(1, o.commitments * 0.72);

  const result: SeedResult = {
    plans: plans.length,
    planIds: [],
    units: unitSpecs.length,
    goals: 0,
    documents: 0,
    commitments: 0,
    reports: 0,
    targets: 0,
    terms: 0,
  };
  // The rows go in with the big tables' secondary indexes set aside (rebuilt
  // at the end, storage/deferred-indexes.ts), a transaction per batch of
  // documents, and the aggregates' deltas summed and applied once at the end.
  const rebuildIndexes = await deferIndexes(db, s.store.dialect, BULK_TABLES);
  const deltas: AggregateDelta[] = [];
  try {
    let batch: ((trx: DB) => Promise<void>)[] = [];
    let batched = 0;
    const flush = async () => {
      if (!batch.length) return;
      const steps = batch;
      batch = [];
      batched = 0;
      await db.transaction().execute(async (trx) => {
        for (const step of steps) await step(trx);
      });
    };
    for (const p of plans) {
      await flush();
      const { planId, goals } = await db.transaction().execute(async (trx) => {
        const [planId] = await insertManyReturningIds(trx, "plans", [
          { name: p.name, framework_name: null, created_at: now, updated_at: now },
        ]);
        const goalIds = await insertManyReturningIds(
          trx,
          "goals",
          p.goals.map((name, position) => ({
            plan_id: planId!,
            key: `g${position + 1}`,
            name,
            aliases: "[]",
            subjects: "[]",
            position,
          })),
        );
        return { planId: planId!, goals: p.goals.map((name, i) => ({ id: goalIds[i]!, name })) };
      });
      result.planIds.push(planId);
      result.goals += goals.length;
      for (const size of p.documents) {
        const doc = syntheticDocument(r, {
          size,
          year: p.year,
          today,
          unitIds: p.units.map((i) => unitIds[i]!),
          unitNames,
          goals,
          reportsPerConfirmed: perConfirmed,
        });
        const n = ++result.documents;
        batch.push(async (trx) => {
          const counts = await storeDocument(
            trx,
            planId,
            p.year,
            doc.text,
            doc.items,
            now,
            n,
            deltas,
            s.store.dialect === "sqlite",
          );
          result.commitments += size;
          result.reports += counts.reports;
          result.targets += counts.targets;
          result.terms += counts.terms;
          o.onDocument?.({ commitments: result.commitments, reports: result.reports });
        });
        batched += size;
        if (batched >= BATCH_COMMITMENTS) await flush();
      }
    }
    await flush();
    await db.transaction().execute((trx) => applyAggregateDeltaBulk(trx, mergeDeltas(deltas)));
  } finally {
    await rebuildIndexes();
  }
  return result;
}

/** The tables the seed fills in bulk: their secondary indexes are built once, after the load. */
const BULK_TABLES = [
  "documents",
  "document_sentences",
  "commitments",
  "commitment_goals",
  "commitment_units",
  "commitment_terms",
  "commitment_grams",
  "targets",
  "progress_reports",
];
/** Commitments per transaction (documents are not split; the largest has 5,000 items). */
const BATCH_COMMITMENTS = 20_000;

async function ensureUnits(db: DB, specs: UnitSpec[], now: string): Promise<number[]> {
  const existing = new Map(
    (await db.selectFrom("units").select(["id", "name"]).execute()).map((u) => [u.name, Number(u.id)]),
  );
  const ids: number[] = [];
  // Places first, so departments can name their parent.
  for (const pass of [true, false]) {
    const rows = specs.flatMap((u, i) => ((u.parent === null) === pass && !existing.has(u.name) ? [i] : []));
    const got = await insertManyReturningIds(
      db,
      "units",
      rows.map((i) => ({
        name: specs[i]!.name,
        kind: specs[i]!.kind,
        aliases: "[]",
        parent_id: specs[i]!.parent === null ? null : (ids[specs[i]!.parent!] ?? null),
        created_at: now,
      })),
    );
    rows.forEach((i, k) => existing.set(specs[i]!.name, got[k]!));
    specs.forEach((u, i) => {
      if ((u.parent === null) === pass) ids[i] = existing.get(u.name)!;
    });
  }
  return ids;
}

/**
 * The rows in their key's order, rows of one key in the order given: grouped
 * by key and the distinct keys sorted (a document's 240,000 term rows hold
 * about a tenth as many distinct terms), not every row compared.
 */
function inKeyOrder<T>(rows: T[], key: (row: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  const out: T[] = [];
  for (const k of [...groups.keys()].sort()) for (const row of groups.get(k)!) out.push(row);
  return out;
}

async function storeDocument(
  trx: DB,
  planId: number,
  year: number,
  text: string,
  items: SyntheticItem[],
  now: string,
  n: number,
  deltas: AggregateDelta[],
  keyOrder: boolean,
): Promise<{ reports: number; targets: number; terms: number }> {
  const [documentId] = await insertManyReturningIds(trx, "documents", [
    {
      plan_id: planId,
      hash: `synthetic-${planId}-${n}`,
      title: `合成文件 ${n}`,
      source: `synthetic-${n}.txt`,
      year,
      encoding: "utf-8",
      format: "text",
      text,
      revises_id: null,
      created_at: now,
    },
  ]);
  const docId = documentId!;
  await insertMany(
    trx,
    "document_sentences",
    sentenceHashes(text).map((hash) => ({ plan_id: planId, document_id: docId, hash })),
  );
  const ids = await insertManyReturningIds(
    trx,
    "commitments",
    items.map((c) => ({
      plan_id: planId,
      document_id: docId,
      unit_id: c.unitId,
      lead_unit_id: c.unitId,
      text: c.text,
      span_start: c.span[0],
      span_end: c.span[1],
      review_state: c.reviewState,
      edited: 0,
      merged_into_id: null,
      reject_reason: c.reviewState === "rejected" ? "与其他事项重复" : null,
      reviewed_by: c.reviewState === "proposed" ? null : "system",
      reviewed_at: c.reviewState === "proposed" ? null : now,
      deadline: c.deadline,
      due_date: c.dueDate,
      status: c.status,
      status_reason: c.statusReason,
      created_at: now,
      updated_at: now,
      version: c.reviewState === "proposed" ? 1 : 2,
    })),
  );
  const goalRows = items.flatMap((c, i) =>
    c.goals.map((g) => ({
      plan_id: planId,
      commitment_id: ids[i]!,
      goal_id: g.goalId,
      confidence: g.confidence,
      cue_kind: g.cueKind,
      cue_text: g.cueText,
      cue_start: null,
      cue_end: null,
    })),
  );
  await insertMany(trx, "commitment_goals", goalRows);
  await insertMany(
    trx,
    "commitment_units",
    items.flatMap((c, i) =>
      c.cooperating.map((unit_id) => ({ plan_id: planId, commitment_id: ids[i]!, unit_id })),
    ),
  );
  const terms = items.flatMap((c, i) =>
    searchTerms(c.text).map((term) => ({ plan_id: planId, term, commitment_id: ids[i]! })),
  );
  // On SQLite in key order (the rows are in id order already, kept within a
  // key): it keeps these primary keys through the load, and a b-tree filled in
  // order touches a few pages where rows in text order touch one page each.
  // 20,000 commitments: the two tables' inserts 5.9 → 2.2 s of CPU.
  // PostgreSQL sets the keys aside for the load and builds them by sorting.
  const grams = items.flatMap((c, i) => gramRows(planId, ids[i]!, c.text));
  await insertMany(trx, "commitment_terms", keyOrder ? inKeyOrder(terms, (t) => t.term) : terms);
  await insertMany(trx, "commitment_grams", keyOrder ? inKeyOrder(grams, (g) => g.gram) : grams);

  const withTarget = items.flatMap((c, i) => (c.target ? [{ c, t: c.target, id: ids[i]! }] : []));
  const targetIds = await insertManyReturningIds(
    trx,
    "targets",
    withTarget.map(({ c, t, id }) => ({
      plan_id: planId,
      document_id: docId,
      commitment_id: id,
      unit_id: c.unitId,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      value_kind: t.valueKind,
      unit_of_measure: t.unitOfMeasure,
      is_baseline: 0,
      baseline_value: t.baselineValue,
      baseline_year: t.baselineYear,
      due_year: t.dueYear,
      span_start: t.span[0],
      span_end: t.span[1],
      latest_figure: t.latestFigure,
      latest_period: t.latestPeriod,
      status: t.verdict.status,
      status_reason: t.verdict.reason,
      created_at: now,
      updated_at: now,
    })),
  );
  const targetOf = new Map(withTarget.map((w, k) => [w.id, targetIds[k]!]));
  const reports = items.flatMap((c, i) =>
    c.reports.map((p) => ({
      plan_id: planId,
      commitment_id: ids[i]!,
      target_id: p.figure === null ? null : (targetOf.get(ids[i]!) ?? null),
      period: p.period,
      period_end: p.periodEnd,
      narrative: p.narrative,
      figure: p.figure,
      complete: p.complete ? 1 : 0,
      evidence_links: "[]",
      reporter_id: null,
      reporter_name: p.reporterName,
      reported_at: p.reportedAt,
    })),
  );
  await insertMany(trx, "progress_reports", reports);

  // Summed per document; the sums are applied once, after the load.
  deltas.push(
    mergeDeltas(
      items.map((c) =>
        aggregateDelta(null, {
          planId,
          unitId: c.unitId,
          leadUnitId: c.unitId, // the seed makes every item's owner its lead
          reviewState: c.reviewState,
          status: c.status,
          goalIds: c.goals.map((g) => g.goalId),
          targets: c.target ? [c.target.verdict.status] : [],
        }),
      ),
    ),
  );
  const counts = { commitments: items.length, reports: reports.length, targets: targetIds.length };
  await appendAudit(
    trx,
    SYSTEM_ACTOR,
    {
      planId,
      action: "ingest",
      entity: "document",
      entityId: docId,
      before: null,
      after: { source: "seed-synthetic", counts },
    },
    now,
  );
  return { reports: reports.length, targets: targetIds.length, terms: terms.length };
}
