// Table types for Kysely. Every table holding plan data carries plan_id (the
// tenant key a distributed engine would shard by). JSON lists are stored as
// text and times as ISO-8601 text, identically on both databases.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Commitment, Milestone, Plan, PlanDocument, Target, User } from "../domain/types.ts";
import type { CycleDatabase } from "./cycle.schema.ts";

type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;
/** A table whose columns are a domain record's fields as they are (no JSON text among them). */
type Stored<T extends { id: number; version: number }> = Omit<T, "id" | "version"> & {
  id: Id;
  version: Version;
};

export type PlanTable = Stored<Plan>;

export interface GoalTable {
  id: Id;
  plan_id: number;
  key: string;
  name: string;
  aliases: string;
  subjects: string;
  position: number;
  version: Version;
}

export interface UnitTable {
  id: Id;
  name: string;
  kind: string;
  aliases: string;
  parent_id: number | null;
  created_at: string;
  version: Version;
}

export type DocumentTable = Stored<PlanDocument>;

export interface DocumentSentenceTable {
  plan_id: number;
  document_id: number;
  hash: string;
}

/** A page of a paged document; no foreign key (see tenancy.ts): written with its document, in one transaction. */
export interface DocumentPageTable {
  plan_id: number;
  document_id: number;
  /** From 1. */
  number: number;
  /** Where the page begins in documents.text (UTF-16 units, as spans). */
  start_offset: number;
  /** Tesseract's mean word confidence (0–100) for a page read by OCR. */
  confidence: number | null;
  image_type: string | null;
  image: Uint8Array | null;
}

export interface SpeakerTable {
  id: Id;
  plan_id: number;
  document_id: number;
  person: string;
  titles: string;
  unit_ids: string;
  span_start: number;
  span_end: number;
}

export interface StrategyTable {
  id: Id;
  plan_id: number;
  document_id: number;
  unit_id: number | null;
  label: string;
  parts: string;
  span_start: number;
  span_end: number;
}

/** warning_level ("none") and owner_confidence (1) have defaults: an insert may leave them out. */
export type CommitmentTable = Omit<Stored<Commitment>, "warning_level" | "owner_confidence"> & {
  warning_level: ColumnType<string, string | undefined, string>;
  owner_confidence: ColumnType<number, number | undefined, number>;
};

export interface CommitmentGoalTable {
  plan_id: number;
  commitment_id: number;
  goal_id: number;
  confidence: number;
  cue_kind: string;
  cue_text: string;
  cue_start: number | null;
  cue_end: number | null;
}

export interface CommitmentUnitTable {
  plan_id: number;
  commitment_id: number;
  unit_id: number;
}

export interface CommitmentTermTable {
  plan_id: number;
  term: string;
  commitment_id: number;
}

/** A commitment's distinct pairs of adjacent letters or digits (two-character search). */
export interface CommitmentGramTable {
  plan_id: number;
  gram: string;
  commitment_id: number;
}

export type MilestoneTable = Stored<Milestone>;

export type TargetTable = Stored<Target>;

export interface ProgressTable {
  id: Id;
  plan_id: number;
  /** Null for a report on a plan indicator (a target without commitment). */
  commitment_id: number | null;
  target_id: number | null;
  period: string;
  period_end: string;
  narrative: string;
  figure: number | null;
  complete: number;
  evidence_links: string;
  reporter_id: number | null;
  reporter_name: string;
  reported_at: string;
  version: Version;
}

/** must_change_password has a default (0): an insert may leave it out. */
export type UserTable = Omit<Stored<User>, "must_change_password"> & {
  must_change_password: Generated<number>;
};

export interface SessionTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface AuditTable {
  id: Id;
  plan_id: number | null;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
  at: string;
}

/** Confirmed items per unit, goal (0: aligned to none) and status. */
export interface AggUnitGoalStatusTable {
  plan_id: number;
  unit_id: number;
  goal_id: number;
  status: string;
  n: number;
}

export interface AggCommitmentStateTable {
  plan_id: number;
  unit_id: number;
  review_state: string;
  status: string;
  n: number;
}

/** Bumped with every aggregate change of a plan: cached read models compare it. */
export interface AggGenerationTable {
  plan_id: number;
  n: number;
}

export interface Database extends CycleDatabase {
  plans: PlanTable;
  goals: GoalTable;
  units: UnitTable;
  documents: DocumentTable;
  document_sentences: DocumentSentenceTable;
  document_pages: DocumentPageTable;
  speakers: SpeakerTable;
  strategies: StrategyTable;
  commitments: CommitmentTable;
  commitment_goals: CommitmentGoalTable;
  commitment_units: CommitmentUnitTable;
  commitment_terms: CommitmentTermTable;
  commitment_grams: CommitmentGramTable;
  milestones: MilestoneTable;
  targets: TargetTable;
  progress_reports: ProgressTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditTable;
  agg_unit_goal_status: AggUnitGoalStatusTable;
  agg_commitment_state: AggCommitmentStateTable;
  agg_generation: AggGenerationTable;
}

export type PlanRow = Selectable<PlanTable>;
export type GoalRow = Selectable<GoalTable>;
export type UnitRow = Selectable<UnitTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type CommitmentRow = Selectable<CommitmentTable>;
export type NewCommitment = Insertable<CommitmentTable>;
export type CommitmentPatch = Updateable<CommitmentTable>;
export type TargetRow = Selectable<TargetTable>;
export type NewTarget = Insertable<TargetTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type ProgressRow = Selectable<ProgressTable>;
export type UserRow = Selectable<UserTable>;
export type AuditRow = Selectable<AuditTable>;
