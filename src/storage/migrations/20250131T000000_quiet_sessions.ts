// A change mark that sign-ins leave be. Kept answers (http/response-cache.ts)
// and built export files (http/export-files.ts) are keyed by Store.changeMark;
// it moved with every commit, so every sign-in (one row in `sessions`)
// emptied them all and the next reader of each paid the full cost: on a busy
// office morning, every dashboard read after each colleague's sign-in.
//
// Now the mark counts the commits that wrote a table a kept answer can read,
// and leaves out the "quiet" tables (dialects/change-mark.ts QUIET_TABLES:
// sessions, notifications, outbox), which no kept answer or export reads.
// It is still read from the database, never kept in process memory, so a
// write through any connection or process is seen; only which tables count
// has changed:
//
// - PostgreSQL: the per-database mark of 20250127T000000_change_mark and
//   20250128T000000_change_mark_shards is unchanged; its statement trigger
//   is simply not on the quiet tables (lantu_change_mark_install now takes
//   the list, drops the trigger where a table is quiet and puts it on every
//   other table that lacks it; migrate.ts calls it after every run).
// - SQLite: data_version and total_changes() move with any commit, so a
//   counter row is needed: `change_mark` (one row), raised by a row trigger
//   on insert, update and delete of every table but the quiet ones, in the
//   writing transaction (visible at the same instant as the data, undone by
//   a rollback). SQLite has no statement triggers: the cost is one one-row
//   update per row written (measured in docs/benchmarks.md, eleventh pass).
//   The triggers are made by migrate.ts after every run too, so a table a
//   later migration adds is covered.
//
// The session cache (admin.service.ts userForSession) needs more than the
// data: a sign-out deletes a session row only. `session_mark` (both
// databases, one row) is raised by every update or delete of sessions in the
// same transaction; the session cache is keyed by both marks. A sign-in (an
// insert) raises neither: a new token was never looked up, so no cache holds
// it (unknown tokens are not kept).
//
// Rejected: moving sessions to another SQLite file (attached, or another
// connection) would make the session write not move the main file's mark,
// but a user's disabling and the deletion of their sessions would no longer
// be one atomic transaction, the foreign key to users would go, a backup
// would be two files, and PostgreSQL would still need the trigger change.
// Keeping the mark in process memory would miss a worker's or another
// process's writes.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const quietSessions = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    if (dialect === "sqlite") {
      await sql`create table change_mark (id integer primary key check (id = 1), n integer not null)`.execute(
        db,
      );
      await sql`insert into change_mark values (1, 0)`.execute(db);
      await sql`create table session_mark (id integer primary key check (id = 1), n integer not null)`.execute(
        db,
      );
      await sql`insert into session_mark values (1, 0)`.execute(db);
      for (const op of ["update", "delete"])
        await sql`create trigger ${sql.raw(`lantu_session_mark_${op}`)} after ${sql.raw(op)} on sessions
          begin update session_mark set n = n + 1 where id = 1; end`.execute(db);
      return;
    }
    // One row, updated in place by a sign-out: room on its page for HOT updates.
    // Raised in the statement's transaction (its row lock held to the commit:
    // sign-outs are rare, and a transaction that also writes data takes the
    // data mark's row only at its commit, so the two locks cannot cross).
    await sql`create table session_mark (id smallint primary key check (id = 1), n bigint not null)
      with (fillfactor = 10)`.execute(db);
    await sql`insert into session_mark values (1, 0)`.execute(db);
    await sql`create function lantu_session_mark_raise() returns trigger language plpgsql as $$
      begin
        update session_mark set n = n + 1 where id = 1;
        return null;
      end $$`.execute(db);
    await sql`create trigger lantu_session_mark after update or delete or truncate on sessions
      for each statement execute function lantu_session_mark_raise()`.execute(db);
    await sql`drop function lantu_change_mark_install()`.execute(db);
    await sql`create function lantu_change_mark_install(quiet text[]) returns void language plpgsql as $$
      declare t text;
      begin
        for t in
          select c.relname from pg_class c
          where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
            and not c.relispartition
            and c.relname not in ('change_mark', 'change_mark_pending', 'session_mark')
            and c.relname <> all (quiet)
            and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'lantu_change_mark')
        loop
          execute format('create trigger lantu_change_mark after insert or update or delete or truncate on %I
            for each statement execute function lantu_change_mark_touch()', t);
        end loop;
        for t in
          select c.relname from pg_class c
          where c.relnamespace = current_schema()::regnamespace and c.relname = any (quiet)
            and exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'lantu_change_mark')
        loop
          execute format('drop trigger lantu_change_mark on %I', t);
        end loop;
      end $$`.execute(db);
  },
});
