// Table types of the supervision cycle (migration 20250103T000000). Kept
// apart from schema.ts so the cycle's tables read as one family.
import type { ColumnType, Generated, Selectable } from "kysely";

type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;

export interface CycleSettingsTable {
  plan_id: number;
  frequency: string;
  due_day: number;
  grace_days: number;
  starts_on: string;
  remind_before_days: number;
  yellow_after_days: number;
  red_returns: number;
  /** JSON: {onTime, onTrack, targetsMet, warnings}. */
  weights: string;
  version: Version;
}

export interface UnitCalendarTable {
  plan_id: number;
  unit_id: number;
  frequency: string;
  due_day: number;
  grace_days: number;
}

export interface ProgressMarkTable {
  progress_id: number;
  plan_id: number;
  due_on: string;
  late: number;
}

export interface CompletionProposalTable {
  id: Id;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  target_id: number | null;
  figure: number | null;
  period: string;
  narrative: string;
  evidence_links: string;
  /** pending | accepted | returned */
  state: string;
  return_reason: string | null;
  progress_id: number | null;
  proposed_by: number | null;
  proposed_by_name: string;
  proposed_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  version: Version;
}

export interface ExtensionRequestTable {
  id: Id;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  old_date: string | null;
  new_date: string;
  reason: string;
  /** pending | approved | refused */
  state: string;
  decision_reason: string | null;
  requested_by: number | null;
  requested_by_name: string;
  requested_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  version: Version;
}

export interface NoticeTable {
  id: Id;
  plan_id: number;
  seq: number;
  number: string;
  commitment_id: number;
  unit_id: number | null;
  level: string;
  demanded_action: string;
  reply_deadline: string;
  /** open | answered */
  state: string;
  reply: string | null;
  replied_by_name: string | null;
  replied_at: string | null;
  issued_by_name: string;
  issued_at: string;
  version: Version;
}

export interface VerdictRecordTable {
  id: Id;
  plan_id: number;
  commitment_id: number;
  verdict: string;
  reason: string;
  evidence_links: string;
  recorded_on: string;
  recorded_by_name: string;
  recorded_at: string;
}

export interface WarningTable {
  id: Id;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  level: string;
  reasons: string;
  raised_on: string;
  cleared_on: string | null;
}

export interface UserContactTable {
  user_id: number;
  email: string;
}

export interface NotificationTable {
  id: Id;
  user_id: number;
  plan_id: number | null;
  kind: string;
  dedupe_key: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface OutboxTable {
  id: Id;
  notification_id: number | null;
  dedupe_key: string;
  to_address: string;
  subject: string;
  body: string;
  message_id: string;
  /** pending | sent | failed */
  state: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** Confirmed items per answering unit (lead, else owner; 0: none), goal (0: none), status and warning level. */
export interface AggCycleGoalTable {
  plan_id: number;
  unit_id: number;
  goal_id: number;
  status: string;
  level: string;
  n: number;
}

/** Confirmed items per answering unit, status and warning level (one per item). */
export interface AggCycleUnitTable {
  plan_id: number;
  unit_id: number;
  status: string;
  level: string;
  n: number;
}

/** Targets (baselines apart) of confirmed items per answering unit and target status: the assessment's 目标达成. */
export interface AggUnitTargetStatusTable {
  plan_id: number;
  unit_id: number;
  status: string;
  n: number;
}

/** The day a plan's daily cycle pass last ran. */
export interface CycleRunTable {
  plan_id: number;
  /** '' after the plan's settings change: the next run re-reads every item. */
  day: string;
  /** The last warning whose raising was announced. */
  warned_through: ColumnType<number, number | undefined, number>;
}

export interface CycleDatabase {
  agg_cycle_goal: AggCycleGoalTable;
  agg_cycle_unit: AggCycleUnitTable;
  agg_unit_target_status: AggUnitTargetStatusTable;
  cycle_runs: CycleRunTable;
  cycle_settings: CycleSettingsTable;
  unit_calendars: UnitCalendarTable;
  progress_marks: ProgressMarkTable;
  completion_proposals: CompletionProposalTable;
  extension_requests: ExtensionRequestTable;
  notices: NoticeTable;
  verdict_records: VerdictRecordTable;
  warnings: WarningTable;
  user_contacts: UserContactTable;
  notifications: NotificationTable;
  outbox: OutboxTable;
}

export type CycleSettingsRow = Selectable<CycleSettingsTable>;
export type ProposalRow = Selectable<CompletionProposalTable>;
export type ExtensionRow = Selectable<ExtensionRequestTable>;
export type NoticeRow = Selectable<NoticeTable>;
export type VerdictRecordRow = Selectable<VerdictRecordTable>;
export type WarningRow = Selectable<WarningTable>;
export type NotificationRow = Selectable<NotificationTable>;
export type OutboxRow = Selectable<OutboxTable>;
