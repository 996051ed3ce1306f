// `ingest`: stores a document's extraction as proposed items with evidence.
// Idempotent on the text's hash. A revision (named, or recognised because
// most of its sentences match a stored document of the plan) is matched item
// by item — same unit, similar evidence — to what exists: proposed items take
// the new wording, reviewed (confirmed, edited, rejected, merged) items are
// never touched, and only unmatched items are added.
import { createHash } from "node:crypto";
import { extract as engineExtract } from "../engine/index.ts";
import type { Extraction, ExtractOptions } from "../engine/types.ts";
import type { DocumentPage } from "../input/index.ts";
import { LantuError } from "../errors.ts";
import { REVISION_SHARE, SAME_ITEM, sentenceHashes, similarity } from "../domain/similarity.ts";
import { isLowConfidence, LOW_OWNER_CONFIDENCE } from "../domain/confidence.ts";
import type { Actor, Plan, Commitment, PlanDocument } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import {
  documentsSharingSentences,
  findDocumentByHash,
  getDocument,
  insertDocument,
  insertPages,
  insertSentences,
  sentenceCount,
  insertSpeaker,
  insertStrategy,
} from "../storage/document.repo.ts";
import { MAX_PLAN_NAME, nameFrom } from "../domain/names.ts";
import { findPlanByName, getPlan, insertGoal, insertPlan, listGoals } from "../storage/plan.repo.ts";
import { insertUnit, unitFinder } from "../storage/unit.repo.ts";
import { matchCandidates, replaceGoals, replaceSearch, type GoalLink } from "../storage/commitment.repo.ts";
import { targetsOf } from "../storage/target.repo.ts";
import type { NewTarget } from "../storage/schema.ts";
import { insertMany } from "../storage/bulk.repo.ts";
import type { AggregateSubject } from "../domain/aggregates.ts";
import { command, today, type Services } from "./context.ts";
import { createProposedCommitments, type ProposedCommitment } from "./proposed-commitment.ts";
import {
  aggregateSubject,
  newTargetStatus,
  settleCommitment,
  settleNewCommitments,
} from "./status.service.ts";

export type Extractor = (text: string, options: ExtractOptions) => Extraction;

export interface IngestInput {
  text: string;
  source: string;
  format?: string;
  encoding?: string;
  title?: string;
  year?: number;
  plan?: string;
  /** A stored document's id or hash this one revises. */
  revises?: string;
  framework?: ExtractOptions["framework"];
  /** sentenceHashes(text), when a worker thread has computed them already (seconds on a big text). */
  fingerprints?: string[];
  /** A paged document's pages (PDF, scan): start offsets, and images of pages read by OCR. */
  pages?: DocumentPage[];
}

export interface IngestResult {
  created: boolean;
  document: Omit<PlanDocument, "text">;
  plan: Plan;
  revises: number | null;
  counts: { added: number; updated: number; kept: number; targets: number };
  /** The document's commitments (as extracted, or stored when it was stored before). */
  commitments: number;
  /** Of those, the ones whose owner the engine guessed (confidence below LOW_OWNER_CONFIDENCE). */
  lowConfidence: number;
  /** What the uploader must be told: a document that yielded nothing, owners that were guessed. */
  warnings: IngestWarning[];
}

export type IngestWarningCode = "no_commitment" | "low_confidence";
export interface IngestWarning {
  code: IngestWarningCode;
  message: string;
}

/** The warnings of a document with `commitments` items, `low` of them with a guessed owner. */
export function ingestWarnings(source: string, commitments: number, low: number): IngestWarning[] {
  if (commitments === 0) {
    return [
      {
        code: "no_commitment",
        message: `${source}: no commitment found in the document; nothing was added to the review queue`,
      },
    ];
  }
  if (low === 0) return [];
  return [
    {
      code: "low_confidence",
      message:
        `${source}: the owner of ${low} of ${commitments} items was guessed from the unit the title, ` +
        `headline, dateline or first sentence names; the review queue lists them first`,
    },
  ];
}

