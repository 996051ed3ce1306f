// Which writes move the change mark (Store.changeMark), on both databases
// (migration 20250131T000000_quiet_sessions has the design).
import { sql } from "kysely";
import type { Store } from "./dialect.ts";

/**
 * Tables whose writes leave the change mark be: no kept answer
 * (http/response-cache.ts) and no export file (http/export-files.ts) reads
 * them, and they are written all day for reasons that change no plan data.
 * - sessions: a sign-in (one insert) and a sign-out. The session cache has
 *   its own mark (`session_mark`, raised by an update or delete of a session).
 * - notifications: a reminder run's notices and each "mark as read"; read
 *   only by a user's inbox, which is not kept.
 * - outbox: the mail queue, whose rows are claimed, sent or retried one by
 *   one; read only by the outbox sender and the admin's outbox list.
 * A route that reads one of these must not opt in to the cache (`cached`).
 * Users, units, plans, settings, contacts and the audit log all count: a
 * user's role or unit changes what they may see, and the audit log is
 * written in the same transaction as the data it records anyway.
 */
export const QUIET_TABLES = ["sessions", "notifications", "outbox"] as const;

/** The mark's own tables: never carry the mark's triggers. */
const MARK_TABLES = ["change_mark", "change_mark_pending", "session_mark"];

const OPS = ["insert", "update", "delete"] as const;
const triggerName = (op: string, table: string) => `lantu_change_mark_${op}_${table}`;
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Puts the mark's triggers on every table but the quiet ones that lacks
 * them, and takes them off a quiet table; run by migrate.ts after every
 * migration run, so a table a later migration adds is covered. When nothing
 * is missing it only reads the catalogue (a served database takes no lock).
 */
export async function installChangeMark(store: Store): Promise<void> {
  const quiet: string[] = [...QUIET_TABLES];
  if (store.dialect === "postgres") {
    await sql`select lantu_change_mark_install(${quiet}::text[])`.execute(store.db);
    return;
  }
  const { rows: tables } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db);
  const { rows: triggers } = await sql<{ name: string; tbl_name: string }>`
    select name, tbl_name from sqlite_master where type = 'trigger' and name like 'lantu_change_mark_%'`.execute(
    store.db,
  );
  const marked = (t: string) => !quiet.includes(t) && !MARK_TABLES.includes(t);
  const statements: string[] = [];
  const have = new Set<string>();
  for (const g of triggers) {
    // One left on a quiet table, or named after a table it no longer is on (renamed).
    const op = OPS.find((o) => g.name === triggerName(o, g.tbl_name));
    if (!op || !marked(g.tbl_name)) statements.push(`drop trigger ${quote(g.name)}`);
    else have.add(g.name);
  }
  for (const { name: t } of tables) {
    if (!marked(t)) continue;
    for (const op of OPS) {
      const name = triggerName(op, t);
      if (!have.has(name))
        statements.push(
          `create trigger ${quote(name)} after ${op} on ${quote(t)} begin update change_mark set n = n + 1 where id = 1; end`,
        );
    }
  }
  if (!statements.length) return;
  await store.db.transaction().execute(async (trx) => {
    for (const s of statements) await sql.raw(s).execute(trx);
  });
}
