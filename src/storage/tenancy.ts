// How each table would sit in a distributed PostgreSQL (Citus) deployment
// (docs/scaling.md): distributed by plan_id, replicated to every node as a
// reference table, or kept on the coordinator. test/storage/tenancy.test.ts
// checks that every table of the schema is listed here and that every
// distributed table carries a NOT NULL plan_id.

/** Plan data: sharded by plan_id, so one plan's rows are co-located on one node. */
export const DISTRIBUTED = [
  "goals",
  "documents",
  "document_sentences",
  "document_pages",
  "speakers",
  "strategies",
  "commitments",
  "commitment_goals",
  "commitment_units",
  "commitment_terms",
  "commitment_grams",
  "milestones",
  "targets",
  "progress_reports",
  "agg_unit_goal_status",
  "agg_commitment_state",
  "agg_generation",
  "agg_cycle_goal",
  "agg_cycle_unit",
  "cycle_runs",
  "cycle_settings",
  "unit_calendars",
  "progress_marks",
  "completion_proposals",
  "extension_requests",
  "notices",
  "verdict_records",
  "warnings",
] as const;

/** Small, organisation-wide, joined with plan data everywhere: a copy on every node. */
export const REFERENCE = ["plans", "units", "users"] as const;

/** Not plan data and never joined with it on a hot path: stays on the coordinator. */
export const LOCAL = [
  "sessions",
  // Entries about users and units have no plan; a plan's history is read by entity id.
  "audit_log",
  "user_contacts",
  "notifications",
  "outbox",
  "lantu_migrations",
  "lantu_migrations_lock",
] as const;

/**
 * Foreign keys between distributed tables that do not yet include plan_id
 * (child.column → parent). Citus needs plan_id in them; the Citus migration in
 * docs/scaling.md rewrites each as (plan_id, column) → parent (plan_id, id).
 * The list may only shrink: the test fails on one it does not name.
 */
export const FKS_WITHOUT_PLAN_ID = [
  "commitment_goals.commitment_id → commitments",
  "commitment_goals.goal_id → goals",
  "commitment_terms.commitment_id → commitments",
  "commitment_units.commitment_id → commitments",
  "commitments.document_id → documents",
  "commitments.merged_into_id → commitments",
  "completion_proposals.commitment_id → commitments",
  "completion_proposals.progress_id → progress_reports",
  "completion_proposals.target_id → targets",
  "document_sentences.document_id → documents",
  "documents.revises_id → documents",
  "extension_requests.commitment_id → commitments",
  "milestones.commitment_id → commitments",
  "notices.commitment_id → commitments",
  "progress_marks.progress_id → progress_reports",
  "progress_reports.commitment_id → commitments",
  "progress_reports.target_id → targets",
  "speakers.document_id → documents",
  "strategies.document_id → documents",
  "targets.commitment_id → commitments",
  "targets.document_id → documents",
  "verdict_records.commitment_id → commitments",
  "warnings.commitment_id → commitments",
];