/** The storing steps reported to `onStep` (a job's progress bar). */
const STEPS = 4;

export async function ingest(
  s: Services,
  input: IngestInput,
  actor: Actor,
  extractor: Extractor = engineExtract,
  onStep: (done: number, total: number) => void = () => {},
): Promise<IngestResult> {
  const text = input.text;
  if (!text.trim()) throw new LantuError("file_empty", `${input.source}: the document has no text`);
  const hash = createHash("sha256").update(text).digest("hex");
  const db = s.store.db;

  const existing = await findDocumentByHash(db, hash);
  if (existing) {
    const plan = (await getPlan(db, existing.plan_id))!;
    if (input.plan && plan.name !== input.plan) {
      throw new LantuError(
        "duplicate",
        `${input.source}: the same document is already stored as document ${existing.id} of plan "${plan.name}"`,
      );
    }
    const { text: _t, ...document } = existing;
    const stored = await documentItems(db, existing.id);
    return {
      created: false,
      document,
      plan,
      revises: existing.revises_id,
      counts: zero(),
      ...stored,
      warnings: ingestWarnings(input.source, stored.commitments, stored.lowConfidence),
    };
  }

  const extracted = extractor(text, { year: input.year, framework: input.framework });
  const fingerprints = input.fingerprints ?? sentenceHashes(text);

  return command(s, actor, async (trx, now) => {
    onStep(0, STEPS);
    const { plan, revises } = await placeDocument(trx, input, extracted, fingerprints, now);
    const extraction = await alignToPlan(trx, plan, input, extracted, extractor);
    const placed = await storeDocument(trx, { input, hash, fingerprints, plan, revises, extraction, now });
    onStep(1, STEPS);
    const items = await storeItems(trx, placed, extraction.commitments, revises !== null);
    onStep(2, STEPS);
    const targets = await storeTargets(trx, placed, extraction, items, today(s));
    onStep(3, STEPS);
    // Each new or rewritten item's status once, now that its targets exist.
    const added: number[] = [];
    for (const [id, before] of items.changed) {
      if (before === null) added.push(id);
      else await settleCommitment(trx, id, today(s), before);
    }
    await settleNewCommitments(trx, added, today(s));
    onStep(4, STEPS);

    const counts = { ...items.counts, targets };
    const { text: _t, ...document } = placed.doc;
    const found = extraction.commitments.length;
    const low = extraction.commitments.filter((c) => isLowConfidence(c.confidence ?? 1)).length;
    const result: IngestResult = {
      created: true,
      document,
      plan,
      revises: revises?.id ?? null,
      counts,
      commitments: found,
      lowConfidence: low,
      warnings: ingestWarnings(input.source, found, low),
    };
    return {
      result,
      audit: {
        planId: plan.id,
        action: "ingest",
        entity: "document",
        entityId: placed.doc.id,
        before: null,
        after: {
          title: placed.doc.title,
          hash,
          source: placed.doc.source,
          revises: revises?.id ?? null,
          counts,
        },
      },
    };
  });
}

const zero = () => ({ added: 0, updated: 0, kept: 0, targets: 0 });

/** A stored document's items and how many of them have a guessed owner. */
async function documentItems(db: DB, documentId: number) {
  const r = await db
    .selectFrom("commitments")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("n"),
      eb.fn
        .sum<number | string | null>(
          eb.case().when("owner_confidence", "<", LOW_OWNER_CONFIDENCE).then(1).else(0).end(),
        )
        .as("low"),
    ])
    .where("document_id", "=", documentId)
    .executeTakeFirst();
  return { commitments: Number(r?.n ?? 0), lowConfidence: Number(r?.low ?? 0) };
}

