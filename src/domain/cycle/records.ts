// The supervision cycle's records as repositories hand them out (see the
// note in ../types.ts): evidence links, warning reasons and weights decoded
// from the JSON text storage keeps them in.
import type { Day, Instant } from "../types.ts";
import type { Weights } from "./assessment.ts";
import type { VerdictKind } from "./verdict.ts";
import type { Level, WarningReason } from "./warning.ts";

/** A plan's cycle settings as stored; weights missing from the record fall back to the defaults. */
export interface CycleSettingsRecord {
  plan_id: number;
  frequency: string;
  due_day: number;
  grace_days: number;
  starts_on: Day;
  remind_before_days: number;
  yellow_after_days: number;
  red_returns: number;
  weights: Partial<Weights>;
  version: number;
}

/** 提请销号: a unit's proposal that an item is done. */
export interface CompletionProposal {
  id: number;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  target_id: number | null;
  figure: number | null;
  period: string;
  narrative: string;
  evidence_links: string[];
  state: "pending" | "accepted" | "returned";
  return_reason: string | null;
  progress_id: number | null;
  proposed_by: number | null;
  proposed_by_name: string;
  proposed_at: Instant;
  decided_by_name: string | null;
  decided_at: Instant | null;
  version: number;
}

/** 延期申请: a unit asks for a later deadline; both dates are kept either way. */
export interface ExtensionRequest {
  id: number;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  /** The deadline when asked. */
  old_date: Day | null;
  new_date: Day;
  reason: string;
  state: "pending" | "approved" | "refused";
  decision_reason: string | null;
  requested_by: number | null;
  requested_by_name: string;
  requested_at: Instant;
  decided_by_name: string | null;
  decided_at: Instant | null;
  version: number;
}

/** 督办单: a numbered notice to a unit about an item, open until the unit replies. */
export interface NoticeRecord {
  id: number;
  plan_id: number;
  seq: number;
  number: string;
  commitment_id: number;
  unit_id: number | null;
  /** A raised level: a notice is never issued at "none". */
  level: Exclude<Level, "none">;
  demanded_action: string;
  reply_deadline: Day;
  state: "open" | "answered";
  reply: string | null;
  replied_by_name: string | null;
  replied_at: Instant | null;
  issued_by_name: string;
  issued_at: Instant;
  version: number;
}

/** A supervisor's recorded verdict on an item (kept, stalled, …). */
export interface VerdictRecord {
  id: number;
  plan_id: number;
  commitment_id: number;
  verdict: VerdictKind;
  reason: string;
  evidence_links: string[];
  recorded_on: Day;
  recorded_by_name: string;
  recorded_at: Instant;
}

/** A warning raised on an item, open until cleared_on. */
export interface WarningRecord {
  id: number;
  plan_id: number;
  commitment_id: number;
  unit_id: number | null;
  level: Exclude<Level, "none">;
  reasons: WarningReason[];
  raised_on: Day;
  cleared_on: Day | null;
}

/** A message to one user (a reminder, a decision, a warning); read once read_at is set. */
export interface Notification {
  id: number;
  user_id: number;
  plan_id: number | null;
  /** What it is about, e.g. report_due, notice_issued, warning. */
  kind: string;
  /** One notification per user and key: a repeated reminder run adds nothing. */
  dedupe_key: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Instant;
  read_at: Instant | null;
}
