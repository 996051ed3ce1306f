// Read model of units and users.
import { findUnit, listUnits } from "../storage/unit.repo.ts";
import { listUsers } from "../storage/user.repo.ts";
import type { Services } from "./context.ts";

export const allUnits = (s: Services) => listUnits(s.store.db);
export const allUsers = (s: Services) => listUsers(s.store.db);
/** A unit by its name or one of its aliases, or undefined. */
export const unitByName = (s: Services, name: string) => findUnit(s.store.db, name);