/** Decides the plan and the revised document, if any. */
async function placeDocument(
  db: DB,
  input: IngestInput,
  extraction: Extraction,
  fingerprints: string[],
  now: string,
): Promise<{ plan: Plan; revises: PlanDocument | null }> {
  if (input.revises) {
    const revises = await resolveDocument(db, input.revises);
    const plan = (await getPlan(db, revises.plan_id))!;
    if (input.plan && input.plan !== plan.name) {
      throw new LantuError(
        "bad_argument",
        `--revises: document ${revises.id} belongs to plan "${plan.name}", not "${input.plan}"`,
      );
    }
    return { plan, revises };
  }
  const named = input.plan ? await findPlanByName(db, input.plan) : undefined;
  const recognised = await recogniseRevision(db, fingerprints, named?.id ?? null);
  if (recognised && (!input.plan || named)) {
    return { plan: (await getPlan(db, recognised.plan_id))!, revises: recognised };
  }
  if (named) return { plan: named, revises: null };
  if (input.plan !== undefined && Array.from(input.plan).length > MAX_PLAN_NAME) {
    throw new LantuError("validation", `plan: a name of at most ${MAX_PLAN_NAME} characters`, {
      field: "plan",
    });
  }
  // A name taken from the document is cut to a plan name's length.
  const name =
    input.plan ??
    nameFrom(extraction.framework?.name ?? input.title ?? extraction.document.title ?? input.source);
  const plan =
    (await findPlanByName(db, name)) ?? (await insertPlan(db, name, extraction.framework?.name ?? null, now));
  return { plan, revises: null };
}

/**
 * A document that declares no framework, added to a plan that has goals, is
 * read against the plan's goals, as `--framework` would read it: its "围绕打造…"
 * and subject words then reach goals the plan already tracks.
 */
async function alignToPlan(
  db: DB,
  plan: Plan,
  input: IngestInput,
  extracted: Extraction,
  extractor: Extractor,
): Promise<Extraction> {
  if (input.framework || extracted.framework) return extracted;
  const framework = await planFramework(db, plan);
  if (!framework) return extracted;
  return extractor(input.text, { year: input.year, framework });
}

/** The plan's goals as the framework the engine reads a document against; none when it has no goals. */
export async function planFramework(db: DB, plan: Plan): Promise<ExtractOptions["framework"]> {
  const goals = await listGoals(db, plan.id);
  if (!goals.length) return undefined;
  return {
    name: plan.framework_name ?? plan.name,
    goals: goals.map((g) => ({ id: g.key, name: g.name, aliases: g.aliases, subjects: g.subjects })),
  };
}

/** What the items and targets of a stored document are stored against. */
interface Placed {
  plan: Plan;
  doc: PlanDocument;
  goalIds: Map<string, number>;
  unitOf: (name: string | null) => number | null;
  year: number | null;
  now: string;
}

/** Stores the document, its sentence fingerprints, goals, units, speakers and strategies. */
async function storeDocument(
  db: DB,
  a: {
    input: IngestInput;
    hash: string;
    fingerprints: string[];
    plan: Plan;
    revises: PlanDocument | null;
    extraction: Extraction;
    now: string;
  },
): Promise<Placed> {
  const { input, plan, extraction, now } = a;
  const goalIds = await ensureGoals(db, plan.id, extraction);
  const unitIds = await ensureUnits(db, extraction, now);
  const unitOf = (name: string | null) => (name === null ? null : (unitIds.get(name) ?? null));
  const year = input.year ?? extraction.document.year ?? null;
  const doc = await insertDocument(db, {
    plan_id: plan.id,
    hash: a.hash,
    title: input.title ?? (extraction.document.title || input.source),
    source: input.source,
    year,
    encoding: input.encoding ?? "utf-8",
    format: input.format ?? "text",
    text: input.text,
    revises_id: a.revises?.id ?? null,
    created_at: now,
  });
  await insertSentences(db, plan.id, doc.id, a.fingerprints);
  if (input.pages?.length) await insertPages(db, plan.id, doc.id, keptImages(input.pages));
  await storeSpeakersAndStrategies(db, plan.id, doc.id, extraction, unitOf);
  return { plan, doc, goalIds, unitOf, year, now };
}

