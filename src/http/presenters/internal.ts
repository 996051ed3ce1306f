// Presenters for signed-in users: every output field is listed, so a new
// column never leaks by accident.
import type { CommitmentDetail, CommitmentView } from "../../services/read.service.ts";
import { jobPercent, type Job } from "../../services/ingest-jobs.service.ts";
import type { PageRow } from "../../services/documents.read.ts";
import type { IngestResult } from "../../services/ingest.service.ts";
import { isLowConfidence } from "../../domain/confidence.ts";
import type {
  Goal,
  Plan,
  Unit,
  AuditRecord,
  Milestone,
  ProgressReport,
  PlanDocument,
  Target,
  User,
} from "../../domain/types.ts";

export const presentPlan = (p: Plan) => ({
  id: p.id,
  name: p.name,
  framework_name: p.framework_name,
  created_at: p.created_at,
  updated_at: p.updated_at,
  version: p.version,
});

export const presentGoal = (g: Goal) => ({
  id: g.id,
  plan_id: g.plan_id,
  key: g.key,
  name: g.name,
  aliases: g.aliases,
  subjects: g.subjects,
  position: g.position,
  version: g.version,
});

export const presentUnit = (u: Unit) => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  aliases: u.aliases,
  parent_id: u.parent_id,
  version: u.version,
});

export const presentPage = (p: PageRow) => ({
  number: p.number,
  start: p.start_offset,
  confidence: p.confidence,
  image: p.image_type !== null,
});

export const presentDocument = (d: Omit<PlanDocument, "text"> & { text?: string; pages?: PageRow[] }) => ({
  id: d.id,
  plan_id: d.plan_id,
  title: d.title,
  source: d.source,
  year: d.year,
  hash: d.hash,
  encoding: d.encoding,
  format: d.format,
  revises_id: d.revises_id,
  created_at: d.created_at,
  version: d.version,
  ...(d.text !== undefined ? { text: d.text } : {}),
  ...(d.pages !== undefined ? { pages: d.pages.map(presentPage) } : {}),
});

/** GET /api/documents/:id: the text and the pages always. */
export const presentDocumentFull = (d: PlanDocument & { pages: PageRow[] }) => ({
  ...presentDocument(d),
  text: d.text,
  pages: d.pages.map(presentPage),
});

/** A span [start, end), or null where the record has none. */
function pair(start: number, end: number): [number, number];
function pair(start: number | null, end: number | null): [number, number] | null;
function pair(start: number | null, end: number | null): [number, number] | null {
  return start === null || end === null ? null : [start, end];
}

export const presentCommitment = (v: CommitmentView) => ({
  id: v.row.id,
  plan_id: v.row.plan_id,
  document_id: v.row.document_id,
  unit_id: v.row.unit_id,
  lead_unit_id: v.row.lead_unit_id,
  cooperating_unit_ids: v.cooperating,
  text: v.row.text,
  span: pair(v.row.span_start, v.row.span_end),
  goals: v.goals.map((g) => ({
    goal_id: g.goal_id,
    name: g.name,
    confidence: g.confidence,
    cue: { kind: g.cue_kind, text: g.cue_text, span: pair(g.cue_start, g.cue_end) },
  })),
  review_state: v.row.review_state,
  owner_confidence: v.row.owner_confidence,
  low_confidence: isLowConfidence(v.row.owner_confidence),
  edited: v.row.edited === 1,
  merged_into_id: v.row.merged_into_id,
  reject_reason: v.row.reject_reason,
  reviewed_by: v.row.reviewed_by,
  reviewed_at: v.row.reviewed_at,
  deadline: v.row.deadline,
  due_date: v.row.due_date,
  late_milestones: v.lateMilestones,
  status: v.row.status,
  status_reason: v.row.status_reason,
  created_at: v.row.created_at,
  updated_at: v.row.updated_at,
  version: v.row.version,
});

export const presentTarget = (t: Target) => ({
  id: t.id,
  plan_id: t.plan_id,
  document_id: t.document_id,
  commitment_id: t.commitment_id,
  unit_id: t.unit_id,
  metric: t.metric,
  comparator: t.comparator,
  value: t.value,
  value_kind: t.value_kind,
  unit_of_measure: t.unit_of_measure,
  is_baseline: t.is_baseline === 1,
  baseline_value: t.baseline_value,
  baseline_year: t.baseline_year,
  due_year: t.due_year,
  span: pair(t.span_start, t.span_end),
  latest_figure: t.latest_figure,
  latest_period: t.latest_period,
  status: t.status,
  status_reason: t.status_reason,
  version: t.version,
});

export const presentMilestone = (m: Milestone) => ({
  id: m.id,
  commitment_id: m.commitment_id,
  title: m.title,
  due_date: m.due_date,
  done_at: m.done_at,
  version: m.version,
});

export const presentCommitmentDetail = (d: CommitmentDetail) => ({
  ...presentCommitment(d),
  evidence: d.evidence,
  targets: d.targets.map(presentTarget),
  milestones: d.milestones.map(presentMilestone),
  merged_from: d.mergedFrom,
});

export const presentProgress = (p: ProgressReport) => ({
  id: p.id,
  plan_id: p.plan_id,
  commitment_id: p.commitment_id,
  target_id: p.target_id,
  period: p.period,
  narrative: p.narrative,
  figure: p.figure,
  complete: p.complete,
  evidence_links: p.evidence_links,
  reporter_id: p.reporter_id,
  reporter_name: p.reporter_name,
  reported_at: p.reported_at,
  version: p.version,
});

export const presentUser = (u: User) => ({
  id: u.id,
  username: u.username,
  display_name: u.display_name,
  role: u.role,
  unit_id: u.unit_id,
  disabled: u.disabled === 1,
  must_change_password: u.must_change_password === 1,
  created_at: u.created_at,
  version: u.version,
});

export const presentAudit = (a: AuditRecord) => ({
  id: a.id,
  plan_id: a.plan_id,
  actor_id: a.actor_id,
  actor_name: a.actor_name,
  action: a.action,
  entity: a.entity,
  entity_id: a.entity_id,
  before: a.before,
  after: a.after,
  at: a.at,
});

export const presentIngestResult = (r: IngestResult) => ({
  created: r.created,
  document: presentDocument(r.document),
  plan: presentPlan(r.plan),
  revises: r.revises,
  counts: r.counts,
  commitments: r.commitments,
  low_confidence: r.lowConfidence,
  warnings: r.warnings,
});

export const presentJob = (j: Job) => ({
  id: j.id,
  kind: j.kind,
  name: j.name,
  state: j.state,
  stage: j.stage,
  done: j.done,
  total: j.total,
  percent: jobPercent(j),
  created_at: j.createdAt,
  finished_at: j.finishedAt,
  result: j.result ? presentIngestResult(j.result) : null,
  error: j.error ? { code: j.error.code, message: j.error.message } : null,
});
