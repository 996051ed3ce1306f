import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { freshStore, DIALECTS } from "../helpers/stores.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { isLantuError } from "../../src/errors.ts";

for (const { name } of DIALECTS) {
  test(`${name}: migrations from empty, idempotent, refuse an unknown history`, async () => {
    const { store, drop } = await freshStore(name, false);
    try {
      assert.deepEqual(await migrateToLatest(store), [
        "20250101T000000_initial",
        "20250102T000000_list_indexes",
        "20250103T000000_supervision_cycle",
        "20250110T000000_scale_indexes",
      ]);
      assert.deepEqual(await migrateToLatest(store), []);
      const tables = await store.db.introspection.getTables();
      const names = tables.map((t) => t.name);
      for (const t of [
        "plans",
        "commitments",
        "commitment_terms",
        "progress_reports",
        "audit_log",
        "agg_unit_goal",
        "cycle_settings",
        "completion_proposals",
        "extension_requests",
        "notices",
        "warnings",
        "notifications",
        "outbox",
      ]) {
        assert.ok(names.includes(t), t);
      }
      // Every table holding plan data carries plan_id.
      const global = new Set([
        "plans",
        "units",
        "users",
        "sessions",
        "audit_log",
        "lantu_migrations",
        "lantu_migrations_lock",
        // a person's contact and mail are theirs, not a plan's
        "user_contacts",
        "outbox",
      ]);
      for (const t of tables) {
        if (global.has(t.name)) continue;
        assert.ok(
          t.columns.some((c) => c.name === "plan_id"),
          `${t.name} carries plan_id`,
        );
      }
      await sql`INSERT INTO lantu_migrations (name, timestamp) VALUES ('29990101T000000_from_the_future', '2999-01-01')`.execute(
        store.db,
      );
      await assert.rejects(migrateToLatest(store), (e) => isLantuError(e) && e.code === "migration_history");
    } finally {
      await drop();
    }
  });
}
