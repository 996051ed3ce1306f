// DDL that differs by database, side by side.
import type { CreateTableBuilder } from "kysely";
import type { DialectName } from "./dialect.ts";

/** An auto-numbered primary key: SQLite's rowid alias, PostgreSQL's identity column. */
export function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: DialectName) {
  return dialect === "sqlite"
    ? t.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    : t.addColumn("id", "bigint", (c) => c.primaryKey().generatedByDefaultAsIdentity());
}