/** The largest page image kept (a page rendered for the reader weighs 100–400 KB; an uploaded photo may not). */
export const MAX_PAGE_IMAGE_BYTES = 3 * 1024 * 1024;
/** The most image bytes kept for one document (the OCR page limit times a typical page). */
export const MAX_DOCUMENT_IMAGE_BYTES = 64 * 1024 * 1024;

/** Pages with the images that fit the bounds; a page over them keeps its text and offset, not its picture. */
function keptImages(pages: DocumentPage[]): DocumentPage[] {
  let total = 0;
  return pages.map((p) => {
    if (!p.image) return p;
    const size = p.image.bytes.byteLength;
    if (size > MAX_PAGE_IMAGE_BYTES || total + size > MAX_DOCUMENT_IMAGE_BYTES) {
      const { image: _dropped, ...rest } = p;
      return rest;
    }
    total += size;
    return p;
  });
}

interface StoredItems {
  /** The stored item of each extracted commitment, by its index. */
  itemIds: (number | null)[];
  /** Matched items a reviewer has handled: the revision leaves them (and their targets) alone. */
  reviewed: Set<number>;
  counts: { added: number; updated: number; kept: number };
  /** Items added or rewritten, with their aggregate contribution before (null: new). */
  changed: Map<number, AggregateSubject | null>;
}

/**
 * Stores the extracted commitments. On a revision each is first matched to
 * an item of the same unit with similar wording: a proposed, unedited match
 * takes the new wording; a reviewed one is kept; the rest are added.
 */
async function storeItems(
  db: DB,
  placed: Placed,
  commitments: Extraction["commitments"],
  isRevision: boolean,
): Promise<StoredItems> {
  const { plan, doc, now } = placed;
  const out: StoredItems = {
    itemIds: [],
    reviewed: new Set(),
    counts: { added: 0, updated: 0, kept: 0 },
    changed: new Map(),
  };
  const matcher = isRevision ? revisionMatcher(db, plan.id) : null;
  // New items are stored together after the loop, in a few multi-row statements.
  const fresh: { index: number; item: ProposedCommitment }[] = [];
  for (const c of commitments) {
    const unitId = placed.unitOf(c.unit);
    const links = goalLinksOf(c.goals, placed.goalIds);
    const match = matcher ? await matcher(unitId, c.text) : undefined;
    if (!match) {
      fresh.push({
        index: out.itemIds.length,
        item: {
          planId: plan.id,
          documentId: doc.id,
          unitId,
          text: c.text,
          span: c.span,
          goals: links,
          ownerConfidence: c.confidence ?? 1,
        },
      });
      out.itemIds.push(null);
      out.counts.added++;
      continue;
    }
    out.itemIds.push(match.id);
    if (match.review_state !== "proposed" || match.edited) {
      out.reviewed.add(match.id);
      out.counts.kept++;
      continue;
    }
    out.changed.set(match.id, await aggregateSubject(db, match.id));
    await db
      .updateTable("commitments")
      .set({
        document_id: doc.id,
        text: c.text,
        span_start: c.span[0],
        span_end: c.span[1],
        owner_confidence: c.confidence ?? 1,
        updated_at: now,
        version: match.version + 1,
      })
      .where("id", "=", match.id)
      .execute();
    await replaceGoals(db, plan.id, match.id, links);
    await replaceSearch(db, plan.id, match.id, c.text);
    out.counts.updated++;
  }
  const ids = await createProposedCommitments(
    db,
    fresh.map((f) => f.item),
    now,
  );
  fresh.forEach((f, k) => {
    out.itemIds[f.index] = ids[k]!;
    out.changed.set(ids[k]!, null);
  });
  return out;
}

/**
 * Matches a revision's items to the plan's: each stored item of the same unit
 * at most once, to the most similar new wording above SAME_ITEM.
 */
