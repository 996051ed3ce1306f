// The supervision cycle's records as repositories hand them out (see the
// note in ../types.ts): evidence links, warning reasons and weights decoded
// from the JSON text storage keeps them in.
import type { Day, Instant } from "../types.ts";
import type { Weights } from "./assessment.ts";
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

/** A supervisor's recorded verdict on an item (kept, stalled, …). */
export interface VerdictRecord {
  id: number;
  plan_id: number;
  commitment_id: number;
  verdict: string;
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
