// PostgreSQL through pg. int8 (ids, counts) and float8 arrive as JS numbers:
// every id and count here stays far below 2^53.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { CompiledQuery, Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from "kysely";
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
    dialect: translatingDialect(new PostgresDialect({ pool: copyingPool(pool) })),
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
    // statement, one snapshot; no other database's commits move it, nor a
    // write to a quiet table (20250131T000000_quiet_sessions).
    changeMark: async () => String((await db.executeQuery<{ n: number }>(MARK)).rows[0]!.n),
    // Both in one statement: one round trip, one snapshot.
    changeMarks: async () => {
      const r = (await db.executeQuery<{ n: number; s: number }>(MARKS)).rows[0]!;
      return { data: String(r.n), sessions: String(r.s) };
    },
  };
}

/**
 * `copy "t" (…) from stdin` with one parameter, the rows in COPY's text
 * format (a string or an array of strings sent in turn), is sent as COPY FROM
 * STDIN through pg-copy-streams on the statement's own connection, so it runs
 * inside the caller's transaction like any other statement (storage/bulk.repo.ts
 * builds it; node-postgres has no COPY of its own). Kysely hands a statement
 * to the pool's client as SQL text and parameters and keeps the client
 * private, so the client is wrapped where the pool hands it out.
 */
export const COPY_FROM_STDIN = /^copy "[^"]+" \([^)]*\) from stdin$/;

function copyingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let w = clients.get(client);
    if (!w) {
      w = {
        query: ((text: unknown, parameters?: unknown[]) =>
          typeof text === "string" && COPY_FROM_STDIN.test(text)
            ? copyIn(client, text, parameters![0] as string | string[])
            : (client.query as (t: unknown, p?: unknown[]) => unknown)(
                text,
                parameters,
              )) as PostgresPoolClient["query"],
        release: (destroy?: boolean) => client.release(destroy),
      };
      clients.set(client, w);
    }
    return w;
  };
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}

async function copyIn(client: pg.PoolClient, text: string, data: string | string[]) {
  const stream = client.query(copyFrom(text));
  await pipeline(Readable.from(typeof data === "string" ? [data] : data), stream);
  // The statement's one row: how many rows the server stored.
  return { command: "COPY", rowCount: stream.rowCount, rows: [{ copied: stream.rowCount }] };
}

const MARK = CompiledQuery.raw("select sum(n)::int8 as n from change_mark");
const MARKS = CompiledQuery.raw(
  "select (select sum(n) from change_mark)::int8 as n, (select n from session_mark where id = 1) as s",
);

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
