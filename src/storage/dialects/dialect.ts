// The one small interface both database adapters implement. Where SQL must
// differ between SQLite and PostgreSQL, both versions live side by side in
// this folder and nowhere else.
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  dialect: DialectName;
  db: Kysely<Database>;
  /** Where the data lives, for messages (file path or database name; no password). */
  location: string;
  close(): Promise<void>;
}

export type DB = Kysely<Database>;
