// Users and their login sessions (stored by the hash of the session token).
import type { Role, User } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";

export const getUser = (db: DB, id: number) =>
  db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

export const findUserByName = (db: DB, username: string) =>
  db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();

export const listUsers = (db: DB): Promise<User[]> =>
  db.selectFrom("users").selectAll().orderBy("id").execute();

export async function countUsers(db: DB, role?: Role): Promise<number> {
  let q = db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n"));
  if (role) q = q.where("role", "=", role);
  const r = await q.executeTakeFirst();
  return Number(r?.n ?? 0);
}

export const insertUser = (
  db: DB,
  u: Omit<User, "id" | "version" | "must_change_password"> & { must_change_password?: number },
): Promise<User> => db.insertInto("users").values(u).returningAll().executeTakeFirstOrThrow();

export async function insertSession(
  db: DB,
  s: { id: string; userId: number; createdAt: string; expiresAt: string },
) {
  await db
    .insertInto("sessions")
    .values({ id: s.id, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute();
}

export const sessionUser = (db: DB, id: string, now: string) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("u")
    .where("s.id", "=", id)
    .where("s.expires_at", ">", now)
    .where("u.disabled", "=", 0)
    .executeTakeFirst();

/** The session's user (not disabled) and when the session ends, whether it has ended or not. */
export const sessionAndUser = (db: DB, id: string) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("u")
    .select("s.expires_at as session_expires_at")
    .where("s.id", "=", id)
    .where("u.disabled", "=", 0)
    .executeTakeFirst();

export const deleteSession = (db: DB, id: string) => db.deleteFrom("sessions").where("id", "=", id).execute();
