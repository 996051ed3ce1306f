// The plan key a distributed deployment shards by (docs/scaling.md): every
// table is classified, every distributed table carries a NOT NULL plan_id,
// foreign keys from plan data point at reference tables or at plan data, and
// every one between plan tables is (plan_id, x) → parent (plan_id, id): the
// plan on both sides, so the rows are co-located and a row cannot point into
// another plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Migrator, sql } from "kysely";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DISTRIBUTED, LOCAL, REFERENCE } from "../../src/storage/tenancy.ts";
import type { Store } from "../../src/storage/dialects/index.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { migrations } from "../../src/storage/migrations/index.ts";
import { isLantuError } from "../../src/errors.ts";

interface Fk {
  child: string;
  parent: string;
  /** child column → parent column, in key order */
  pairs: [string, string][];
}

async function foreignKeys(store: Store, tables: string[]): Promise<Fk[]> {
  if (store.dialect === "postgres") {
    const r = await sql<{ child: string; parent: string; pairs: string[] }>`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
        array(select a.attname::text || '=' || b.attname::text
              from unnest(c.conkey, c.confkey) with ordinality as k(ck, pk, n)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.ck
              join pg_attribute b on b.attrelid = c.confrelid and b.attnum = k.pk
              order by k.n) as pairs
      from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`.execute(
      store.db,
    );
    return r.rows.map((x) => ({
      child: x.child,
      parent: x.parent,
      pairs: x.pairs.map((p) => p.split("=") as [string, string]),
    }));
  }
  const out: Fk[] = [];
  for (const t of tables) {
    const r = await sql<{
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string | null;
    }>`select * from pragma_foreign_key_list(${t}) order by id, seq`.execute(store.db);
    const byId = new Map<number, Fk>();
    for (const row of r.rows) {
      const fk = byId.get(row.id) ?? { child: t, parent: row.table, pairs: [] };
      // (a key naming no parent columns refers to the parent's primary key)
      fk.pairs.push([row.from, row.to ?? "id"]);
      byId.set(row.id, fk);
    }
    out.push(...byId.values());
  }
  return out;
}

for (const { name } of DIALECTS) {
  test(`${name}: every plan-data table carries the plan key`, async () => {
    const { store, drop } = await freshStore(name);
    try {
      const tables = await store.db.introspection.getTables();
      const distributed = new Set<string>(DISTRIBUTED);
      const reference = new Set<string>(REFERENCE);
      const known = new Set<string>([...DISTRIBUTED, ...REFERENCE, ...LOCAL]);
      for (const t of tables)
        assert.ok(
          known.has(t.name),
          `${t.name}: classify it in src/storage/tenancy.ts (distributed, reference or local)`,
        );
      for (const t of DISTRIBUTED) {
        const table = tables.find((x) => x.name === t);
        assert.ok(table, `${t} exists`);
        const key = table.columns.find((c) => c.name === "plan_id");
        assert.ok(key, `${t} carries plan_id`);
        // SQLite reports a non-integer primary key column as nullable; being the key is enough here.
        const isKey =
          store.dialect === "sqlite" &&
          Number(
            (
              await sql<{
                pk: number;
              }>`select pk from pragma_table_info(${t}) where name = 'plan_id'`.execute(store.db)
            ).rows[0]?.pk ?? 0,
          ) > 0;
        assert.ok(!key.isNullable || isKey, `${t}.plan_id is NOT NULL`);
      }
      const fks = await foreignKeys(
        store,
        tables.map((t) => t.name),
      );
      const crossing: string[] = [];
      let between = 0;
      for (const fk of fks) {
        if (!distributed.has(fk.child)) continue;
        assert.ok(
          reference.has(fk.parent) || distributed.has(fk.parent),
          `${fk.child} → ${fk.parent}: plan data may reference plan data or reference tables only`,
        );
        if (!distributed.has(fk.parent)) continue;
        between++;
        // The plan on both sides: the child's plan_id is the parent's plan_id.
        if (!fk.pairs.some(([from, to]) => from === "plan_id" && to === "plan_id"))
          crossing.push(`${fk.child}(${fk.pairs.map((p) => p[0]).join(", ")}) → ${fk.parent}`);
      }
      assert.ok(fks.length > 40, `found ${fks.length} foreign keys`);
      assert.ok(between >= 24, `found ${between} foreign keys between plan tables`);
      assert.deepEqual(crossing, [], "a foreign key between plan tables must map plan_id to plan_id");
    } finally {
      await drop();
    }
  });
}