function revisionMatcher(db: DB, planId: number) {
  const candidates = new Map<string, Commitment[]>();
  const taken = new Set<number>();
  return async (unitId: number | null, text: string): Promise<Commitment | undefined> => {
    const key = String(unitId);
    if (!candidates.has(key)) candidates.set(key, await matchCandidates(db, planId, unitId));
    let best = SAME_ITEM;
    let match: Commitment | undefined;
    for (const cand of candidates.get(key)!) {
      if (taken.has(cand.id)) continue;
      const sim = similarity(cand.text, text);
      if (sim >= best) [best, match] = [sim, cand];
    }
    if (match) taken.add(match.id);
    return match;
  };
}

/** An extracted commitment's goals, as links to the plan's stored goals. */
function goalLinksOf(
  goals: Extraction["commitments"][number]["goals"],
  goalIds: Map<string, number>,
): GoalLink[] {
  return goals.flatMap((g) => {
    const goalId = goalIds.get(g.name);
    return goalId === undefined
      ? []
      : [
          {
            goal_id: goalId,
            confidence: g.confidence,
            cue_kind: g.cue.kind,
            cue_text: g.cue.text,
            cue_start: g.cue.span[0],
            cue_end: g.cue.span[1],
          },
        ];
  });
}

async function resolveDocument(db: DB, ref: string): Promise<PlanDocument> {
  const doc = /^\d+$/.test(ref) ? await getDocument(db, Number(ref)) : await findDocumentByHash(db, ref);
  if (!doc) throw new LantuError("not_found", `--revises: no stored document "${ref}" (give its id or hash)`);
  return doc;
}

/** A stored document most of whose sentences (and most of the new one's) are shared. */
async function recogniseRevision(db: DB, fingerprints: string[], planId: number | null) {
  if (fingerprints.length === 0) return null;
  for (const cand of await documentsSharingSentences(db, fingerprints, planId)) {
    const stored = await sentenceCount(db, cand.document_id);
    const share = cand.shared / Math.max(fingerprints.length, stored);
    if (share > REVISION_SHARE) return (await getDocument(db, cand.document_id)) ?? null;
    break;
  }
  return null;
}

async function ensureGoals(db: DB, planId: number, extraction: Extraction): Promise<Map<string, number>> {
  const goals = await listGoals(db, planId);
  const byName = new Map<string, number>();
  for (const g of goals) {
    byName.set(g.name, g.id);
    for (const a of g.aliases) byName.set(a, g.id);
  }
  let position = goals.length;
  for (const g of extraction.framework?.goals ?? []) {
    let id = byName.get(g.name);
    if (id === undefined) {
      const row = await insertGoal(db, {
        planId,
        key: g.id,
        name: g.name,
        aliases: g.aliases,
        subjects: g.subjects ?? [],
        position: position++,
      });
      id = row.id;
    }
    byName.set(g.name, id);
    for (const a of g.aliases) if (!byName.has(a)) byName.set(a, id);
  }
  return byName;
}

async function ensureUnits(db: DB, extraction: Extraction, now: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const known = await unitFinder(db);
  const resolve = async (name: string, kind: string, aliases: string[]) => {
    if (ids.has(name)) return;
    let unit = known.find(name);
    for (const a of aliases) unit ??= known.find(a);
    if (!unit) {
      unit = await insertUnit(db, { name, kind, aliases, parentId: null }, now);
      known.add(unit);
    }
    ids.set(name, unit.id);
    for (const a of aliases) if (!ids.has(a)) ids.set(a, unit.id);
  };
  for (const u of extraction.units) await resolve(u.name, u.kind, u.aliases);
  const mentioned = [
    ...extraction.commitments.map((c) => c.unit),
    ...extraction.targets.map((t) => t.unit),
    ...extraction.strategies.map((t) => t.unit),
    ...extraction.speakers.flatMap((p) => p.units),
  ];
  for (const name of mentioned) if (name) await resolve(name, "organisation", []);
  return ids;
}

