// PostgreSQL's change mark (Store.changeMark) for this database alone: a
// counter that every transaction which writes any table of the schema raises
// by one as it commits. It was pg_current_snapshot(), which any commit in the
// whole cluster moves (other databases, other applications), so on a shared
// server the kept answers (http/response-cache.ts) were emptied all the time.
//
// Why it is exact. The counter is raised inside the writing transaction, so
// the new value becomes visible in the same instant as the data: a reader can
// never see the new mark before the rows (a sequence's nextval would be seen
// at once, before the commit, and a read in between would keep an old answer
// under the new mark for good). The row lock orders the raises: a writer
// holds it until its commit is visible, so the values visible to a snapshot
// are 1..n with no gap, and two snapshots that read the same n see the same
// committed writes.
//
// Why it costs little. A statement-level trigger on every table (once per
// statement, not per row) notes the first write of a transaction in a
// transaction-local setting and inserts one row into change_mark_pending
// (unlogged: never holds a committed row). That row's constraint trigger is
// deferred to the commit, where it raises the counter and deletes the row: the
// counter's row lock is held only from there to the end of the commit, not
// for the whole transaction, so concurrent writers (20 reporters, an ingest in
// its worker) do not queue behind each other's work. A savepoint rolled back
// takes the setting and the pending row with it; a transaction rolled back
// raises nothing.
//
// lantu_change_mark_install() puts the trigger on every table of the schema
// but the mark's own two that lacks it; migrate.ts calls it after every
// migration run, so a table a later migration adds is covered without anyone
// remembering (test/storage/dialects/change-mark.test.ts checks every table).
// SQLite needs none of this: its data_version and total_changes() are per
// database already (dialects/sqlite.ts).
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const changeMark = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    if (dialect !== "postgres") return;
    // One row, updated in place at every commit that wrote: room on its page for HOT updates.
    await sql`create table change_mark (id smallint primary key check (id = 1), n bigint not null)
      with (fillfactor = 10)`.execute(db);
    await sql`insert into change_mark values (1, 0)`.execute(db);
    await sql`create unlogged table change_mark_pending (x smallint)`.execute(db);
    await sql`create function lantu_change_mark_touch() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('lantu.change_pending', true), '') <> 'on' then
          perform set_config('lantu.change_pending', 'on', true);
          insert into change_mark_pending values (1);
        end if;
        return null;
      end $$`.execute(db);
    await sql`create function lantu_change_mark_raise() returns trigger language plpgsql as $$
      begin
        update change_mark set n = n + 1 where id = 1;
        delete from change_mark_pending;
        return null;
      end $$`.execute(db);
    await sql`create constraint trigger lantu_change_mark_raise after insert on change_mark_pending
      deferrable initially deferred for each row execute function lantu_change_mark_raise()`.execute(db);
    await sql`create function lantu_change_mark_install() returns void language plpgsql as $$
      declare t text;
      begin
        for t in
          select c.relname from pg_class c
          where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
            and not c.relispartition
            and c.relname not in ('change_mark', 'change_mark_pending')
            and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'lantu_change_mark')
        loop
          execute format('create trigger lantu_change_mark after insert or update or delete or truncate on %I
            for each statement execute function lantu_change_mark_touch()', t);
        end loop;
      end $$`.execute(db);
    await sql`select lantu_change_mark_install()`.execute(db);
  },
});