const AT = "2024-01-01T00:00:00.000Z";
const refused = (e: unknown) => isLantuError(e) && e.code === "invalid_reference";

/** One item in a plan's document; `merged` makes it a merged duplicate of that item. */
const insertItem = async (
  db: DB,
  planId: number,
  documentId: number,
  at: number,
  state: "confirmed" | "proposed" = "proposed",
  merged: number | null = null,
) =>
  (
    await db
      .insertInto("commitments")
      .values({
        plan_id: planId,
        document_id: documentId,
        unit_id: null,
        lead_unit_id: null,
        text: "一二三".slice(at, at + 1),
        span_start: at,
        span_end: at + 1,
        review_state: merged ? "merged" : state,
        edited: 0,
        merged_into_id: merged,
        status: "not_started",
        status_reason: "no_report",
        created_at: AT,
        updated_at: AT,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

/** Two plans; in plan A a document and two items (the second merged into the first), in plan B a goal. */
async function twoPlans(db: DB) {
  const plan = async (name: string) =>
    (
      await db
        .insertInto("plans")
        .values({ name, framework_name: null, created_at: AT, updated_at: AT })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const a = await plan("甲");
  const b = await plan("乙");
  const doc = (
    await db
      .insertInto("documents")
      .values({
        plan_id: a,
        hash: "h",
        title: "t",
        source: "s",
        year: 2024,
        encoding: "utf-8",
        format: "text",
        text: "一二三",
        revises_id: null,
        created_at: AT,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  const first = await insertItem(db, a, doc, 0, "confirmed");
  const second = await insertItem(db, a, doc, 0, "confirmed", first);
  const goalB = (
    await db
      .insertInto("goals")
      .values({ plan_id: b, key: "g1", name: "乙一", aliases: "[]", subjects: "[]", position: 0 })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  return { a, b, doc, first, second, goalB };
}

const milestone = (db: DB, planId: number, commitmentId: number) =>
  db
    .insertInto("milestones")
    .values({
      plan_id: planId,
      commitment_id: commitmentId,
      title: "m",
      due_date: "2024-06-30",
      done_at: null,
    })
    .execute();

for (const { name } of DIALECTS) {
  test(`${name}: a row cannot point at a parent in another plan`, async () => {
    const { store, drop } = await freshStore(name);
    const db = store.db;
    try {
      const p = await twoPlans(db);
      await milestone(db, p.a, p.first);
      await assert.rejects(milestone(db, p.b, p.first), refused);
      await assert.rejects(
        db
          .insertInto("commitment_goals")
          .values({
            plan_id: p.a,
            commitment_id: p.first,
            goal_id: p.goalB,
            confidence: 1,
            cue_kind: "manual",
            cue_text: "",
            cue_start: null,
            cue_end: null,
          })
          .execute(),
        refused,
      );
      // A null reference is not checked (MATCH SIMPLE), as before: a target of no item and no document.
      await db
        .insertInto("targets")
        .values({
          plan_id: p.b,
          document_id: null,
          commitment_id: null,
          unit_id: null,
          metric: "m",
          comparator: ">=",
          value: 1,
          value_kind: "absolute",
          is_baseline: 0,
          unit_of_measure: null,
          baseline_value: null,
          baseline_year: null,
          due_year: 2025,
          span_start: null,
          span_end: null,
          latest_figure: null,
          latest_period: null,
          status: "not_started",
          status_reason: "no_report",
          created_at: AT,
          updated_at: AT,
        })
        .execute();
      // Moving an item to another plan while its rows stay behind is refused too.
      await assert.rejects(
        db.updateTable("commitments").set({ plan_id: p.b }).where("id", "=", p.first).execute(),
        refused,
      );
      // A parent with children still cannot go (no ON DELETE action, as before).
      await assert.rejects(db.deleteFrom("commitments").where("id", "=", p.first).execute(), refused);
    } finally {
      await drop();
    }
  });

  test(`${name}: the composite keys migration keeps the rows, and refuses rows crossing plans`, async () => {
    const before = "20250125T000000_owner_confidence";
    const upTo = async (store: Store, target = before) => {
      const r = await new Migrator({
        db: store.db,
        provider: { getMigrations: async () => migrations(store.dialect) },
        migrationTableName: "lantu_migrations",
        migrationLockTableName: "lantu_migrations_lock",
      }).migrateTo(target);
      assert.equal(r.error, undefined);
      return (r.results ?? []).map((m) => m.migrationName);
    };
    const indexes = async (store: Store) =>
      store.dialect === "sqlite"
        ? (
            await sql<{
              n: string;
            }>`select name || ': ' || coalesce(sql, '') as n from sqlite_master where type = 'index' order by name`.execute(
              store.db,
            )
          ).rows.map((r) => r.n)
        : (
            await sql<{
              n: string;
            }>`select indexname || ': ' || indexdef as n from pg_indexes where schemaname = current_schema() order by indexname`.execute(
              store.db,
            )
          ).rows.map((r) => r.n);
    {
      const { store, drop } = await freshStore(name, false);
      const db = store.db;
      try {
        await upTo(store);
        const p = await twoPlans(db);
        await milestone(db, p.a, p.second);
        // The highest item is deleted: AUTOINCREMENT must not hand its id out again.
        const gone = await insertItem(db, p.a, p.doc, 1);
        await db.deleteFrom("commitments").where("id", "=", gone).execute();
        const rows = await db.selectFrom("commitments").selectAll().orderBy("id").execute();
        const old = await indexes(store);
        // Up to this migration only: the later ones add their own indexes.
        const keys = "20250126T000000_composite_plan_keys";
        assert.deepEqual(await upTo(store, keys), [keys]);
        assert.deepEqual(await db.selectFrom("commitments").selectAll().orderBy("id").execute(), rows);
        assert.equal((await db.selectFrom("milestones").selectAll().execute()).length, 1);
        const now = await indexes(store);
        const added = now.filter((i) => !old.includes(i)).map((i) => i.split(":")[0]);
        const dropped = old.filter((i) => !now.includes(i)).map((i) => i.split(":")[0]);
        assert.deepEqual(added.sort(), [
          "documents_plan_id",
          "goals_plan_key",
          "progress_reports_plan_key",
          "targets_plan_key",
        ]);
        assert.deepEqual(dropped, ["documents_plan_id"]);
        if (name === "sqlite") {
          const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
          assert.equal(fk.rows[0]!.foreign_keys, 1, "foreign keys are on again");
          const leftover = await sql`select name from sqlite_master where name like '%__rebuilt'`.execute(db);
          assert.deepEqual(leftover.rows, []);
        }
        const next = await insertItem(db, p.a, p.doc, 2);
        assert.ok(next > gone, `new id ${next} after the deleted ${gone}`);
        await assert.rejects(milestone(db, p.b, p.first), refused);
      } finally {
        await drop();
      }
    }
    {
      const { store, drop } = await freshStore(name, false);
      const db = store.db;
      try {
        await upTo(store);
        const p = await twoPlans(db);
        // Allowed by the single-column key: a milestone of plan B on an item of plan A.
        await milestone(db, p.b, p.first);
        const old = await indexes(store);
        await assert.rejects(
          migrateToLatest(store),
          (e) => isLantuError(e) && e.code === "migration_failed" && /milestones/.test(e.message),
        );
        assert.deepEqual(await indexes(store), old, "the database is left as it was");
        assert.equal((await db.selectFrom("milestones").selectAll().execute()).length, 1);
        assert.equal((await db.selectFrom("commitments").selectAll().execute()).length, 2);
        const applied = await sql<{ name: string }>`select name from lantu_migrations`.execute(db);
        assert.ok(!applied.rows.some((m) => m.name === "20250126T000000_composite_plan_keys"));
      } finally {
        await drop();
      }
    }
  });
}
