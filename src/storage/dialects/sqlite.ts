// SQLite through better-sqlite3: one file, WAL journal, foreign keys on.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../schema.ts";
import { kyselyLog, type QueryLog, type Store } from "./dialect.ts";
import { translatingDialect } from "./translate-errors.ts";

export function openSqlite(file: string, log?: QueryLog): Store {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({
    dialect: translatingDialect(new SqliteDialect({ database: raw })),
    log: kyselyLog(log),
  });
  return { dialect: "sqlite", db, location: file, close: () => db.destroy() };
}
