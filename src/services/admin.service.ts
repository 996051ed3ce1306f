// Plans, goals, units and users: the administrative records.
import { randomBytes, createHash } from "node:crypto";
import { LantuError } from "../errors.ts";
import { ROLES, type Actor, type Role, type User } from "../domain/types.ts";
import {
  findPlanByName,
  getGoal,
  getPlan,
  insertGoal,
  insertPlan,
  listGoals,
  updateGoal as storeGoal,
} from "../storage/plan.repo.ts";
import { findUnit, getUnit, insertUnit, updateUnit as storeUnit } from "../storage/unit.repo.ts";
import {
  countUsers,
  deleteSession,
  findUserByName,
  getUser,
  insertSession,
  insertUser,
  sessionAndUser,
  sessionUser,
} from "../storage/user.repo.ts";
import { updateVersioned } from "../storage/util.ts";
import { command, type Services } from "./context.ts";
import { MarkedCache } from "./generation-cache.ts";
import { generatePassword, hashPassword, verifyPassword } from "./password.ts";

export async function createPlan(s: Services, actor: Actor, name: string, frameworkName: string | null) {
  return command(s, actor, async (trx, now) => {
    if (await findPlanByName(trx, name)) {
      throw new LantuError("duplicate", `name: a plan named "${name}" exists`, { field: "name" });
    }
    const plan = await insertPlan(trx, name, frameworkName, now);
    return {
      result: plan,
      audit: {
        planId: plan.id,
        action: "create",
        entity: "plan",
        entityId: plan.id,
        before: null,
        after: plan,
      },
    };
  });
}

export async function updatePlan(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  p: { name?: string; frameworkName?: string | null },
) {
  return command(s, actor, async (trx, now) => {
    const before = await getPlan(trx, id);
    if (!before) throw new LantuError("not_found", `plan ${id} not found`);
    if (p.name !== undefined && p.name !== before.name && (await findPlanByName(trx, p.name))) {
      throw new LantuError("duplicate", `name: a plan named "${p.name}" exists`, { field: "name" });
    }
    const patch: Record<string, unknown> = { updated_at: now };
    if (p.name !== undefined) patch.name = p.name;
    if (p.frameworkName !== undefined) patch.framework_name = p.frameworkName;
    await updateVersioned(trx, "plans", id, version, patch);
    const after = (await getPlan(trx, id))!;
    return {
      result: after,
      audit: { planId: id, action: "update", entity: "plan", entityId: id, before, after },
    };
  });
}

export interface GoalInput {
  name?: string;
  aliases?: string[];
  subjects?: string[];
}

export async function addGoal(
  s: Services,
  actor: Actor,
  planId: number,
  g: Required<Pick<GoalInput, "name">> & GoalInput,
) {
  return command(s, actor, async (trx) => {
    if (!(await getPlan(trx, planId))) throw new LantuError("not_found", `plan ${planId} not found`);
    const goals = await listGoals(trx, planId);
    if (goals.some((x) => x.name === g.name)) {
      throw new LantuError("duplicate", `name: the plan has a goal named "${g.name}"`, { field: "name" });
    }
    const row = await insertGoal(trx, {
      planId,
      key: `g${goals.length + 1}`,
      name: g.name,
      aliases: g.aliases ?? [],
      subjects: g.subjects ?? [],
      position: goals.length,
    });
    return {
      result: row,
      audit: { planId, action: "create", entity: "goal", entityId: row.id, before: null, after: row },
    };
  });
}

export async function updateGoal(s: Services, actor: Actor, id: number, version: number, g: GoalInput) {
  return command(s, actor, async (trx) => {
    const before = await getGoal(trx, id);
    if (!before) throw new LantuError("not_found", `goal ${id} not found`);
    await storeGoal(trx, id, version, g);
    const after = (await getGoal(trx, id))!;
    return {
      result: after,
      audit: { planId: before.plan_id, action: "update", entity: "goal", entityId: id, before, after },
    };
  });
}

export interface UnitInput {
  name?: string;
  kind?: string;
  aliases?: string[];
  parentId?: number | null;
}

export async function addUnit(s: Services, actor: Actor, u: { name: string } & UnitInput) {
  return command(s, actor, async (trx, now) => {
    if (await findUnit(trx, u.name))
      throw new LantuError("duplicate", `name: a unit named "${u.name}" exists`, { field: "name" });
    if (u.parentId != null && !(await getUnit(trx, u.parentId))) {
      throw new LantuError("validation", `parent_id: no unit ${u.parentId}`, {
        field: "parent_id",
        rule: "unknown_reference",
      });
    }
    const row = await insertUnit(
      trx,
      {
        name: u.name,
        kind: u.kind ?? "organisation",
        aliases: u.aliases ?? [],
        parentId: u.parentId ?? null,
      },
      now,
    );
    return {
      result: row,
      audit: { planId: null, action: "create", entity: "unit", entityId: row.id, before: null, after: row },
    };
  });
}

