// Exports stream: the task table of 100,000 rows is written a page at a time
// with the heap and buffers flat (measured after a forced collection at 10,000
// and 90,000 rows), and over HTTP on both databases the CSV and xlsx of a plan of
// several pages hold every item once, in id order, the xlsx read back whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { writeTaskTableTo, type TaskTableItem } from "../../src/exchange/task-table.write.ts";
import { readTaskTable } from "../../src/exchange/task-table.read.ts";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client } from "../helpers/client.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { seedSynthetic } from "../../src/services/synthetic/seed.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** Live memory after a full collection: the heap and the buffers outside it (a sheet's XML waiting for the zip). */
const heap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

test("the task table of 100,000 rows streams with the heap flat", async (t) => {
  const ROWS = 100_000;
  const PAGE = 1000;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  const samples: number[] = [];
  async function* pages(): AsyncGenerator<TaskTableItem[]> {
    for (let p = 0; p < ROWS / PAGE; p++) {
      // Mid-stream both times: at the end everything has left anyway.
      if (p === 10 || p === 90) samples.push(heap());
      yield Array.from({ length: PAGE }, (_, i) => {
        const n = p * PAGE + i + 1;
        return {
          id: n,
          version: 1,
          text: `第${n}项：推进重点项目建设，完成年度投资任务，加快产业园区基础设施配套。`,
          lead: `单位${n % 200}`,
          cooperating: [`单位${(n + 1) % 200}`],
          deadline: "2026-12-31",
          progress: n % 3 ? "按计划推进。" : null,
          status: "on_track",
          review: "confirmed",
          goals: ["目标一"],
        };
      });
    }
  }
  const finished = new Promise((resolve) => sink.on("finish", resolve));
  await writeTaskTableTo(sink, pages(), { title: "任务分解表", note: "共100000项。", working: true });
  await finished;
  const growth = (samples[1]! - samples[0]!) / 1048576;
  t.diagnostic(
    `heap and buffers ${(samples[0]! / 1048576).toFixed(1)} MB at 10,000 rows, growth ${growth.toFixed(1)} MB to 90,000; ${bytes} bytes`,
  );
  assert.ok(bytes > ROWS * 40, `${bytes} bytes written`);
  // 80,000 rows after the first sample: an in-memory workbook keeps every cell
  // (hundreds of MB at this size); the streaming writer keeps none of them, and
  // waits for the zip, which would otherwise hold their XML (60 MB).
  assert.ok(growth < 16, `heap and buffers grew ${growth.toFixed(1)} MB from 10,000 to 90,000 rows`);
});

for (const { name } of DIALECTS) {
  test(`${name}: CSV and xlsx exports stream every item once, in order, across pages`, async () => {
    const options = { now: () => new Date("2025-06-15T00:00:00Z"), loginLimit: 100 };
    await withServer(name, options, async ({ store, s, app }) => {
      const seeded = await seedSynthetic(s, {
        commitments: 2600,
        reports: 2000,
        plans: 1,
        units: 20,
        seed: 9,
      });
      const plan = seeded.planIds[0]!;
      await createUser(s, SYSTEM_ACTOR, {
        username: "sup",
        password: "export-test-password",
        role: "supervisor",
      });
      const c = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      assert.equal((await c.login("sup", "export-test-password")).status, 200);
      const confirmed = (
        await store.db
          .selectFrom("commitments")
          .select("id")
          .where("plan_id", "=", plan)
          .where("review_state", "=", "confirmed")
          .orderBy("id")
          .execute()
      ).map((r) => r.id);
      assert.ok(confirmed.length > 1000, `${confirmed.length} confirmed items: more than one page`);

      const csv = await c.call("GET", `/api/plans/${plan}/export?format=csv`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get("content-type")!, /text\/csv/);
      const ids = (csv.body as string)
        .split("\r\n")
        .slice(1)
        .filter((l) => /^\d+,/.test(l))
        .map((l) => Number(l.split(",")[0]));
      assert.deepEqual(ids, confirmed);

      const progress = await c.call("GET", `/api/plans/${plan}/export?format=csv&dataset=progress`);
      const reportIds = (progress.body as string)
        .split("\r\n")
        .slice(1)
        .filter((l) => /^\d+,/.test(l))
        .map((l) => Number(l.split(",")[0]));
      const stored = await store.db
        .selectFrom("progress_reports as p")
        .innerJoin("commitments as c", "c.id", "p.commitment_id")
        .select("p.id")
        .where("c.plan_id", "=", plan)
        .where("c.review_state", "=", "confirmed")
        .execute();
      assert.ok(stored.length > 0);
      assert.deepEqual(
        [...reportIds].sort((a, b) => a - b),
        stored.map((r) => r.id).sort((a, b) => a - b),
      );

      const res = await fetch(`${c.base}/api/plans/${plan}/export?format=xlsx`, {
        headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
      assert.equal(res.status, 200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const read = await readTaskTable(bytes, { refYear: 2025 });
      const working = (
        await store.db
          .selectFrom("commitments")
          .select("id")
          .where("plan_id", "=", plan)
          .where("review_state", "in", ["proposed", "confirmed"])
          .orderBy("id")
          .execute()
      ).map((r) => r.id);
      assert.deepEqual(
        read.rows.map((r) => r.id),
        working,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      assert.match(String(ws.getCell("A2").value), new RegExp(`共${working.length}项`));
      assert.ok(ws.model.merges.includes("A1:K1"), "the title spans the table");
    });
  });
}
