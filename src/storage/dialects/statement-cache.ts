// better-sqlite3 behind Kysely, with its prepared statements kept: Kysely's
// SQLite driver prepares every query anew, and compiling the statement cost
// more than running it for the small reads that make up most requests and for
// the repeated multi-row INSERTs of a bulk load (the seed spent 2.8 s of 25 s
// in prepare). Statements are kept per SQL text, the least recently used
// dropped past `max`; one still iterating (a streamed export) is not shared.
import type { Database as Sqlite, Statement } from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

export function cachingStatements(raw: Sqlite, max = 500): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        // Map order is insertion order: re-inserting marks it most recently used.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = raw.prepare(sql);
      if (hit) return stmt; // the kept one is busy: this one serves once
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
