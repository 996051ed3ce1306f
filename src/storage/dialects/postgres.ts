// PostgreSQL through pg. int8 (ids, counts) and float8 arrive as JS numbers:
// every id and count here stays far below 2^53.
import pg from "pg";
import { CompiledQuery, Kysely, PostgresDialect } from "kysely";
import type { Database } from "../schema.ts";
import { kyselyLog, type QueryLog, type Store } from "./dialect.ts";
import { translatingDialect } from "./translate-errors.ts";

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export function openPostgres(url: string, log?: QueryLog, poolSize = 10): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle pooled connection the server closes (a restart, pg_terminate_backend,
  // DROP DATABASE … WITH (FORCE)) emits "error" on the pool; with no listener Node
  // treats it as unhandled and the process exits. The pool drops that client and
  // opens a fresh one for the next query, so there is nothing else to do here.
  pool.on("error", () => {});
  const db = new Kysely<Database>({
    dialect: translatingDialect(new PostgresDialect({ pool })),
    log: kyselyLog(log),
  });
  return {
    dialect: "postgres",
    db,
    location: databaseName(url),
    close: () => db.destroy(),
    reopen: { dialect: "postgres", url },
    // Row locks and MVCC order PostgreSQL's writers without blocking a thread.
    exclusiveWrites: (fn) => fn(),
    // The count of writing transactions committed to this database, each
    // raised in its own commit, in the same commit as its data (migrations
    // 20250127T000000_change_mark, 20250128T000000_change_mark_shards): one
    // statement, one snapshot; no other database's commits move it.
    changeMark: async () => String((await db.executeQuery<{ n: number }>(MARK)).rows[0]!.n),
  };
}

const MARK = CompiledQuery.raw("select sum(n)::int8 as n from change_mark");

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

/** The same server's URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(name);
  return u.toString();
}

/** Create or drop a whole database (tests make one per run). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