async function storeSpeakersAndStrategies(
  db: DB,
  planId: number,
  documentId: number,
  x: Extraction,
  unitOf: (name: string | null) => number | null,
) {
  const at = { plan_id: planId, document_id: documentId };
  for (const p of x.speakers) {
    await insertSpeaker(db, {
      ...at,
      person: p.person,
      titles: p.titles,
      unit_ids: p.units.map(unitOf).filter((u) => u !== null),
      span_start: p.span[0],
      span_end: p.span[1],
    });
  }
  for (const st of x.strategies) {
    await insertStrategy(db, {
      ...at,
      unit_id: unitOf(st.unit),
      label: st.label,
      parts: st.parts,
      span_start: st.span[0],
      span_end: st.span[1],
    });
  }
}

/**
 * Targets: a baseline figure is folded into the goal target of the same
 * commitment (or unit) and metric; one without a partner is kept as a
 * baseline row. Targets of reviewed items are left alone on a revision.
 * Plan indicators (no commitment) get their status here.
 */
async function storeTargets(
  db: DB,
  placed: Placed,
  extraction: Extraction,
  items: StoredItems,
  day: string,
): Promise<number> {
  const targets = extraction.targets;
  const goals = targets.filter((t) => !t.baseline);
  const baselines = targets.filter((t) => t.baseline);
  const used = new Set<number>();
  const rows: { target: (typeof targets)[number]; baseline: (typeof targets)[number] | null }[] = [];
  for (const t of goals) {
    const bi = baselines.findIndex(
      (b, i) => !used.has(i) && b.metric === t.metric && b.commitment === t.commitment && b.unit === t.unit,
    );
    if (bi >= 0) used.add(bi);
    rows.push({ target: t, baseline: bi >= 0 ? baselines[bi]! : null });
  }
  baselines.forEach((b, i) => used.has(i) || rows.push({ target: b, baseline: null }));

  let stored = 0;
  // Targets already stored per item: a new item's are only those of this run.
  const known = new Map<number, { metric: string; value: number; value_kind: string }[]>();
  const batch: NewTarget[] = [];
  for (const { target: t, baseline } of rows) {
    const commitmentId = t.commitment === null ? null : (items.itemIds[t.commitment] ?? null);
    if (commitmentId !== null && items.reviewed.has(commitmentId)) continue;
    if (commitmentId !== null && !known.has(commitmentId))
      known.set(
        commitmentId,
        items.changed.get(commitmentId) === null ? [] : await targetsOf(db, [commitmentId]),
      );
    const existing = commitmentId === null ? [] : known.get(commitmentId)!;
    if (existing.some((e) => e.metric === t.metric && e.value === t.value && e.value_kind === t.value_kind))
      continue;
    const values: NewTarget = {
      plan_id: placed.plan.id,
      document_id: placed.doc.id,
      commitment_id: commitmentId,
      unit_id: placed.unitOf(t.unit),
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      value_kind: t.value_kind,
      unit_of_measure: t.unit_of_measure,
      is_baseline: t.baseline ? 1 : 0,
      baseline_value: baseline?.value ?? null,
      baseline_year: baseline ? (baseline.by_year ?? placed.year) : null,
      due_year: t.baseline ? null : t.by_year,
      span_start: t.span[0],
      span_end: t.span[1],
      status: "not_started",
      status_reason: "no_report",
      created_at: placed.now,
      updated_at: placed.now,
    };
    stored++;
    if (commitmentId !== null) existing.push({ metric: t.metric, value: t.value, value_kind: t.value_kind });
    else {
      // A plan indicator's status now (a new target has no reported figure yet);
      // a commitment's targets get theirs when the commitment is settled.
      const v = newTargetStatus(values, day);
      values.status = v.status;
      values.status_reason = v.reason;
    }
    batch.push(values);
  }
  await insertMany(db, "targets", batch);
  return stored;
}
