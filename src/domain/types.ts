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