export async function updateUnit(s: Services, actor: Actor, id: number, version: number, u: UnitInput) {
  return command(s, actor, async (trx) => {
    const before = await getUnit(trx, id);
    if (!before) throw new LantuError("not_found", `unit ${id} not found`);
    if (u.parentId === id)
      throw new LantuError("validation", "parent_id: a unit cannot be its own parent", {
        field: "parent_id",
        rule: "invalid",
      });
    if (u.parentId != null && !(await getUnit(trx, u.parentId))) {
      throw new LantuError("validation", `parent_id: no unit ${u.parentId}`, {
        field: "parent_id",
        rule: "unknown_reference",
      });
    }
    await storeUnit(trx, id, version, {
      name: u.name,
      kind: u.kind,
      aliases: u.aliases,
      parent_id: u.parentId,
    });
    const after = (await getUnit(trx, id))!;
    return {
      result: after,
      audit: { planId: null, action: "update", entity: "unit", entityId: id, before, after },
    };
  });
}

// Users ---------------------------------------------------------------

/** What the audit log may hold about a user: never the password hash. */
const safe = ({ password_hash: _p, ...u }: User) => u;

export interface UserInput {
  username: string;
  password: string;
  role: Role;
  unitId?: number | null;
  displayName?: string;
  /** The password was made for the user (printed once): they must choose their own first. */
  oneTime?: boolean;
}

export async function createUser(s: Services, actor: Actor, u: UserInput) {
  if (!ROLES.includes(u.role))
    throw new LantuError("validation", `role: must be one of ${ROLES.join(", ")}`, {
      field: "role",
      rule: "not_allowed",
    });
  if (u.role === "reporter" && (u.unitId === undefined || u.unitId === null)) {
    throw new LantuError("validation", "unit_id: a reporter belongs to one unit", {
      field: "unit_id",
      rule: "required",
    });
  }
  if (u.password.length < 8)
    throw new LantuError("validation", "password: at least 8 characters", {
      field: "password",
      rule: "too_short",
      limit: 8,
    });
  const passwordHash = await hashPassword(u.password);
  return command(s, actor, async (trx, now) => {
    if (await findUserByName(trx, u.username)) {
      throw new LantuError("duplicate", `username: "${u.username}" is taken`, { field: "username" });
    }
    if (u.unitId != null && !(await getUnit(trx, u.unitId))) {
      throw new LantuError("validation", `unit_id: no unit ${u.unitId}`, {
        field: "unit_id",
        rule: "unknown_reference",
      });
    }
    const row = await insertUser(trx, {
      username: u.username,
      display_name: u.displayName ?? u.username,
      password_hash: passwordHash,
      role: u.role,
      unit_id: u.unitId ?? null,
      disabled: 0,
      must_change_password: u.oneTime ? 1 : 0,
      created_at: now,
    });
    return {
      result: row,
      audit: {
        planId: null,
        action: "create",
        entity: "user",
        entityId: row.id,
        before: null,
        after: safe(row),
      },
    };
  });
}

export async function updateUser(
  s: Services,
  actor: Actor,
  id: number,
  version: number,
  u: { role?: Role; unitId?: number | null; displayName?: string; password?: string; disabled?: boolean },
) {
  if (u.password !== undefined && u.password.length < 8) {
    throw new LantuError("validation", "password: at least 8 characters", {
      field: "password",
      rule: "too_short",
      limit: 8,
    });
  }
  const passwordHash = u.password !== undefined ? await hashPassword(u.password) : undefined;
  return command(s, actor, async (trx) => {
    const before = await getUser(trx, id);
    if (!before) throw new LantuError("not_found", `user ${id} not found`);
    const role = u.role ?? before.role;
    const unitId = u.unitId !== undefined ? u.unitId : before.unit_id;
    if (role === "reporter" && unitId === null) {
      throw new LantuError("validation", "unit_id: a reporter belongs to one unit", {
        field: "unit_id",
        rule: "required",
      });
    }
    if (unitId !== null && !(await getUnit(trx, unitId))) {
      throw new LantuError("validation", `unit_id: no unit ${unitId}`, {
        field: "unit_id",
        rule: "unknown_reference",
      });
    }
    const patch: Record<string, unknown> = {};
    if (u.role !== undefined) patch.role = u.role;
    if (u.unitId !== undefined) patch.unit_id = u.unitId;
    if (u.displayName !== undefined) patch.display_name = u.displayName;
    if (passwordHash !== undefined) patch.password_hash = passwordHash;
    if (u.disabled !== undefined) patch.disabled = u.disabled ? 1 : 0;
    await updateVersioned(trx, "users", id, version, patch);
    if (u.disabled || passwordHash !== undefined)
      await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    const after = (await getUser(trx, id))!;
    return {
      result: after,
      audit: {
        planId: null,
        action: "update",
        entity: "user",
        entityId: id,
        before: safe(before),
        after: safe(after),
      },
    };
  });
}

