// Per-user notifications, e-mail contacts and the mail outbox. Inserts are
// keyed by a dedupe key and ignore a key already present, so a reminder run
// repeated (or restarted) adds nothing twice.
import type { Notification } from "../domain/cycle/records.ts";
import type { DB } from "./dialects/dialect.ts";
import type { OutboxRow } from "./cycle.schema.ts";

export type NewNotification = Omit<Notification, "id" | "read_at">;

/** Inserts a notification unless the user already has one with its key; returns it if new. */
export async function insertNotification(db: DB, n: NewNotification): Promise<Notification | undefined> {
  return db
    .insertInto("notifications")
    .values({ ...n, read_at: null })
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Which of these user/key pairs already have a notification, as "user|key" (a reminder run's dedupe; the unique index, 500 keys a query). */
export async function existingNotifications(db: DB, pairs: { userId: number; key: string }[]) {
  const found = new Set<string>();
  const byUser = new Map<number, string[]>();
  for (const p of pairs) byUser.set(p.userId, [...(byUser.get(p.userId) ?? []), p.key]);
  for (const [userId, keys] of byUser) {
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await db
        .selectFrom("notifications")
        .select("dedupe_key")
        .where("user_id", "=", userId)
        .where("dedupe_key", "in", keys.slice(i, i + 500))
        .execute();
      for (const r of rows) found.add(`${userId}|${r.dedupe_key}`);
    }
  }
  return found;
}

export const hasNotification = async (db: DB, userId: number, key: string) =>
  !!(await db
    .selectFrom("notifications")
    .select("id")
    .where("user_id", "=", userId)
    .where("dedupe_key", "=", key)
    .executeTakeFirst());

export const notificationsOf = (db: DB, userId: number, limit: number): Promise<Notification[]> =>
  db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();

export async function unreadCount(db: DB, userId: number): Promise<number> {
  const r = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function markRead(db: DB, userId: number, ids: number[] | "all", at: string): Promise<number> {
  let q = db
    .updateTable("notifications")
    .set({ read_at: at })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (ids !== "all") {
    if (!ids.length) return 0;
    q = q.where("id", "in", ids);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const emailOf = async (db: DB, userId: number) =>
  (await db.selectFrom("user_contacts").select("email").where("user_id", "=", userId).executeTakeFirst())
    ?.email ?? null;

export async function setEmail(db: DB, userId: number, email: string | null) {
  await db.deleteFrom("user_contacts").where("user_id", "=", userId).execute();
  if (email) await db.insertInto("user_contacts").values({ user_id: userId, email }).execute();
}

/** Active users with their e-mail (if any): who reminders go to. */
export const recipients = (db: DB) =>
  db
    .selectFrom("users as u")
    .leftJoin("user_contacts as c", "c.user_id", "u.id")
    .select(["u.id", "u.username", "u.display_name", "u.role", "u.unit_id", "c.email"])
    .where("u.disabled", "=", 0)
    .orderBy("u.id")
    .execute();

export async function enqueueMail(
  db: DB,
  m: Omit<OutboxRow, "id" | "state" | "attempts" | "last_error" | "sent_at">,
): Promise<boolean> {
  const r = await db
    .insertInto("outbox")
    .values({ ...m, state: "pending", attempts: 0, last_error: null, sent_at: null })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const dueMail = (db: DB, now: string, limit: number) =>
  db
    .selectFrom("outbox")
    .selectAll()
    .where("state", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .orderBy("id")
    .limit(limit)
    .execute();

/** Takes a pending message for sending; false when another run took it first. */
export async function claimMail(db: DB, id: number, attempts: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    .set({ state: "sending", attempts: attempts + 1, next_attempt_at: now })
    .where("id", "=", id)
    .where("state", "=", "pending")
    .where("attempts", "=", attempts)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const markSent = (db: DB, id: number, at: string) =>
  db
    .updateTable("outbox")
    .set({ state: "sent", sent_at: at, last_error: null })
    .where("id", "=", id)
    .execute();

export const markFailed = (db: DB, id: number, error: string, retryAt: string | null) =>
  db
    .updateTable("outbox")
    .set({
      state: retryAt ? "pending" : "failed",
      last_error: error,
      next_attempt_at: retryAt ?? "9999-12-31",
    })
    .where("id", "=", id)
    .execute();

/** Messages left `sending` by a process that stopped mid-send go back to pending. */
export const releaseStale = (db: DB, before: string) =>
  db
    .updateTable("outbox")
    .set({ state: "pending" })
    .where("state", "=", "sending")
    .where("next_attempt_at", "<", before)
    .execute();

export const listOutbox = (db: DB, limit: number) =>
  db.selectFrom("outbox").selectAll().orderBy("id", "desc").limit(limit).execute();
