// Brings a database to the latest schema. Kysely's Migrator refuses a history
// it does not recognise (an applied migration missing here, or out of order);
// we surface that as a LantuError instead of touching the database.
import { Migrator, type MigrationResultSet } from "kysely";
import { installChangeMark } from "./dialects/change-mark.ts";
import { LantuError } from "../errors.ts";
import type { Store } from "./dialects/dialect.ts";
import { migrations } from "./migrations/index.ts";

export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations(store.dialect) },
    migrationTableName: "lantu_migrations",
    migrationLockTableName: "lantu_migrations_lock",
  });
  let result: MigrationResultSet;
  try {
    result = await migrator.migrateToLatest();
  } catch (err) {
    throw migrationError(err, store);
  }
  if (result.error) throw migrationError(result.error, store);
  // Every table but the quiet ones (sessions, notifications, outbox),
  // including one a later migration added, raises the change mark when
  // written (Store.changeMark; migration 20250131T000000_quiet_sessions).
  // Only a missing trigger is created, so a served database takes no lock here.
  await installChangeMark(store);
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

function migrationError(err: unknown, store: Store): LantuError {
  const message = err instanceof Error ? err.message : String(err);
  if (message.startsWith("corrupted migrations")) {
    return new LantuError(
      "migration_history",
      `database ${store.location} has a migration history this version of Lantu does not know (${message}); refusing to touch it`,
    );
  }
  return new LantuError("migration_failed", `migrating ${store.location} failed: ${message}`);
}
