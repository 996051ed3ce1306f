// Domain vocabulary shared by storage, services and the HTTP layer. Rows are
// not domain objects: repositories map rows into these shapes.

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
