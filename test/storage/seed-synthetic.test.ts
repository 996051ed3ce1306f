// The synthetic province on both databases: what seed-synthetic leaves is
// what the app would have left — aggregates equal a recount of the rows,
// statuses equal what the app's own refresh computes, evidence spans point
// at the text — and the counts asked for are the counts stored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { makeServices } from "../../src/services/context.ts";
import { seedSynthetic } from "../../src/services/synthetic/seed.service.ts";
import { changingCommitment } from "../../src/services/status.service.ts";
import { recount, stored } from "../helpers/aggregates.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";

const now = () => new Date("2025-06-15T00:00:00Z");

const count = async (db: DB, table: "commitments" | "progress_reports" | "plans" | "units") =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const { name } of DIALECTS) {
  test(`${name}: seed-synthetic leaves what the app would`, async (t) => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    const db = store.db;
    const indexes = async () =>
      (name === "sqlite"
        ? await sql<{
            n: string;
            d: string | null;
          }>`select name as n, sql as d from sqlite_master where type = 'index' order by name`.execute(db)
        : await sql<{
            n: string;
            d: string | null;
          }>`select indexname as n, indexdef as d from pg_indexes where schemaname = current_schema()
             union all
             select t.relname || '.' || c.conname, pg_get_constraintdef(c.oid)
             from pg_constraint c join pg_class t on t.oid = c.conrelid
             where t.relnamespace = current_schema()::regnamespace
             order by n`.execute(db)
      ).rows.map((r) => `${r.n}: ${r.d}`);
    try {
      const migrated = await indexes();
      const result = await seedSynthetic(s, {
        commitments: 1200,
        reports: 2500,
        plans: 3,
        units: 60,
        maxDocument: 300,
        seed: 7,
      });

      await t.test(
        "the indexes (and PostgreSQL's keys) set aside for the load are back, as the migrations made them",
        async () => {
          assert.ok(migrated.some((i) => i.startsWith("commitments_plan_status:")));
          assert.deepEqual(await indexes(), migrated);
        },
      );

      await t.test("the counts asked for are stored", async () => {
        assert.equal(await count(db, "commitments"), 1200);
        assert.equal(result.commitments, 1200);
        assert.equal(await count(db, "plans"), 3);
        assert.equal(await count(db, "units"), 60);
        const reports = await count(db, "progress_reports");
        assert.equal(reports, result.reports);
        // Reports are spread at random around the asked mean; far off means the spread is broken.
        assert.ok(reports > 1500 && reports < 3500, `reports ${reports}`);
        const biggest = await db
          .selectFrom("commitments")
          .select("document_id")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .groupBy("document_id")
          .orderBy("n", "desc")
          .executeTakeFirstOrThrow();
        assert.equal(Number(biggest.n), 300);
      });

      await t.test("aggregates equal a recount", async () => {
        const a = await stored(db);
        const b = await recount(db);
        assert.ok(b.matrix.length > 20 && b.states.length > 20);
        assert.deepEqual(a.matrix, b.matrix);
        assert.deepEqual(a.states, b.states);
        assert.ok(b.cycleUnits.length > 20);
        assert.deepEqual(a.cycleGoals, b.cycleGoals);
        assert.deepEqual(a.cycleUnits, b.cycleUnits);
        assert.ok(b.targets.length > 10);
        assert.deepEqual(a.targets, b.targets);
      });

      await t.test("the app's refresh changes neither a status nor an aggregate", async () => {
        const before = await stored(db);
        const sample = await db
          .selectFrom("commitments")
          .select(["id", "status", "status_reason", "due_date"])
          .orderBy("id")
          .execute();
        const picked = sample.filter((_, i) => i % 37 === 0);
        for (const c of picked) await changingCommitment(db, c.id, "2025-06-15", async () => undefined);
        const after = await db
          .selectFrom("commitments")
          .select(["id", "status", "status_reason", "due_date"])
          .where(
            "id",
            "in",
            picked.map((c) => c.id),
          )
          .orderBy("id")
          .execute();
        assert.deepEqual(after, picked);
        // The overview's counts are unchanged. The refresh settles each item's warning level too,
        // which the seed leaves to the cycle's daily pass: the cycle's counts follow it exactly.
        const now = await stored(db);
        assert.deepEqual([now.matrix, now.states], [before.matrix, before.states]);
        assert.deepEqual(now, await recount(db));
        const statuses = new Set(sample.map((c) => c.status));
        assert.ok(statuses.size >= 4, `statuses ${[...statuses].join(",")}`);
      });

      await t.test("evidence spans and target spans point into the document text", async () => {
        const rows = await db
          .selectFrom("commitments as c")
          .innerJoin("documents as d", "d.id", "c.document_id")
          .select(["c.text", "c.span_start", "c.span_end", "d.text as doc"])
          .limit(50)
          .execute();
        for (const r of rows) assert.equal(r.doc.slice(r.span_start, r.span_end), r.text);
        const targets = await db
          .selectFrom("targets as t")
          .innerJoin("documents as d", "d.id", "t.document_id")
          .select(["t.metric", "t.span_start", "t.span_end", "d.text as doc"])
          .limit(20)
          .execute();
        assert.ok(targets.length > 0);
        for (const r of targets) assert.ok(r.doc.slice(r.span_start!, r.span_end!).includes(r.metric));
      });

      await t.test("search terms are indexed for every commitment", async () => {
        const missing = await db
          .selectFrom("commitments as c")
          .select("c.id")
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom("commitment_terms as ct")
                  .select("ct.term")
                  .whereRef("ct.commitment_id", "=", "c.id"),
              ),
            ),
          )
          .execute();
        assert.equal(missing.length, 0);
      });

      await t.test("the same seed twice is refused, naming the plan", async () => {
        await assert.rejects(
          seedSynthetic(s, { commitments: 1200, reports: 0, plans: 3, units: 60, maxDocument: 300, seed: 7 }),
          /exists: this database was seeded/,
        );
        assert.equal(await count(db, "commitments"), 1200);
      });
    } finally {
      await drop();
    }
  });
}
