// Search by index, on both databases. Two characters by the index of
// character pairs:
// a synthetic province (seeded through the storage layer) and a document
// ingested and edited through the services; every two-character query gives
// exactly what a LIKE scan of the plan's texts gives, in every order and
// across pages; the pair's rows are what is read (an item whose rows are
// removed is not found); an edit replaces them; the migration fills them
// from the texts already stored. Words: the items holding every word, read
// from one word's rows, the same as the words' rows intersected. A page by id
// reads the key's rows a window at a time: the same answer with windows of
// one row and up, pages ending inside a window, at its edge or past it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Migrator, sql } from "kysely";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { makeServices } from "../../src/services/context.ts";
import { seedSynthetic } from "../../src/services/synthetic/seed.service.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { edit } from "../../src/services/review.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { planQuery } from "../../src/domain/search-terms.ts";
import { queryGram, searchGrams } from "../../src/domain/search-grams.ts";
import { listCommitments, replaceSearch, type CommitmentSort } from "../../src/storage/commitment.repo.ts";
import { migrations } from "../../src/storage/migrations/index.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";
import type { Cursor } from "../../src/storage/util.ts";

const now = () => new Date("2025-06-15T00:00:00Z");

test("pairs: adjacent letters or digits, lowercased one character at a time", () => {
  assert.deepEqual(searchGrams("推进5G园区，Ab"), ["推进", "进5", "5g", "g园", "园区", "ab"]);
  assert.deepEqual(searchGrams("园区园区"), ["园区", "区园"]);
  assert.equal(queryGram(" 园区 ".trim()), "园区");
  assert.equal(queryGram("5G"), "5g");
  assert.equal(queryGram("园，"), null);
  assert.equal(queryGram("园"), null);
  assert.equal(queryGram("园区建"), null);
  assert.deepEqual(planQuery("产业"), { kind: "gram", gram: "产业", text: "产业" });
  assert.deepEqual(planQuery("园，"), { kind: "substring", text: "园，" });
  assert.equal(planQuery("产业园区").kind, "terms");
});

/** Every page of a search, followed by its cursors. */
async function allPages(
  db: DB,
  planId: number,
  q: string,
  sort: CommitmentSort,
  limit: number,
  searchWindow?: number,
) {
  const out: number[] = [];
  let cursor: Cursor | null = null;
  for (let i = 0; i < 10_000; i++) {
    const p = await listCommitments(db, { planId, search: planQuery(q), sort, cursor, limit, searchWindow });
    out.push(...p.items.map((r) => r.id));
    if (!p.next) return out;
    cursor = JSON.parse(Buffer.from(p.next, "base64url").toString()) as Cursor;
  }
  throw new Error("no end");
}

/** What a scan of the texts gives, in the list's order. */
async function scan(db: DB, planId: number, q: string, sort: CommitmentSort) {
  const escaped = q.replace(/[\\%_]/g, (c) => "\\" + c);
  const rows = await db
    .selectFrom("commitments")
    .select(["id", "due_date"])
    .where("plan_id", "=", planId)
    .where("text", "like", `%${escaped}%`)
    .execute();
  const key = (r: { due_date: string | null }) => r.due_date ?? "9999-12-31";
  rows.sort((a, b) =>
    sort === "-id"
      ? b.id - a.id
      : sort === "due_date"
        ? key(a) < key(b)
          ? -1
          : key(a) > key(b)
            ? 1
            : a.id - b.id
        : a.id - b.id,
  );
  return rows.map((r) => Number(r.id));
}

