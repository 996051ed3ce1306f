// The bulk path on both databases: multi-row INSERTs laid out by hand (one
// statement per 200 rows and one for the rest) store every row with its
// values and hand back ids in the rows' order; rows whose columns differ or
// hold undefined go through Kysely as before. And SQLite's kept statements:
// one still iterating is not handed out again.
import { test } from "node:test";
import assert from "node:assert/strict";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { insertMany, insertManyReturningIds } from "../../src/storage/bulk.repo.ts";
import { deferIndexes } from "../../src/storage/deferred-indexes.ts";
import { cachingStatements } from "../../src/storage/dialects/statement-cache.ts";

const at = "2025-01-01T00:00:00Z";

for (const { name } of DIALECTS) {
  test(`${name}: bulk inserts keep every row, its values and its id's place`, async () => {
    const { store, drop } = await freshStore(name);
    const db = store.db;
    try {
      // 450 rows: on SQLite two full statements of 200 and one of 50.
      const names = Array.from({ length: 450 }, (_, i) => `单位${i}`);
      const ids = await insertManyReturningIds(
        db,
        "units",
        names.map((n, i) => ({
          name: n,
          kind: i % 2 ? "department" : "place",
          aliases: "[]",
          parent_id: null,
          created_at: at,
        })),
      );
      assert.equal(ids.length, 450);
      const rows = await db.selectFrom("units").select(["id", "name", "kind"]).orderBy("id").execute();
      assert.deepEqual(
        rows.map((r) => [Number(r.id), r.name, r.kind]),
        names.map((n, i) => [ids[i], n, i % 2 ? "department" : "place"]),
      );
      // A column left undefined takes its default (the Kysely path).
      const [plan] = await insertManyReturningIds(db, "plans", [
        { name: "甲", framework_name: undefined, created_at: at, updated_at: at },
      ]);
      const goals = await insertManyReturningIds(
        db,
        "goals",
        Array.from({ length: 3 }, (_, i) => ({
          plan_id: plan!,
          key: `g${i}`,
          name: `目标${i}`,
          aliases: "[]",
          subjects: "[]",
          position: i,
        })),
      );
      assert.equal(goals.length, 3);
      const p = await db.selectFrom("plans").selectAll().where("id", "=", plan!).executeTakeFirstOrThrow();
      assert.equal(p.framework_name, null);
      await insertMany(db, "agg_generation", [{ plan_id: plan!, n: 7 }]);
      const g = await db.selectFrom("agg_generation").select("n").executeTakeFirstOrThrow();
      assert.equal(Number(g.n), 7);
      // A failing row fails its statement, as before (a duplicate name).
      await assert.rejects(
        insertMany(db, "units", [
          { name: "单位3", kind: "place", aliases: "[]", parent_id: null, created_at: at },
        ]),
      );
    } finally {
      await drop();
    }
  });

  test(`${name}: what a value holds comes back as it went in, over more rows than one statement takes`, async () => {
    // PostgreSQL sends these rows as COPY's text (a few rows as one array per column, unnest):
    // quotes, backslashes, braces, commas, the word NULL and COPY's \N, its end mark \., tabs,
    // line breaks, empty text, nulls, fractions and bytes must not be read as either's syntax.
    const { store, drop } = await freshStore(name);
    const db = store.db;
    try {
      const awkward = [
        'a"b',
        "c\\d",
        "{e,f}",
        "NULL",
        "null",
        "g\nh\ti",
        "",
        " ",
        "😀丈",
        "(j)",
        "'k'",
        "\\N",
        "\\.",
        "\\",
        "end\\",
        "\t",
        "\r\n",
        "a\\tb\\nc",
        "\\x00ff",
        "\u0001\u001f",
      ];
      const rows = Array.from({ length: 10_050 }, (_, i) => ({
        name: `单位${i}`,
        kind: "place",
        aliases: awkward[i % awkward.length]!,
        parent_id: null,
        created_at: at,
      }));
      const ids = await insertManyReturningIds(db, "units", rows);
      assert.equal(new Set(ids).size, rows.length);
      const back = await db.selectFrom("units").select(["id", "name", "aliases"]).orderBy("id").execute();
      assert.deepEqual(
        back.map((r) => [Number(r.id), r.name, r.aliases]),
        rows.map((r, i) => [ids[i], r.name, r.aliases]),
      );
      // A null among numbers, and a null among values in a later row of the same column.
      await insertMany(
        db,
        "units",
        [ids[0]!, null, ids[2]!].map((parent, i) => ({
          name: `部门${i}`,
          kind: "department",
          aliases: "[]",
          parent_id: parent,
          created_at: at,
        })),
      );
      const parents = await db
        .selectFrom("units")
        .select("parent_id")
        .where("kind", "=", "department")
        .orderBy("id")
        .execute();
      assert.deepEqual(
        parents.map((p) => (p.parent_id === null ? null : Number(p.parent_id))),
        [ids[0], null, ids[2]],
      );
      const [plan] = await insertManyReturningIds(db, "plans", [
        { name: "丙", framework_name: null, created_at: at, updated_at: at },
      ]);
      const [doc] = await insertManyReturningIds(db, "documents", [
        {
          plan_id: plan!,
          hash: "h",
          title: "t",
          source: "s",
          year: 2025,
          encoding: "utf-8",
          format: "pdf",
          text: "正文\n第二页",
          revises_id: null,
          created_at: at,
        },
      ]);
      const image = Uint8Array.from([0, 1, 92, 34, 123, 255]);
      await insertMany(db, "document_pages", [
        {
          plan_id: plan!,
          document_id: doc!,
          number: 1,
          start_offset: 0,
          confidence: 87.25,
          image_type: "image/png",
          image,
        },
        {
          plan_id: plan!,
          document_id: doc!,
          number: 2,
          start_offset: 3,
          confidence: null,
          image_type: null,
          image: null,
        },
      ]);
      // Enough pages for PostgreSQL's COPY: bytes of every value, a backslash and a tab among them.
      const images = Array.from({ length: 300 }, (_, i) =>
        i % 7 === 3 ? null : Uint8Array.from({ length: 1 + (i % 5) * 60 }, (_, k) => (i * 31 + k * 7) % 256),
      );
      await insertMany(
        db,
        "document_pages",
        images.map((img, i) => ({
          plan_id: plan!,
          document_id: doc!,
          number: 3 + i,
          start_offset: i,
          confidence: i % 4 === 0 ? null : i / 8,
          image_type: img ? "image/png" : null,
          image: img,
        })),
      );
      const pages = await db
        .selectFrom("document_pages")
        .select(["number", "confidence", "image"])
        .orderBy("number")
        .execute();
      assert.equal(Number(pages[0]!.confidence), 87.25);
      assert.deepEqual([...new Uint8Array(pages[0]!.image!)], [...image]);
      assert.deepEqual([pages[1]!.confidence, pages[1]!.image], [null, null]);
      assert.equal(pages.length, 302);
      images.forEach((img, i) => {
        const p = pages[2 + i]!;
        assert.equal(p.confidence === null ? null : Number(p.confidence), i % 4 === 0 ? null : i / 8);
        assert.deepEqual(p.image === null ? null : [...new Uint8Array(p.image)], img && [...img]);
      });
      // Rows copied inside a transaction that fails are gone with it (the COPY runs on the
      // transaction's connection).
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await insertManyReturningIds(
            trx,
            "units",
            Array.from({ length: 100 }, (_, i) => ({
              name: `回滚${i}`,
              kind: "place",
              aliases: "[]",
              parent_id: null,
              created_at: at,
            })),
          );
          throw new Error("undo");
        }),
        /undo/,
      );
      const undone = await db.selectFrom("units").select("id").where("name", "like", "回滚%").execute();
      assert.equal(undone.length, 0);
    } finally {
      await drop();
    }
  });

  test(`${name}: deferred indexes come back as they were, and only empty tables lose them`, async () => {
    const { store, drop } = await freshStore(name);
    const db = store.db;
    const list = async () =>
      (name === "sqlite"
        ? await sql<{
            n: string;
          }>`select name as n from sqlite_master where type = 'index' order by name`.execute(db)
        : await sql<{
            n: string;
          }>`select indexname as n from pg_indexes where schemaname = current_schema() order by indexname`.execute(
            db,
          )
      ).rows.map((r) => r.n);
    try {
      const before = await list();
      assert.ok(before.includes("commitments_plan_status"));
      const rebuild = await deferIndexes(db, store.dialect, ["commitments", "progress_reports"]);
      const during = await list();
      assert.ok(!during.includes("commitments_plan_status"));
      assert.ok(!during.includes("progress_commitment"));
      await rebuild();
      assert.deepEqual(await list(), before);
      if (name === "postgres") {
        // PostgreSQL also sets aside the tables' foreign keys and the keys no outside foreign key needs.
        const constraints = async () =>
          (
            await sql<{ d: string }>`
              select t.relname || '.' || c.conname || ': ' || pg_get_constraintdef(c.oid) as d
              from pg_constraint c join pg_class t on t.oid = c.conrelid
              where t.relnamespace = current_schema()::regnamespace order by 1`.execute(db)
          ).rows.map((r) => r.d);
        const all = await constraints();
        const again = await deferIndexes(db, store.dialect, ["commitments", "commitment_grams"]);
        const held = await constraints();
        const gone = all.filter((c) => !held.includes(c));
        assert.ok(gone.some((c) => c.startsWith("commitment_grams.commitment_grams_pk: PRIMARY KEY")));
        assert.ok(
          gone.some((c) => c.startsWith("commitment_grams.commitment_grams_commitment_fk: FOREIGN KEY")),
        );
        assert.ok(gone.some((c) => c.startsWith("commitments.commitments_plan_id_fkey: FOREIGN KEY")));
        // Milestones (not in the load) refer to commitments by (plan_id, id): that key stays; no
        // foreign key refers to the primary key alone any more, so it is set aside.
        assert.ok((await list()).includes("commitments_plan_key"));
        assert.ok(gone.some((c) => c.startsWith("commitments.commitments_pkey: PRIMARY KEY")));
        await again();
        assert.deepEqual(await constraints(), all);
        assert.deepEqual(await list(), before);
      }
      // A table with rows keeps its indexes.
      await insertMany(db, "plans", [{ name: "乙", framework_name: null, created_at: at, updated_at: at }]);
      const noop = await deferIndexes(db, store.dialect, ["plans", "commitments"]);
      assert.deepEqual(await list(), before);
      await noop();
      assert.deepEqual(await list(), before);
    } finally {
      await drop();
    }
  });
}

test("sqlite statements are kept, but one still iterating is not shared", () => {
  const raw = new BetterSqlite3(":memory:");
  const db = cachingStatements(raw, 2);
  raw.exec("create table t (a); insert into t values (1), (2), (3)");
  const q = "select a from t order by a";
  const s1 = db.prepare(q);
  assert.equal(db.prepare(q), s1, "kept");
  const it = s1.iterate([]);
  it.next();
  const s2 = db.prepare(q);
  assert.notEqual(s2, s1, "the iterating one is busy");
  assert.deepEqual(s2.all([]), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  it.return?.();
  assert.equal(db.prepare(q), s1);
  // Past the limit the least recently used goes.
  db.prepare("select 1");
  db.prepare("select 2");
  assert.notEqual(db.prepare(q), s1);
  db.close();
});
