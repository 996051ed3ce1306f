// SQLite through better-sqlite3: one file, WAL journal, foreign keys on; the
// main thread's writes pass a WriteGate (gated-driver.ts) so that a writer in
// another thread never makes this one wait synchronously.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, Kysely, SqliteDialect, type Dialect } from "kysely";
import { LantuError } from "../../errors.ts";
import type { Database } from "../schema.ts";
import { kyselyLog, type ChangeMarks, type QueryLog, type Store } from "./dialect.ts";
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
  const marks = sqliteMarks(raw);
  return {
    dialect: "sqlite",
    db,
    location: file,
    close: () => db.destroy(),
    claimServer: async () => claimServerLock(file),
    reopen: file === ":memory:" || file === "" ? undefined : { dialect: "sqlite", file },
    exclusiveWrites: (fn) => gate.exclusive(fn),
    changeMark: async () => marks().data,
    changeMarks: async () => marks(),
  };
}

/**
 * The change marks (Store.changeMarks) of a connection: the committed values
 * of `change_mark`, which a trigger on every table but the quiet ones raises
 * in the writing transaction (migration 20250131T000000_quiet_sessions), and
 * of `session_mark`. Run on the connection itself, beside Kysely.
 *
 * Two counters with no table come first: data_version (moves when another
 * connection commits) and total_changes() (rows this connection has
 * written, committed or not). While they stay as they were, nothing has
 * been written since the counters were last read, so their last values hold
 * without reading them: a repeated read costs what the whole mark cost
 * before. Only when they moved are the counter rows read.
 *
 * The connection is shared: this may run while a transaction of this
 * process holds it, and a read then would see that transaction's raise
 * before its commit (and keep it if it then rolled back: a later commit
 * reaching the same count would find an answer kept from other data). So
 * inside a transaction the mark is the two counters themselves, which
 * cannot repeat once anything is written, and never equal a counter's value
 * (a write there moves it anyway: a kept answer is missed, never wrong).
 */
function sqliteMarks(raw: BetterSqlite3.Database): () => ChangeMarks {
  const moved = raw.prepare("select data_version, total_changes() from pragma_data_version").raw();
  let counters: BetterSqlite3.Statement | undefined;
  let last: { at: string; marks: ChangeMarks } | undefined;
  return () => {
    const at = (moved.get() as number[]).join(".");
    if (last?.at === at) return last.marks;
    if (raw.inTransaction) return { data: `t${at}`, sessions: `t${at}` };
    try {
      counters ??= raw.prepare("select (select n from change_mark), (select n from session_mark)").raw();
    } catch {
      // Not migrated yet: any commit moves the mark, as it did before the counters.
      return { data: `f${at}`, sessions: `f${at}` };
    }
    const [n, sessions] = counters.get() as number[];
    last = { at, marks: { data: String(n), sessions: String(sessions) } };
    return last.marks;
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
