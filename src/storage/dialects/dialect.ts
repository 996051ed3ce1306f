// The one small interface both database adapters implement. Where SQL must
// differ between SQLite and PostgreSQL, both versions live side by side in
// this folder and nowhere else.
import type { Kysely, LogEvent } from "kysely";
import type { Database } from "../schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  dialect: DialectName;
  db: Kysely<Database>;
  /** Where the data lives, for messages (file path or database name; no password). */
  location: string;
  close(): Promise<void>;
  /**
   * Claims the database for one server process, or throws database_in_use;
   * returns the release. SQLite only: PostgreSQL serves several processes.
   */
  claimServer?(): Promise<() => void>;
  /**
   * How another thread opens the same database (an ingest worker that stores
   * its document itself); absent for an in-memory SQLite database.
   */
  reopen?: StoreSpec;
  /**
   * Runs `fn` while this process's own writes wait (not blocking the event
   * loop): for a write made through another connection, e.g. from a worker
   * thread. SQLite allows one writer at a time; PostgreSQL runs `fn` at once.
   */
  exclusiveWrites<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * A mark that changes whenever any connection — this one, a worker
   * thread's, another process's — has committed a change to a table a kept
   * answer may read since it was last read (a rolled-back change may move it
   * too). Writes to the quiet tables (dialects/change-mark.ts QUIET_TABLES:
   * sessions, notifications, outbox) leave it be, so a sign-in keeps every
   * kept answer. Read it before the data a cached answer is made from: if
   * it is the same later, nothing it counts was committed in between, so
   * the answer is still the data's. SQLite: the committed value of a
   * counter row that a trigger on every other table raises in the writing
   * transaction; PostgreSQL: the count of writing transactions committed
   * to this database, each raised in its own commit (migrations
   * 20250127T000000_change_mark, 20250128T000000_change_mark_shards,
   * 20250131T000000_quiet_sessions), so other databases on the server leave
   * it be.
   */
  changeMark(): Promise<string>;
  /**
   * The change mark (`data`) and, read with it in one go, the sessions' mark
   * (`sessions`), which moves when a session is updated or deleted (a
   * sign-out, a user's sessions ended) but not when one is made: the
   * session cache is keyed by both.
   */
  changeMarks(): Promise<ChangeMarks>;
}

export interface ChangeMarks {
  data: string;
  sessions: string;
}

export type StoreSpec = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

export type DB = Kysely<Database>;

/** Called after each query with its SQL, parameters and duration (the scale benchmark's EXPLAIN capture). */
export type QueryLog = (sql: string, parameters: readonly unknown[], ms: number) => void;

export const kyselyLog = (log: QueryLog | undefined) =>
  log ? (e: LogEvent) => log(e.query.sql, e.query.parameters, e.queryDurationMillis) : undefined;
