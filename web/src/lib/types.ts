// The API's shapes as the web app reads them (see /api/openapi.json).
import type { paths } from "./api.gen.ts";
export type Role = "admin" | "supervisor" | "reporter";
export type Status = "not_started" | "on_track" | "behind" | "overdue" | "done";
export type ReviewState = "proposed" | "confirmed" | "rejected" | "merged";
export const STATUSES: Status[] = ["not_started", "on_track", "behind", "overdue", "done"];
export const REVIEW_STATES: ReviewState[] = ["proposed", "confirmed", "rejected", "merged"];

export interface User {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
  disabled: boolean;
  /** Signed in with a one-time password: the app shows only the form to change it. */
  must_change_password?: boolean;
  version: number;
}
export interface Plan {
  id: number;
  name: string;
  framework_name: string | null;
}
export interface Goal {
  id: number;
  name: string;
  key?: string;
  position?: number;
}
export interface Unit {
  id: number;
  name: string;
}
export interface Page<T> {
  items: T[];
  next: string | null;
}
export interface GoalLink {
  goal_id: number;
  name: string;
  confidence: number;
  cue: { kind: string; text: string; span: [number, number] | null };
}
export interface Commitment {
  id: number;
  plan_id: number;
  document_id: number;
  unit_id: number | null;
  lead_unit_id: number | null;
  cooperating_unit_ids: number[];
  text: string;
  span: [number, number];
  goals: GoalLink[];
  review_state: ReviewState;
  /** How sure the extraction is of the owner (1 unless guessed); absent on the public portal. */
  owner_confidence?: number;
  /** The owner was guessed: the review queue lists it first and marks it 低置信度. */
  low_confidence?: boolean;
  edited: boolean;
  merged_into_id: number | null;
  reject_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  deadline: string | null;
  due_date: string | null;
  /** Milestones past their due day and not done. */
  late_milestones: number;
  status: Status;
  status_reason: string;
  version: number;
}
export interface Target {
  id: number;
  commitment_id?: number | null;
  unit_id?: number | null;
  metric: string;
  comparator: string;
  value: number;
  value_kind: string;
  unit_of_measure: string | null;
  is_baseline?: boolean;
  baseline_value: number | null;
  baseline_year: number | null;
  due_year: number | null;
  latest_figure: number | null;
  latest_period: string | null;
  status: Status;
}
export interface Milestone {
  id: number;
  commitment_id: number;
  title: string;
  due_date: string;
  done_at: string | null;
  version: number;
}
export interface CommitmentDetail extends Commitment {
  evidence: string | null;
  targets: Target[];
  milestones: Milestone[];
  merged_from: { id: number; text: string }[];
}
export interface Progress {
  id?: number;
  target_id?: number | null;
  period: string;
  narrative: string;
  figure: number | null;
  complete: boolean;
  evidence_links: string[];
  reporter_name?: string;
  reported_at: string;
}
export interface Cell {
  unit_id: number | null;
  goal_id: number;
  n: number;
}
export interface Overview {
  plan_id: number;
  goals: Goal[];
  units: Unit[];
  /** The busiest units' cells only (at most 40 units); goal_totals and matrix_unit_count cover every unit. */
  matrix: Cell[];
  goal_totals?: { goal_id: number; n: number; units: number }[];
  matrix_unit_count?: number;
  status_counts: Record<Status, number>;
  review_counts: Record<ReviewState, number>;
  upcoming: Commitment[];
  overdue: Commitment[];
  indicators: Target[];
}
export interface AuditEntry {
  id: number;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}
export interface DocumentInfo {
  id: number;
  title: string;
  year: number | null;
}
export interface Reader {
  /** One page's text (or the pages joined so far); `length` is the whole document's. */
  document: { id: number; plan_id: number; title: string; year: number | null; text: string; length: number };
  window: { from: number; to: number };
  next: number | null;
  /** The document's pages (PDF, scan), all of them on every window; empty for an unpaged document. */
  pages: DocPage[];
  commitments: {
    id: number;
    unit_id: number | null;
    text: string;
    span: [number, number];
    review_state: ReviewState;
    status: Status;
    goal_ids: number[];
  }[];
  targets: {
    id: number;
    commitment_id: number | null;
    metric: string;
    comparator: string;
    value: number;
    value_kind: string;
    unit_of_measure: string | null;
    is_baseline: boolean;
    due_year: number | null;
    span: [number, number];
  }[];
  speakers: { id: number; person: string; titles: string[]; unit_ids: number[]; span: [number, number] }[];
  strategies: { id: number; label: string; unit_id: number | null; span: [number, number] }[];
}

/** An ingest job as GET /api/jobs/:id gives it (state, stage, percent, result or error). */
export type Job = paths["/api/jobs/{id}"]["get"]["responses"][200]["content"]["application/json"];
/** A page of a PDF or scan: where it starts in the text, and whether it has an image. */
export type DocPage = NonNullable<
  paths["/api/documents/{id}"]["get"]["responses"][200]["content"]["application/json"]["pages"]
>[number];
/** A document with its text and pages, as GET /api/documents/:id gives it. */
export type DocumentFull =
  paths["/api/documents/{id}"]["get"]["responses"][200]["content"]["application/json"] & {
    text: string;
  };
export type ImportPreview =
  paths["/api/plans/{id}/task-table/preview"]["post"]["responses"][200]["content"]["application/json"];
export type ImportPreviewRow = ImportPreview["items"][number];
export type ImportResult =
  paths["/api/plans/{id}/task-table"]["post"]["responses"][200]["content"]["application/json"];
