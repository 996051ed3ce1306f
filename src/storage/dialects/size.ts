// How much disk a database takes, for the scale benchmark's report: the
// SQLite file with its write-ahead log, or PostgreSQL's own count.
import { statSync } from "node:fs";
import { sql } from "kysely";
import type { Store } from "./dialect.ts";

export async function databaseBytes(store: Store): Promise<number> {
  if (store.dialect === "sqlite") {
    const size = (f: string) => {
      try {
        return statSync(f).size;
      } catch {
        return 0;
      }
    };
    return size(store.location) + size(store.location + "-wal");
  }
  const r = await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(store.db);
  return Number(r.rows[0]?.n ?? 0);
}
