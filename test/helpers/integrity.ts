// The database's own consistency, on either dialect: SQLite's integrity and
// foreign-key checks; on PostgreSQL (which keeps its pages consistent itself)
// every foreign key re-checked as a query, so a row pointing at nothing shows
// even if a constraint were deferred, disabled or missing its index.
import { sql } from "kysely";
import type { Store } from "../../src/storage/dialects/index.ts";

/** Problems found; empty when the database is consistent. */
export async function integrityProblems(store: Store): Promise<string[]> {
  const db = store.db;
  if (store.dialect === "sqlite") {
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    const problems = check.rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    const fk = await sql<{
      table: string;
      rowid: number;
      parent: string;
    }>`PRAGMA foreign_key_check`.execute(db);
    for (const r of fk.rows) problems.push(`${r.table} row ${r.rowid}: no ${r.parent} row it refers to`);
    return problems;
  }
  const keys = await sql<{ child: string; col: string; parent: string; pcol: string }>`
    SELECT c.conrelid::regclass::text AS child, a.attname AS col,
           c.confrelid::regclass::text AS parent, af.attname AS pcol
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1
      AND c.connamespace = 'public'::regnamespace`.execute(db);
  const problems: string[] = [];
  for (const k of keys.rows) {
    const orphans = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(k.child)} ch
      WHERE ch.${sql.ref(k.col)} IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM ${sql.table(k.parent)} p WHERE p.${sql.ref(k.pcol)} = ch.${sql.ref(k.col)})`.execute(
      db,
    );
    const n = orphans.rows[0]!.n;
    if (n) problems.push(`${k.child}.${k.col}: ${n} rows with no ${k.parent} row`);
  }
  if (!keys.rows.length) problems.push("no foreign keys found to check");
  return problems;
}
