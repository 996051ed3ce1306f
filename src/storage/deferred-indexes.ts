// A bulk load into empty tables with their secondary indexes set aside: each
// row inserted into a dozen b-trees in random key order is what a million-row
// load spends its time on (and, past the page cache, its disk); building an
// index once over the loaded table is a sort. The primary keys and unique
// indexes stay (upserts and constraints need them). Used by seed-synthetic,
// only when the tables are empty, so no reader sees a table without its
// indexes; the indexes are rebuilt from their own stored definitions, so
// what is left is exactly what the migrations made.
import { sql } from "kysely";
import type { DB, DialectName } from "./dialects/dialect.ts";

interface IndexDef {
  name: string;
  sql: string;
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
 * Drops the secondary indexes of `tables` and returns how to build them again
 * (call it once the load is done, or failed). Nothing is dropped, and the
 * returned step does nothing, unless every one of `tables` is empty.
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
  for (const d of defs) await sql`drop index ${sql.ref(d.name)}`.execute(db);
  return async () => {
    for (const d of defs) await sql.raw(d.sql).execute(db);
    // The planner's statistics for the new indexes (SQLite: sqlite_stat1; PostgreSQL: pg_statistic).
    if (dialect === "postgres") await sql`analyze`.execute(db);
  };
}
