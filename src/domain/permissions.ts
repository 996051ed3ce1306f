// Who may do what. The public has no role; a reporter is scoped to one unit.
import type { Role } from "./types.ts";

export type Permission =
  | "read_plan" // internal lists: proposed items, documents, targets, audit
  | "read_unit" // a unit's confirmed commitments and their progress
  | "report" // file progress for a unit
  | "review" // confirm, edit, merge, split, reject
  | "track" // deadlines, lead and cooperating units, milestones
  | "ingest"
  | "manage_plan" // plans and goals
  | "manage_units"
  | "manage_users"
  | "read_audit";

const GRANTS: Record<Role, Permission[]> = {
  admin: [
    "read_plan",
    "read_unit",
    "report",
    "review",
    "track",
    "ingest",
    "manage_plan",
    "manage_units",
    "manage_users",
    "read_audit",
  ],
  supervisor: ["read_plan", "read_unit", "report", "review", "track", "ingest", "manage_plan", "read_audit"],
  reporter: ["read_unit", "report"],
};

export interface Principal {
  role: Role;
  unitId: number | null;
}

/**
 * Whether a principal holds a permission. For unit-scoped permissions pass
 * the units the record belongs to (lead and cooperating): a reporter holds
 * them only for its own unit.
 */
export function can(p: Principal, perm: Permission, units?: (number | null)[]): boolean {
  if (!GRANTS[p.role].includes(perm)) return false;
  if (p.role !== "reporter") return true;
  if (units === undefined) return false;
  return p.unitId !== null && units.includes(p.unitId);
}

/** Reporters see one unit; everyone else with read_unit sees all (the system too). */
export function unitScope(p: { role: Role | "system"; unitId: number | null }): number | null {
  return p.role === "reporter" ? (p.unitId ?? -1) : null;
}