for (const { name } of DIALECTS) {
  test(`${name}: two-character search reads the pair index and matches a LIKE scan`, async (t) => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    const db = store.db;
    try {
      await seedSynthetic(s, {
        commitments: 900,
        reports: 0,
        plans: 2,
        units: 30,
        maxDocument: 300,
        seed: 3,
      });
      const doc = await ingest(
        s,
        { text: DOC_V1, source: "v1.txt", year: 2022, plan: "测试计划" },
        SYSTEM_ACTOR,
        fakeExtract,
      );
      const mine = await db
        .selectFrom("commitments")
        .selectAll()
        .where("plan_id", "=", doc.plan.id)
        .orderBy("id")
        .execute();
      await edit(s, SYSTEM_ACTOR, mine[0]!.id, mine[0]!.version, { text: "推进5G基站建设，ABc园区" });
      const plans = (await db.selectFrom("plans").select("id").orderBy("id").execute()).map((p) =>
        Number(p.id),
      );
      const planId = plans[0]!;

      // Pairs of the fixture: the most and least common, and a few named ones.
      const texts = (
        await db.selectFrom("commitments").select("text").where("plan_id", "=", planId).execute()
      ).map((r) => r.text);
      const freq = new Map<string, number>();
      for (const x of texts) for (const g of searchGrams(x)) freq.set(g, (freq.get(g) ?? 0) + 1);
      const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([g]) => g);
      const queries = [...byFreq.slice(0, 3), ...byFreq.slice(-3), byFreq[Math.floor(byFreq.length / 2)]!];
      queries.push("园区", "产业", "无无");

      await t.test("every order and page equals the scan", async () => {
        for (const q of queries) {
          for (const sort of ["id", "-id", "due_date"] as const) {
            const expected = await scan(db, planId, q, sort);
            assert.deepEqual(await allPages(db, planId, q, sort, 7), expected, `${q} ${sort}`);
          }
        }
        assert.ok((await scan(db, planId, byFreq[0]!, "id")).length > 20, "a common pair spans pages");
        assert.equal((await scan(db, planId, "无无", "id")).length, 0);
      });

      await t.test("read in small windows: every page by id equals the scan", async () => {
        const common = byFreq[0]!;
        const words = texts.find((x) => x.includes(common))!;
        const at = words.indexOf(common);
        // Pairs, and words whose lead word's rows hold items the others do not.
        const qs = [common, byFreq[Math.floor(byFreq.length / 2)]!, words.slice(Math.max(0, at - 2), at + 4)];
        for (const q of qs) {
          const expected =
            planQuery(q).kind === "terms"
              ? await allPages(db, planId, q, "id", 1000)
              : await scan(db, planId, q, "id");
          assert.ok(expected.length > 0, q);
          for (const w of [1, 2, 5])
            for (const limit of [1, 3, 7]) {
              assert.deepEqual(
                await allPages(db, planId, q, "id", limit, w),
                expected,
                `${q} id ${w} ${limit}`,
              );
              assert.deepEqual(
                await allPages(db, planId, q, "-id", limit, w),
                [...expected].reverse(),
                `${q} -id ${w} ${limit}`,
              );
            }
        }
      });

      await t.test("no search, by deadline: every page as sorted here, the undated last", async () => {
        const rows = await db
          .selectFrom("commitments")
          .select(["id", "due_date"])
          .where("plan_id", "=", planId)
          .execute();
        const key = (r: { due_date: string | null }) => r.due_date ?? "9999-12-31";
        const expected = rows
          .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id))
          .map((r) => Number(r.id));
        assert.ok(new Set(rows.map(key)).size < rows.length, "days shared by several items");
        const out: number[] = [];
        let cursor: Cursor | null = null;
        for (;;) {
          const p = await listCommitments(db, { planId, sort: "due_date", cursor, limit: 7 });
          out.push(...p.items.map((r) => r.id));
          if (!p.next) break;
          cursor = JSON.parse(Buffer.from(p.next, "base64url").toString()) as Cursor;
        }
        assert.deepEqual(out, expected);
      });

      await t.test("letters in any case: the same answer as the database's LIKE", async () => {
        for (const q of ["5G", "5g", "AB", "ab", "Bc", "c园"]) {
          assert.deepEqual(
            await allPages(db, doc.plan.id, q, "id", 2),
            await scan(db, doc.plan.id, q, "id"),
            q,
          );
        }
        assert.deepEqual(await allPages(db, doc.plan.id, "5G", "id", 2), [Number(mine[0]!.id)]);
        // SQLite's LIKE folds ASCII case, PostgreSQL's does not; the index keeps either answer.
        assert.deepEqual(
          await allPages(db, doc.plan.id, "ab", "id", 2),
          name === "sqlite" ? [Number(mine[0]!.id)] : [],
        );
      });

      await t.test("the pair's rows are what is read; an edit replaces them", async () => {
        const ids = await allPages(db, planId, "园区", "id", 50);
        assert.ok(ids.length > 0);
        const gone = ids[0]!;
        await db.deleteFrom("commitment_grams").where("commitment_id", "=", gone).execute();
        assert.ok(!(await allPages(db, planId, "园区", "id", 50)).includes(gone), "found without its pair");
        const row = await db
          .selectFrom("commitments")
          .selectAll()
          .where("id", "=", gone)
          .executeTakeFirstOrThrow();
        await replaceSearch(db, planId, gone, row.text);
        assert.deepEqual(await allPages(db, planId, "园区", "id", 50), ids);

        assert.deepEqual(await allPages(db, doc.plan.id, "基站", "id", 5), [Number(mine[0]!.id)]);
        const again = await db
          .selectFrom("commitments")
          .selectAll()
          .where("id", "=", mine[0]!.id)
          .executeTakeFirstOrThrow();
        await edit(s, SYSTEM_ACTOR, again.id, again.version, { text: "建设冰雪旅游度假区" });
        assert.deepEqual(await allPages(db, doc.plan.id, "基站", "id", 5), []);
        assert.deepEqual(await allPages(db, doc.plan.id, "冰雪", "id", 5), [Number(mine[0]!.id)]);
      });

      await t.test(
        "words: the items holding every word, in every order and page, rare or common",
        async () => {
          const termCount = await db
            .selectFrom("commitment_terms")
            .select(["term", (eb) => eb.fn.countAll<number>().as("n")])
            .where("plan_id", "=", planId)
            .groupBy("term")
            .execute();
          const byN = termCount
            .map((r) => ({ term: r.term, n: Number(r.n) }))
            .filter((r) => [...r.term].length >= 3)
            .sort((a, b) => a.n - b.n || (a.term < b.term ? -1 : 1));
          const rare = byN[0]!.term;
          const common = byN.at(-1)!.term;
          for (const q of [rare, common, `${common}${rare}`, "不存在的词语"]) {
            const plan = planQuery(q);
            assert.equal(plan.kind, "terms", q);
            const terms = plan.kind === "terms" ? plan.terms : [];
            // The definition: the items that have a row for every word.
            const sets = await Promise.all(
              terms.map(async (term) =>
                (
                  await db
                    .selectFrom("commitment_terms")
                    .select("commitment_id")
                    .where("plan_id", "=", planId)
                    .where("term", "=", term)
                    .execute()
                ).map((r) => Number(r.commitment_id)),
              ),
            );
            const all = sets.reduce((a, b) => a.filter((x) => b.includes(x)));
            const due = new Map(
              (
                await db
                  .selectFrom("commitments")
                  .select(["id", "due_date"])
                  .where("plan_id", "=", planId)
                  .execute()
              ).map((r) => [Number(r.id), r.due_date ?? "9999-12-31"]),
            );
            const byId = [...all].sort((a, b) => a - b);
            const byDue = [...all].sort((a, b) =>
              due.get(a)! < due.get(b)! ? -1 : due.get(a)! > due.get(b)! ? 1 : a - b,
            );
            assert.deepEqual(await allPages(db, planId, q, "id", 7), byId, `${q} id`);
            assert.deepEqual(await allPages(db, planId, q, "-id", 7), [...byId].reverse(), `${q} -id`);
            assert.deepEqual(await allPages(db, planId, q, "due_date", 7), byDue, `${q} due_date`);
          }
          assert.ok(
            (await allPages(db, planId, common, "id", 50)).length > 7,
            "a common word spans pages of 7",
          );
        },
      );

      await t.test("longer queries still go by words", async () => {
        const q = byFreq.find((g) => !/[0-9a-z]/.test(g))!;
        const word = texts.find((x) => x.includes(q))!;
        const i = word.indexOf(q);
        const longer = word.slice(i, i + 4);
        assert.equal(planQuery(longer).kind, "terms");
        const found = await allPages(db, planId, longer, "id", 50);
        assert.ok(found.length > 0, longer);
      });
    } finally {
      await drop();
    }
  });

  test(`${name}: the migration fills the pairs of the items already stored`, async () => {
    const { store, drop } = await freshStore(name);
    const db = store.db;
    try {
      await seedSynthetic(makeServices(store, now), {
        commitments: 400,
        reports: 0,
        plans: 2,
        units: 20,
        maxDocument: 200,
        seed: 5,
      });
      // As a database of the previous version: no pairs, the migration not applied.
      await sql`drop table commitment_grams`.execute(db);
      // (on PostgreSQL with the composite keys that need it, put back by their own migration below)
      await sql.raw(`drop index commitments_plan_key${name === "postgres" ? " cascade" : ""}`).execute(db);
      await sql`delete from lantu_migrations where name = '20250124T000000_search_bigrams'`.execute(db);
      // Nor the migrations after it.
      await sql`drop index commitments_review_confidence`.execute(db);
      await sql`alter table commitments drop column owner_confidence`.execute(db);
      await sql`delete from lantu_migrations where name = '20250125T000000_owner_confidence'`.execute(db);
      await sql`delete from lantu_migrations where name = '20250126T000000_composite_plan_keys'`.execute(db);
      // The migrations after these (the change mark, the deadline index) stay applied: they touch
      // nothing these three do, and undoing them here would test nothing. Kysely refuses to run
      // migrations older than an applied one unless told to, which a served database never is.
      const rerun = await new Migrator({
        db,
        provider: { getMigrations: async () => migrations(store.dialect) },
        migrationTableName: "lantu_migrations",
        migrationLockTableName: "lantu_migrations_lock",
        allowUnorderedMigrations: true,
      }).migrateToLatest();
      assert.equal(rerun.error, undefined);
      assert.deepEqual(
        (rerun.results ?? []).map((m) => m.migrationName),
        [
          "20250124T000000_search_bigrams",
          "20250125T000000_owner_confidence",
          "20250126T000000_composite_plan_keys",
        ],
      );
      const rows = await db.selectFrom("commitment_grams").selectAll().execute();
      const stored = rows.map((r) => `${r.plan_id}:${r.commitment_id}:${r.gram}`).sort();
      const items = await db.selectFrom("commitments").select(["id", "plan_id", "text"]).execute();
      const expected = items
        .flatMap((c) => searchGrams(c.text).map((g) => `${c.plan_id}:${c.id}:${g}`))
        .sort();
      assert.equal(items.length, 400);
      assert.deepEqual(stored, expected);
    } finally {
      await drop();
    }
  });
}
