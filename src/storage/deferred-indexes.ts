// A bulk load into empty tables with their secondary indexes set aside: each
// row inserted into a dozen b-trees in random key order is what a million-row
// load spends its time on (and, past the page cache, its disk); building an
// index once over the loaded table is a sort. Used by seed-synthetic, only
// when the tables are empty, so no reader sees a table without its indexes;
// everything is rebuilt from its own stored definition, so what is left is
// exactly what the migrations made.
//
// SQLite keeps the primary keys and unique indexes (they cannot be dropped
// without rebuilding the table). PostgreSQL also sets aside the tables'
// foreign keys — each row's check is a trigger and an index probe of the
// parent, and adding the constraint afterwards checks every row in one join —
// and their primary keys and unique constraints, except one a foreign key from
// outside the tables still needs. Measured on 300,000 rows of commitment_grams
// (server CPU): inserted with its primary key and foreign key 4.6 s; inserted
// bare and both added after 0.65 s.
import { sql } from "kysely";
import type { DB, DialectName } from "./dialects/dialect.ts";

interface IndexDef {
  name: string;
  sql: string;
}

interface Constraint {
  table: string;
  name: string;
  def: string;
  kind: "p" | "u" | "f";
  /** The index that backs a primary key or unique constraint. */
  index: string | null;
}

async function secondaryIndexes(db: DB, dialect: DialectName, tables: string[]): Promise<IndexDef[]> {
  if (dialect === "sqlite") {
    const r = await sql<IndexDef>`
      select name, sql from sqlite_master
      where type = 'index' and sql is not null and sql not like 'CREATE UNIQUE%'
        and tbl_name in (${sql.join(tables)})
      order by name`.execute(db);
    return r.rows;
  }
  const r = await sql<IndexDef>`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as sql
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    where t.relname in (${sql.join(tables)}) and not x.indisunique and not x.indisprimary
      and t.relnamespace = current_schema()::regnamespace
    order by i.relname`.execute(db);
  return r.rows;
}

/**
 * PostgreSQL: the foreign keys the tables hold, then their primary keys,
 * unique constraints and unique indexes that no foreign key from outside the
 * tables references (dropping those would need that key dropped too).
 */
async function deferrableConstraints(db: DB, tables: string[]) {
  const all = await sql<Constraint & { referenced: string | null; own: boolean }>`
    select t.relname as "table", c.conname as name, pg_get_constraintdef(c.oid) as def,
      c.contype as kind, i.relname as index, r.relname as referenced,
      t.relname in (${sql.join(tables)}) as own
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    left join pg_class i on i.oid = c.conindid
    left join pg_class r on r.oid = c.confrelid
    where c.contype in ('p', 'u', 'f') and t.relnamespace = current_schema()::regnamespace
      and (t.relname in (${sql.join(tables)}) or r.relname in (${sql.join(tables)}))
    order by t.relname, c.conname`.execute(db);
  const foreign = all.rows.filter((c) => c.kind === "f" && c.own);
  // Indexes a foreign key that stays in place depends on.
  const needed = new Set(all.rows.filter((c) => c.kind === "f" && !c.own).map((c) => c.index));
  const keys = all.rows.filter((c) => c.kind !== "f" && c.own && !needed.has(c.index));
  const unique = await sql<IndexDef>`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as sql
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    where t.relname in (${sql.join(tables)}) and x.indisunique
      and t.relnamespace = current_schema()::regnamespace
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid and c.contype in ('p', 'u'))
    order by i.relname`.execute(db);
  return {
    foreign,
    keys,
    uniqueIndexes: unique.rows.filter((u) => !needed.has(u.name)),
  };
}

/**
 * Drops the secondary indexes of `tables` (and, on PostgreSQL, the keys and
 * foreign keys above) and returns how to build them again (call it once the
 * load is done, or failed). Nothing is dropped, and the returned step does
 * nothing, unless every one of `tables` is empty.
 */
export async function deferIndexes(
  db: DB,
  dialect: DialectName,
  tables: string[],
): Promise<() => Promise<void>> {
  for (const t of tables) {
    const r = await sql<{ one: number }>`select 1 as one from ${sql.table(t)} limit 1`.execute(db);
    if (r.rows.length) return async () => undefined;
  }
  const defs = await secondaryIndexes(db, dialect, tables);
  const held = dialect === "postgres" ? await deferrableConstraints(db, tables) : null;
  if (held) {
    for (const c of held.foreign)
      await sql`alter table ${sql.table(c.table)} drop constraint ${sql.ref(c.name)}`.execute(db);
    for (const c of held.keys)
      await sql`alter table ${sql.table(c.table)} drop constraint ${sql.ref(c.name)}`.execute(db);
    for (const u of held.uniqueIndexes) await sql`drop index ${sql.ref(u.name)}`.execute(db);
  }
  for (const d of defs) await sql`drop index ${sql.ref(d.name)}`.execute(db);
  return async () => {
    if (!held) {
      for (const d of defs) await sql.raw(d.sql).execute(db);
      return;
    }
    // One connection, so that the larger sort memory applies to every build
    // (the server's default, 64 MB, spills a million-row index to disk).
    await db.connection().execute(async (conn) => {
      await sql`set maintenance_work_mem = '512MB'`.execute(conn);
      try {
        // Keys first: the foreign keys added last need their referenced keys.
        for (const c of held.keys)
          await sql`alter table ${sql.table(c.table)} add constraint ${sql.ref(c.name)} ${sql.raw(c.def)}`.execute(
            conn,
          );
        for (const u of held.uniqueIndexes) await sql.raw(u.sql).execute(conn);
        for (const d of defs) await sql.raw(d.sql).execute(conn);
        for (const c of held.foreign)
          await sql`alter table ${sql.table(c.table)} add constraint ${sql.ref(c.name)} ${sql.raw(c.def)}`.execute(
            conn,
          );
        // The planner's statistics for the new indexes (pg_statistic).
        await sql`analyze`.execute(conn);
      } finally {
        await sql`reset maintenance_work_mem`.execute(conn);
      }
    });
  };
}
