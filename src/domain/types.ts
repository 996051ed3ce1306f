// Domain vocabulary shared by storage, services and the HTTP layer. Rows are
// not domain objects: repositories (src/storage/*.repo.ts) map rows into the
// record shapes below, so JSON kept as text never leaves src/storage.

export const ROLES = ["admin", "supervisor", "reporter"] as const;
export type Role = (typeof ROLES)[number];

export const REVIEW_STATES = ["proposed", "confirmed", "rejected", "merged"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const STATUSES = ["not_started", "on_track", "behind", "overdue", "done"] as const;
export type Status = (typeof STATUSES)[number];

export const COMPARATORS = [">=", "<=", "=", "~"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const VALUE_KINDS = ["absolute", "percent", "multiple", "growth_rate"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Who performs an action; every write records one in the audit log. */
export interface Actor {
  id: number | null;
  name: string;
  role: Role | "system";
  unitId: number | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "system", role: "system", unitId: null };

export interface Span {
  start: number;
  end: number;
}

// Records as repositories hand them out. Field names are the stored and the
// API's (snake_case), so an audit entry, a row and a response read alike; the
// difference from a row is what storage keeps as text: JSON lists arrive
// decoded, and text columns holding one of a fixed set arrive typed.

/** A calendar day, YYYY-MM-DD. */
export type Day = string;
/** An instant, ISO-8601 with time zone (as `new Date().toISOString()` gives). */
export type Instant = string;

export interface Plan {
  id: number;
  name: string;
  framework_name: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

export interface Goal {
  id: number;
  plan_id: number;
  /** The framework's own key for the goal (g1, g2… when added by hand). */
  key: string;
  name: string;
  aliases: string[];
  /** Subject words that align a sentence to the goal. */
  subjects: string[];
  position: number;
  version: number;
}

/** Districts, departments…: organisation-wide, not per plan. */
export interface Unit {
  id: number;
  name: string;
  kind: string;
  aliases: string[];
  parent_id: number | null;
  created_at: Instant;
  version: number;
}

/** A report a unit files on a commitment, or on a plan indicator (commitment_id null). */
export interface ProgressReport {
  id: number;
  plan_id: number;
  commitment_id: number | null;
  target_id: number | null;
  /** The reporting period's name (2024Q2, 2024H1, 2024…) and its last day. */
  period: string;
  period_end: Day;
  narrative: string;
  figure: number | null;
  complete: boolean;
  evidence_links: string[];
  reporter_id: number | null;
  reporter_name: string;
  reported_at: Instant;
  version: number;
}

export interface Milestone {
  id: number;
  plan_id: number;
  commitment_id: number;
  title: string;
  due_date: Day;
  done_at: Instant | null;
  version: number;
}

/** One entry of the append-only audit log: the record before and after, as the command saw them. */
export interface AuditRecord {
  id: number;
  plan_id: number | null;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: unknown;
  after: unknown;
  at: Instant;
}

/** A person the document names, with posts (titles) and the units they speak for. */
export interface Speaker {
  id: number;
  plan_id: number;
  document_id: number;
  person: string;
  titles: string[];
  unit_ids: number[];
  span_start: number;
  span_end: number;
}

/** A named programme (“三大工程”) and its parts. */
export interface Strategy {
  id: number;
  plan_id: number;
  document_id: number;
  unit_id: number | null;
  label: string;
  parts: string[];
  span_start: number;
  span_end: number;
}

/** A document a plan was read from (or a task table's rows written out as one). */
export interface PlanDocument {
  id: number;
  plan_id: number;
  hash: string;
  title: string;
  source: string;
  year: number | null;
  encoding: string;
  format: string;
  text: string;
  revises_id: number | null;
  created_at: Instant;
  version: number;
}

// Flags (edited, is_baseline, disabled) stay 0/1 as stored: the audit log's
// before/after snapshots have always held them so, and old and new entries
// should read alike.

/** An item of work (承诺事项) with its review state and tracked status. */
export interface Commitment {
  id: number;
  plan_id: number;
  document_id: number;
  unit_id: number | null;
  lead_unit_id: number | null;
  text: string;
  span_start: number;
  span_end: number;
  review_state: ReviewState;
  edited: number;
  merged_into_id: number | null;
  reject_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: Instant | null;
  /** The deadline as the document words it (年底前, 2025年); due_date is the day it means. */
  deadline: string | null;
  due_date: Day | null;
  status: Status;
  status_reason: string;
  /** The level of its open warning (none, blue, yellow, red). */
  warning_level: string;
  /**
   * How sure the extraction is of the owner (unit_id), 0–1: 1 unless the
   * engine guessed it (see LOW_OWNER_CONFIDENCE); the review queue lists the
   * least sure first.
   */
  owner_confidence: number;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

/** A figure to reach: a commitment's, or a plan indicator's (commitment_id null). */
export interface Target {
  id: number;
  plan_id: number;
  document_id: number | null;
  commitment_id: number | null;
  unit_id: number | null;
  metric: string;
  comparator: Comparator;
  value: number;
  value_kind: ValueKind;
  unit_of_measure: string | null;
  is_baseline: number;
  baseline_value: number | null;
  baseline_year: number | null;
  due_year: number | null;
  span_start: number | null;
  span_end: number | null;
  latest_figure: number | null;
  latest_period: string | null;
  status: Status;
  status_reason: string;
  created_at: Instant;
  updated_at: Instant;
  version: number;
}

export interface User {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: number | null;
  disabled: number;
  /** 1: the password was chosen for the user (one-time); they must change it first. */
  must_change_password: number;
  created_at: Instant;
  version: number;
}