/**
 * A user that cannot sign in (no password, disabled) under whose name the
 * system does work, such as loading the demo; created once, and audited.
 */
export async function ensureSystemUser(
  s: Services,
  actor: Actor,
  u: { username: string; displayName: string; role: Role },
) {
  const existing = await findUserByName(s.store.db, u.username);
  if (existing) return existing;
  return command(s, actor, async (trx, now) => {
    const row = await insertUser(trx, {
      username: u.username,
      display_name: u.displayName,
      password_hash: "!",
      role: u.role,
      unit_id: null,
      disabled: 1,
      created_at: now,
    });
    return {
      result: row,
      audit: {
        planId: null,
        action: "create",
        entity: "user",
        entityId: row.id,
        before: null,
        after: safe(row),
      },
    };
  });
}

/** First start: creates an admin with a random password, returned once and stored only hashed. */
export async function ensureAdmin(s: Services): Promise<{ username: string; password: string } | null> {
  if ((await countUsers(s.store.db, "admin")) > 0) return null;
  const password = generatePassword();
  await createUser(
    s,
    { id: null, name: "system", role: "system", unitId: null },
    { username: "admin", password, role: "admin", displayName: "Administrator", oneTime: true },
  );
  return { username: "admin", password };
}

/**
 * A signed-in user replaces their own password: the current one must be
 * given, the new one differ from it. Clears the must-change flag and ends
 * the user's other sessions (whoever else knew the old password).
 */
export async function changeOwnPassword(
  s: Services,
  user: User,
  sessionToken: string,
  current: string,
  next: string,
): Promise<User> {
  if (next.length < 8)
    throw new LantuError("validation", "new_password: at least 8 characters", { field: "new_password" });
  if (next === current)
    throw new LantuError("validation", "new_password: must differ from the current password", {
      field: "new_password",
    });
  const stored = await getUser(s.store.db, user.id);
  if (!stored || !(await verifyPassword(current, stored.password_hash)))
    throw new LantuError("validation", "current_password: not your current password", {
      field: "current_password",
    });
  const passwordHash = await hashPassword(next);
  return command(s, actorOf(stored), async (trx) => {
    await updateVersioned(trx, "users", stored.id, stored.version, {
      password_hash: passwordHash,
      must_change_password: 0,
    });
    await trx
      .deleteFrom("sessions")
      .where("user_id", "=", stored.id)
      .where("id", "!=", tokenId(sessionToken))
      .execute();
    const after = (await getUser(trx, stored.id))!;
    return {
      result: after,
      audit: {
        planId: null,
        action: "change_password",
        entity: "user",
        entityId: stored.id,
        before: safe(stored),
        after: safe(after),
      },
    };
  });
}

export const SESSION_DAYS = 7;
const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function login(s: Services, username: string, password: string) {
  const db = s.store.db;
  const user = await findUserByName(db, username);
  // Hash even for unknown users so timing does not reveal which names exist.
  const ok = await verifyPassword(
    password,
    user?.password_hash ??
      "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
  );
  if (!user || !ok || user.disabled) throw new LantuError("unauthorized", "username or password is wrong");
  const token = randomBytes(32).toString("base64url");
  const now = s.now();
  await insertSession(db, {
    id: tokenId(token),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86400_000).toISOString(),
  });
  return { token, user };
}

type SessionEntry = { user: User; expiresAt: string };
const sessionCaches = new WeakMap<Services["store"], MarkedCache<SessionEntry>>();

/**
 * The signed-in user of a session token, or undefined (unknown, ended, user
 * disabled). With `mark` (the change mark and the sessions' mark,
 * Store.changeMarks, read first) a session seen before is answered from
 * memory while neither has moved: signing out (a session deleted), a
 * password change, a role change or disabling the user are writes that
 * move one of them, so each one is seen by the next request; the end time
 * is checked every time. Unknown tokens are not kept, which is why a
 * sign-in (a session inserted) need move no mark.
 */
export async function userForSession(s: Services, token: string, mark?: string): Promise<User | undefined> {
  const id = tokenId(token);
  const now = s.now().toISOString();
  if (mark === undefined) return sessionUser(s.store.db, id, now);
  let cache = sessionCaches.get(s.store);
  if (!cache) sessionCaches.set(s.store, (cache = new MarkedCache(10_000)));
  let entry = cache.get(id, mark);
  if (!entry) {
    const row = await sessionAndUser(s.store.db, id);
    if (!row) return undefined;
    const { session_expires_at: expiresAt, ...user } = row;
    entry = { user: Object.freeze(user), expiresAt };
    cache.set(id, mark, entry);
  }
  return entry.expiresAt > now ? entry.user : undefined;
}
/** The user a session belongs to, as the HTTP layer keeps it on the request. */
export type SessionUser = User;
export const logout = (s: Services, token: string) => deleteSession(s.store.db, tokenId(token));

export const actorOf = (u: User): Actor => ({
  id: u.id,
  name: u.username,
  role: u.role,
  unitId: u.unit_id,
});
