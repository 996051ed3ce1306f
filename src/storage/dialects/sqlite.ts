// SQLite through better-sqlite3: one file, WAL journal, foreign keys on; the
// main thread's writes pass a WriteGate (gated-driver.ts) so that a writer in
// another thread never makes this one wait synchronously.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, Kysely, SqliteDialect, type Dialect } from "kysely";
import { LantuError } from "../../errors.ts";
import type { Database } from "../schema.ts";
import { kyselyLog, type QueryLog, type Store } from "./dialect.ts";
import { translatingDialect } from "./translate-errors.ts";
import { gatedDialect } from "./gated-driver.ts";
import { WriteGate } from "./write-gate.ts";
import { cachingStatements } from "./statement-cache.ts";

export interface SqliteOptions {
  /**
   * How long a write waits for another connection's write lock, blocking its
   * thread (default 5 s; an ingest worker, whose thread serves no one, waits longer).
   */
  busyTimeoutMs?: number;
}

/**
 * `cacheMb`: the page cache (SQLite's default is 2 MB). At province scale the
 * indexes hold millions of rows, and a cache that cannot keep their upper
 * levels makes every insert and many reads go to the file; 64 MB by default
 * (LANTU_SQLITE_CACHE_MB), more for a bulk load.
 */
export function openSqlite(file: string, log?: QueryLog, cacheMb = 64, options: SqliteOptions = {}): Store {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs ?? 5000)}`);
  const gate = new WriteGate();
  raw.pragma(`cache_size = -${Math.round(cacheMb * 1024)}`);
  const db = new Kysely<Database>({
    dialect: gatedDialect(
      translatingDialect(immediateTransactions(new SqliteDialect({ database: cachingStatements(raw) }))),
      gate,
    ),
    log: kyselyLog(log),
  });
  // Run on the connection itself, beside Kysely: a read of two counters, no
  // table, so it may run while a transaction holds the connection (a change
  // that transaction has made counts already; one it makes later moves it).
  const mark = raw.prepare("select data_version, total_changes() from pragma_data_version").raw();
  return {
    dialect: "sqlite",
    db,
    location: file,
    close: () => db.destroy(),
    claimServer: async () => claimServerLock(file),
    reopen: file === ":memory:" || file === "" ? undefined : { dialect: "sqlite", file },
    exclusiveWrites: (fn) => gate.exclusive(fn),
    changeMark: async () => (mark.get() as number[]).join("."),
  };
}

/**
 * Transactions begin IMMEDIATE: they take the write lock at the start and
 * wait for it (busy_timeout) instead of reading first and failing with
 * SQLITE_BUSY when another process — a `lantu import` beside the server —
 * committed in between, which busy_timeout cannot wait out.
 */
function immediateTransactions(inner: Dialect): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver() {
      const driver = inner.createDriver();
      driver.beginTransaction = async (connection) => {
        await connection.executeQuery(CompiledQuery.raw("begin immediate"));
      };
      return driver;
    },
  };
}

/**
 * One server per database file. The lock is an exclusive lock on a small
 * SQLite file beside the database, held by an open transaction for the
 * server's life: the operating system drops it when the process ends, even
 * by SIGKILL, so no stale lock is left behind. A second server finds it
 * taken and refuses to start. (Two servers would each run the reminder
 * schedule and keep their own sign-in limits and ingest queue; the CLI's
 * commands, which hold no lock, may still run beside the server.)
 */
function claimServerLock(file: string): () => void {
  if (file === ":memory:") return () => undefined;
  const path = `${file}.serve-lock`;
  const lock = new BetterSqlite3(path);
  try {
    lock.pragma("busy_timeout = 0");
    lock.pragma("journal_mode = DELETE");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new LantuError(
        "database_in_use",
        `another Lantu server is serving ${file} (it holds ${path}); stop it first, or give this server its own database (LANTU_DB). One SQLite file takes one server; lantu ingest, import and the other commands may run beside it`,
      );
    throw err;
  }
  return () => {
    lock.exec("ROLLBACK");
    lock.close();
  };
}
