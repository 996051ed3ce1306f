// How each table would sit in a distributed PostgreSQL (Citus) deployment
// (docs/scaling.md): distributed by plan_id, replicated to every node as a
// reference table, or kept on the coordinator. test/storage/tenancy.test.ts
// checks that every table of the schema is listed here, that every
// distributed table carries a NOT NULL plan_id, and that every foreign key
// between distributed tables is (plan_id, x) → parent (plan_id, id), so that
// a row and its parent are always on the same shard.

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
  "agg_unit_target_status",
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
  // The database's change mark (migrations 20250127T000000_change_mark, PostgreSQL,
  // and 20250131T000000_quiet_sessions; change_mark_pending is PostgreSQL's only).
  "change_mark",
  "change_mark_pending",
  "session_mark",
  "lantu_migrations",
  "lantu_migrations_lock",
] as const;
