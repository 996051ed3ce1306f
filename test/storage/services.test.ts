// Services on both databases: idempotent and revision-aware ingest, review
// actions with versions and audit entries, aggregates kept in step.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DOC_V1, DOC_V2, fakeExtract } from "../helpers/fake-extractor.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirm, edit, merge, reject, split } from "../../src/services/review.service.ts";
import { fileProgress, updateTracking } from "../../src/services/tracking.service.ts";
import { sweepOverdue } from "../../src/services/status.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { goalStatusCounts, matrixCells, stateCounts } from "../../src/storage/aggregate.repo.ts";
import { recount, stored } from "../helpers/aggregates.ts";
import { planSummary } from "../../src/services/plan-summary.read.ts";
import { listCommitments } from "../../src/storage/commitment.repo.ts";
import { planQuery } from "../../src/domain/search-terms.ts";
import { isLantuError } from "../../src/errors.ts";

const now = () => new Date("2023-06-15T00:00:00Z");

for (const { name } of DIALECTS) {
  test(`${name}: ingest, re-ingest, review, aggregates`, async (t) => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    const db = store.db;
    const items = async () => db.selectFrom("commitments").selectAll().orderBy("id").execute();
    /** The aggregate tables equal a recount of the items, cell for cell. */
    const consistent = async (after: string) => assert.deepEqual(await stored(db), await recount(db), after);
    try {
      const first = await ingest(
        s,
        { text: DOC_V1, source: "v1.txt", year: 2022, plan: "测试计划" },
        SYSTEM_ACTOR,
        fakeExtract,
      );
      await t.test("first ingest stores proposed items with evidence", async () => {
        assert.equal(first.created, true);
        assert.deepEqual(first.counts, { added: 4, updated: 0, kept: 0, targets: 1 });
        const rows = await items();
        assert.ok(rows.every((r) => r.review_state === "proposed"));
        assert.equal(DOC_V1.slice(rows[0]!.span_start, rows[0]!.span_end), rows[0]!.text);
        const target = await db.selectFrom("targets").selectAll().executeTakeFirstOrThrow();
        assert.equal(target.baseline_value, 10);
        assert.equal(target.due_year, 2027);
        await consistent("first ingest");
      });

      await t.test("same text again is a no-op", async () => {
        const again = await ingest(s, { text: DOC_V1, source: "copy.txt" }, SYSTEM_ACTOR, fakeExtract);
        assert.equal(again.created, false);
        assert.equal(again.document.id, first.document.id);
        assert.equal((await items()).length, 4);
      });

      const [nangang, daoli, xiangfang] = await items();
      await confirm(s, SYSTEM_ACTOR, nangang!.id, nangang!.version);
      await edit(s, SYSTEM_ACTOR, daoli!.id, daoli!.version, { text: "推进智能制造产业园建设（已核）" });

      await t.test("a revision is recognised and matched item by item", async () => {
        const second = await ingest(
          s,
          { text: DOC_V2, source: "v2.txt", year: 2022 },
          SYSTEM_ACTOR,
          fakeExtract,
        );
        assert.equal(second.revises, first.document.id);
        assert.equal(second.plan.id, first.plan.id);
        assert.deepEqual(second.counts, { added: 1, updated: 2, kept: 2, targets: 0 });
        const rows = await items();
        assert.equal(rows.length, 5);
        assert.equal(
          rows.find((r) => r.id === nangang!.id)!.document_id,
          first.document.id,
          "confirmed untouched",
        );
        assert.equal(
          rows.find((r) => r.id === daoli!.id)!.text,
          "推进智能制造产业园建设（已核）",
          "edited untouched",
        );
        assert.equal(
          rows.find((r) => r.id === xiangfang!.id)!.text,
          "改造老旧小区三百个，全面提升城市品质。",
        );
        await consistent("revision");
      });

      await t.test("--revises names the document; a foreign plan is refused", async () => {
        await assert.rejects(
          ingest(
            s,
            { text: DOC_V2 + "\n", source: "v3.txt", revises: String(first.document.id), plan: "别的" },
            SYSTEM_ACTOR,
            fakeExtract,
          ),
          (e) => isLantuError(e) && e.code === "bad_argument",
        );
        const third = await ingest(
          s,
          { text: DOC_V2 + "\n补充", source: "v3.txt", revises: String(first.document.id) },
          SYSTEM_ACTOR,
          fakeExtract,
        );
        assert.equal(third.revises, first.document.id);
        assert.equal(third.counts.added, 0);
      });

      await t.test("stale version: 409, nothing changed", async () => {
        const before = (await items()).find((r) => r.id === nangang!.id)!;
        await assert.rejects(
          reject(s, SYSTEM_ACTOR, nangang!.id, nangang!.version, "重复"),
          (e) => isLantuError(e) && e.status === 409,
        );
        const after = (await items()).find((r) => r.id === nangang!.id)!;
        assert.deepEqual(after, before);
      });

      await t.test("merge, split, and one audit entry each", async () => {
        const rows = await items();
        const a = rows.find((r) => r.text.startsWith("发展创新农业"))!;
        const b = rows.find((r) => r.text.startsWith("建设冰雪"))!;
        const auditBefore = (await db.selectFrom("audit_log").select("id").execute()).length;
        await merge(s, SYSTEM_ACTOR, b.id, b.version, a.id);
        const parts = await split(s, SYSTEM_ACTOR, a.id, a.version + 1, [
          "发展创新农业",
          "建设现代农业示范区",
        ]);
        assert.equal(parts.length, 2);
        assert.equal((await db.selectFrom("audit_log").select("id").execute()).length, auditBefore + 2);
        await consistent("merge and split");
      });

      await t.test("aggregates match a recount", async () => {
        const rows = await items();
        const states = await stateCounts(db, first.plan.id);
        for (const st of ["proposed", "confirmed", "merged", "rejected"]) {
          const counted = rows.filter((r) => r.review_state === st).length;
          const agg = states.filter((x) => x.review_state === st).reduce((n, x) => n + Number(x.n), 0);
          assert.equal(agg, counted, st);
        }
        const cells = await matrixCells(db, first.plan.id);
        assert.deepEqual(
          cells.map((c) => [c.unit_id, Number(c.n)]),
          [[nangang!.unit_id, 1]],
        );
        await consistent("review");
      });

      await t.test("progress moves the status", async () => {
        await fileProgress(
          s,
          SYSTEM_ACTOR,
          { commitmentId: nangang!.id },
          { period: "2023Q1", narrative: "已开工" },
        );
        const row = (await items()).find((r) => r.id === nangang!.id)!;
        assert.equal(row.status, "on_track");
        const states = await stateCounts(db, first.plan.id);
        assert.equal(
          Number(states.find((x) => x.review_state === "confirmed" && x.status === "on_track")?.n),
          1,
        );
        const goals = await goalStatusCounts(db, first.plan.id);
        assert.deepEqual(
          goals.map((g) => [g.status, Number(g.n)]),
          [["on_track", 1]],
          "the goal card follows the status",
        );
        const summary = await planSummary(s, first.plan.id);
        const scanned = await db
          .selectFrom("commitments as c")
          .leftJoin("commitment_goals as cg", "cg.commitment_id", "c.id")
          .select(["cg.goal_id", "c.status"])
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("c.plan_id", "=", first.plan.id)
          .where("c.review_state", "=", "confirmed")
          .groupBy(["cg.goal_id", "c.status"])
          .execute();
        const key = (r: { goal_id: number | null; status: string; n: number }) =>
          `${r.goal_id}/${r.status}=${Number(r.n)}`;
        assert.deepEqual(summary.goalStatus.map(key).sort(), scanned.map(key).sort(), "summary = a scan");
        await consistent("progress");
      });

      await t.test("concurrent writes on one version: exactly one wins", async () => {
        const row = (await items()).find((r) => r.id === xiangfang!.id)!;
        const results = await Promise.allSettled([
          confirm(s, SYSTEM_ACTOR, row.id, row.version),
          reject(s, SYSTEM_ACTOR, row.id, row.version, "并发"),
        ]);
        assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
        const after = (await items()).find((r) => r.id === row.id)!;
        assert.equal(after.version, row.version + 1);
        await consistent("concurrent review");
      });

      await t.test("the calendar sweep moves passed deadlines to overdue, aggregates too", async () => {
        const row = (await items()).find((r) => r.id === nangang!.id)!;
        await updateTracking(s, SYSTEM_ACTOR, row.id, row.version, { deadline: "2023-12-31" });
        assert.equal(await sweepOverdue(db, "2023-12-31"), 0);
        assert.equal(await sweepOverdue(db, "2024-01-01"), 1);
        assert.equal((await items()).find((r) => r.id === row.id)!.status, "overdue");
        const states = await stateCounts(db, first.plan.id);
        assert.equal(
          Number(states.find((x) => x.review_state === "confirmed" && x.status === "overdue")?.n),
          1,
        );
        assert.equal(await sweepOverdue(db, "2024-01-02"), 0);
        await consistent("sweep");
      });

      await t.test("Chinese search: one and two characters, and words", async () => {
        const find = async (q: string) =>
          (
            await listCommitments(db, {
              planId: first.plan.id,
              search: planQuery(q),
              sort: "id",
              cursor: null,
              limit: 50,
            })
          ).items.map((r) => r.text);
        assert.equal((await find("冰")).length, 1);
        assert.ok((await find("小区")).some((x) => x.includes("老旧小区")));
        assert.ok((await find("智能制造")).some((x) => x.includes("智能制造")));
        assert.deepEqual(await find("不存在的词"), []);
      });
    } finally {
      await drop();
    }
  });
}
