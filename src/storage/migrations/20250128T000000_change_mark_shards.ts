// PostgreSQL's change mark in 16 rows instead of one (see
// 20250127T000000_change_mark for the design). With one row, every writing
// transaction of the database waited at its commit for the previous one's
// raise: 20 writers of tiny transactions (an insert and an update each) spent
// 0.9 → 2.1–3.3 ms of backend CPU per transaction and ran 360–430 → 170–220
// per second. A transaction now raises the row of its backend (pid mod 16),
// and the mark is the sum of the rows: +0.35–0.45 ms per transaction, the same
// rate as without the mark.
//
// Still exact: each row is raised under its row lock by a transaction that
// holds it until its commit is visible, so each row's visible value counts
// the visible transactions that raised it, and the sum, read in one
// statement (one snapshot), counts every visible writing transaction. A
// later snapshot sees all an earlier one saw, so two reads of the same sum
// saw the same commits. The row that holds the count so far stays row 1, so
// the sum goes on from where the one row was.
//
// The pending row is found by the transaction's id (its primary key): the
// delete at each commit scanned the unlogged table, whose dead rows grow
// between vacuums.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const CHANGE_MARK_ROWS = 16;

export const changeMarkShards = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    if (dialect !== "postgres") return;
    await sql`alter table change_mark drop constraint change_mark_id_check`.execute(db);
    await sql`alter table change_mark add constraint change_mark_id_check
      check (id between 1 and ${sql.lit(CHANGE_MARK_ROWS)})`.execute(db);
    await sql`insert into change_mark select g, 0 from generate_series(2, ${sql.lit(CHANGE_MARK_ROWS)}) g`.execute(
      db,
    );
    // Dropping the table drops its deferred trigger; both are made again. The
    // migrations' own writes in this transaction have queued a raise: it runs
    // now (a table with pending trigger events cannot be dropped), and the
    // transaction's later writes queue none (it has raised already).
    await sql`set constraints lantu_change_mark_raise immediate`.execute(db);
    await sql`drop table change_mark_pending`.execute(db);
    await sql`create unlogged table change_mark_pending (xid xid8 primary key default pg_current_xact_id())`.execute(
      db,
    );
    await sql`create or replace function lantu_change_mark_touch() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('lantu.change_pending', true), '') <> 'on' then
          perform set_config('lantu.change_pending', 'on', true);
          insert into change_mark_pending default values;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create or replace function lantu_change_mark_raise() returns trigger language plpgsql as $$
      begin
        update change_mark set n = n + 1 where id = 1 + pg_backend_pid() % ${sql.lit(CHANGE_MARK_ROWS)};
        delete from change_mark_pending where xid = pg_current_xact_id();
        return null;
      end $$`.execute(db);
    await sql`create constraint trigger lantu_change_mark_raise after insert on change_mark_pending
      deferrable initially deferred for each row execute function lantu_change_mark_raise()`.execute(db);
  },
});
