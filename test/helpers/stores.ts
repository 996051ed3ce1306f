// Each test file gets fresh databases on both dialects: SQLite in a temp
// file, PostgreSQL as a new database lantu_test_<random> on the local server
// (127.0.0.1:5432, user postgres; PGTEST_URL overrides), dropped afterwards;
// lantu_test_<tag>_<random> with a tag (freshStore's, else PGTEST_TAG).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";

export const PG_URL = process.env.PGTEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestStore {
  name: "sqlite" | "postgres";
  open(): Promise<Store>;
}

interface Made {
  store: Store;
  drop(): Promise<void>;
  /** Another store on the same database, as a process started after a restart would open it. */
  reopen(): Store;
}

async function sqliteStore(): Promise<Made> {
  const dir = mkdtempSync(join(tmpdir(), "lantu-test-"));
  const store = openSqlite(join(dir, "lantu.db"));
  return {
    store,
    reopen: () => openSqlite(join(dir, "lantu.db")),
    async drop() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(tag = process.env.PGTEST_TAG ?? ""): Promise<Made> {
  const name = `lantu_test_${tag ? `${tag}_` : ""}${randomBytes(6).toString("hex")}`;
  await adminQuery(PG_URL, `CREATE DATABASE ${name}`);
  const store = openPostgres(withDatabase(PG_URL, name));
  return {
    store,
    reopen: () => openPostgres(withDatabase(PG_URL, name)),
    async drop() {
      await store.close();
      await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export const DIALECTS = [
  { name: "sqlite", make: sqliteStore },
  { name: "postgres", make: postgresStore },
] as const;

/** A fresh, migrated store; call drop() when done. `tag` goes into the PostgreSQL database's name. */
export async function freshStore(dialect: "sqlite" | "postgres", migrate = true, tag?: string) {
  const made = await (dialect === "sqlite" ? sqliteStore() : postgresStore(tag));
  if (migrate) await migrateToLatest(made.store);
  return made;
}
