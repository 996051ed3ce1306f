// Chooses the database from the environment: PostgreSQL when DATABASE_URL is
// set, else SQLite at LANTU_DB (default ./data/lantu.db).
import { resolve } from "node:path";
import type { QueryLog, Store, StoreSpec } from "./dialect.ts";
import { openPostgres } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";

export type { Store, StoreSpec, DB, DialectName, QueryLog } from "./dialect.ts";
export { openSqlite } from "./sqlite.ts";
export { openPostgres } from "./postgres.ts";

export const DEFAULT_DB_FILE = "data/lantu.db";

export function openFromEnv(env: NodeJS.ProcessEnv = process.env, log?: QueryLog): Store {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, log);
  const cacheMb = Number(env.LANTU_SQLITE_CACHE_MB);
  return openSqlite(
    resolve(env.LANTU_DB || DEFAULT_DB_FILE),
    log,
    Number.isFinite(cacheMb) && cacheMb > 0 ? cacheMb : undefined,
  );
}

/** Opens the database a StoreSpec names (another thread's own connection to it). */
export function openSpec(spec: StoreSpec, options: { busyTimeoutMs?: number } = {}): Store {
  return spec.dialect === "sqlite"
    ? openSqlite(spec.file, undefined, undefined, options)
    : openPostgres(spec.url, undefined, 2);
}
