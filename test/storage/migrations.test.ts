import { test } from "node:test";
import assert from "node:assert/strict";
import { Migrator, sql } from "kysely";
import { freshStore, DIALECTS } from "../helpers/stores.ts";
import { recount, stored } from "../helpers/aggregates.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { migrations } from "../../src/storage/migrations/index.ts";
import { isLantuError } from "../../src/errors.ts";
import type { ReviewState, Status } from "../../src/domain/types.ts";

for (const { name } of DIALECTS) {
  test(`${name}: migrations from empty, idempotent, refuse an unknown history`, async () => {
    const { store, drop } = await freshStore(name, false);
    try {
      assert.deepEqual(await migrateToLatest(store), [
        "20250101T000000_initial",
        "20250102T000000_list_indexes",
        "20250103T000000_supervision_cycle",
        "20250110T000000_scale_indexes",
        "20250111T000000_goal_status_aggregate",
        "20250112T000000_read_indexes",
        "20250113T000000_merged_from_index",
        "20250120T000000_password_change",
        "20250121T000000_cycle_aggregates",
        "20250122T000000_document_pages",
        "20250124T000000_search_bigrams",
        "20250125T000000_owner_confidence",
        "20250126T000000_composite_plan_keys",
        "20250127T000000_change_mark",
        "20250128T000000_change_mark_shards",
        "20250129T000000_due_order_index",
        "20250130T000000_target_status_aggregate",
        "20250131T000000_quiet_sessions",
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
        "cycle_settings",
        "completion_proposals",
        "extension_requests",
        "notices",
        "warnings",
        "notifications",
        "outbox",
        "agg_unit_goal_status",
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
        // The database's change mark (Store.changeMark) and the sessions' mark
        "change_mark",
        "change_mark_pending",
        "session_mark",
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

for (const { name } of DIALECTS) {
  test(`${name}: the goal × status aggregate is filled from the items already stored`, async () => {
    const { store, drop } = await freshStore(name, false);
    const db = store.db;
    try {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations(store.dialect) },
        migrationTableName: "lantu_migrations",
        migrationLockTableName: "lantu_migrations_lock",
      });
      const to = await migrator.migrateTo("20250110T000000_scale_indexes");
      assert.equal(to.error, undefined);
      const at = "2024-01-01T00:00:00.000Z";
      const plan = await db
        .insertInto("plans")
        .values({ name: "p", framework_name: null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      const unit = await db
        .insertInto("units")
        .values({ name: "甲区", kind: "district", aliases: "[]", parent_id: null, created_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      const doc = await db
        .insertInto("documents")
        .values({
          plan_id: plan.id,
          hash: "h",
          title: "t",
          source: "s",
          year: 2024,
          encoding: "utf-8",
          format: "text",
          text: "一二三",
          revises_id: null,
          created_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const goals = [];
      for (const [i, g] of ["甲", "乙"].entries())
        goals.push(
          await db
            .insertInto("goals")
            .values({ plan_id: plan.id, key: `g${i}`, name: g, aliases: "[]", subjects: "[]", position: i })
            .returning("id")
            .executeTakeFirstOrThrow(),
        );
      // Confirmed with two goals, confirmed with none (no unit), and proposed with one.
      const items: [ReviewState, Status, number | null, number[]][] = [
        ["confirmed", "on_track", unit.id, [goals[0]!.id, goals[1]!.id]],
        ["confirmed", "behind", null, []],
        ["proposed", "not_started", unit.id, [goals[0]!.id]],
      ];
      for (const [review, status, unitId, goalIds] of items) {
        const c = await db
          .insertInto("commitments")
          .values({
            plan_id: plan.id,
            document_id: doc.id,
            unit_id: unitId,
            lead_unit_id: unitId,
            text: "一",
            span_start: 0,
            span_end: 1,
            review_state: review,
            edited: 0,
            status,
            status_reason: "no_report",
            created_at: at,
            updated_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (const goalId of goalIds)
          await db
            .insertInto("commitment_goals")
            .values({
              plan_id: plan.id,
              commitment_id: c.id,
              goal_id: goalId,
              confidence: 1,
              cue_kind: "manual",
              cue_text: "",
              cue_start: null,
              cue_end: null,
            })
            .execute();
      }
      // the first item has an open yellow warning (and an older, cleared blue one)
      const first = await db.selectFrom("commitments").select("id").orderBy("id").executeTakeFirstOrThrow();
      for (const [level, cleared] of [
        ["blue", "2024-01-10"],
        ["yellow", null],
      ] as const) {
        await db
          .insertInto("warnings")
          .values({
            plan_id: plan.id,
            commitment_id: first.id,
            unit_id: unit.id,
            level,
            reasons: "[]",
            raised_on: "2024-01-01",
            cleared_on: cleared,
          })
          .execute();
      }
      const applied = await migrateToLatest(store);
      assert.equal(applied[0], "20250111T000000_goal_status_aggregate");
      assert.ok(applied.includes("20250121T000000_cycle_aggregates"), applied.join());
      const a = await stored(db);
      assert.equal(a.matrix.length, 3);
      const b = await recount(db);
      // (the items were stored raw, so agg_commitment_state, kept by writes since migration 1, is not compared)
      assert.deepEqual([a.matrix, a.cycleGoals, a.cycleUnits], [b.matrix, b.cycleGoals, b.cycleUnits]);
      const levels = await db.selectFrom("commitments").select("warning_level").orderBy("id").execute();
      assert.deepEqual(
        levels.map((l) => l.warning_level),
        ["yellow", "none", "none"],
      );
      assert.deepEqual(a.cycleUnits, [
        `${plan.id}/0/behind/none=1`,
        `${plan.id}/${unit.id}/on_track/yellow=1`,
      ]);
    } finally {
      await drop();
    }
  });
}
