// 100,000 items through the export routes (SQLite): the CSV holds every
// confirmed item once, in id order, with the right cells; the xlsx, read back
// with ExcelJS's streaming reader, every working item with the right header
// and cells; one unit's CSV exactly its own and cooperating items. Speed and
// memory are measured by bench/export.bench.ts, not here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { withServer } from "../helpers/server.ts";
import { Client } from "../helpers/client.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import {
  dueOf,
  goalName,
  itemText,
  makeExportPlan,
  reported,
  reviewOf,
  UNITS,
  unitName,
} from "../helpers/export-rows.ts";

const N = 100_000;
/** A confirmed item with reports (i % 3 === 0, i % 10 !== 0). */
const SAMPLE = 12_345;

/** CSV lines to records; the fixture's fields hold no comma, quote or line break. */
function records(text: string): { header: string[]; rows: string[][] } {
  const lines = text.split("\r\n");
  assert.equal(lines.at(-1), "", "the file ends with a line break");
  const header = lines[0]!.replace(/^\uFEFF/, "").split(",");
  return { header, rows: lines.slice(1, -1).map((l) => l.split(",")) };
}

test("sqlite: the exports of 100,000 items hold every row, with the right cells", async () => {
  const options = { now: () => new Date("2025-06-15T00:00:00Z"), loginLimit: 100 };
  await withServer("sqlite", options, async ({ store, s, app }) => {
    const { planId, ids, unitIds } = await makeExportPlan(store.db, N);
    assert.equal(ids.length, N);
    await createUser(s, SYSTEM_ACTOR, {
      username: "sup",
      password: "export-test-password",
      role: "supervisor",
    });
    const c = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    assert.equal((await c.login("sup", "export-test-password")).status, 200);
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const get = (path: string) => fetch(`${c.base}${path}`, { headers: { cookie } });

    // Open data, the whole plan: confirmed items only.
    const csvRes = await get(`/api/plans/${planId}/export?format=csv`);
    assert.equal(csvRes.status, 200);
    const csv = records(await csvRes.text());
    assert.deepEqual(csv.header.slice(0, 8), [
      "id",
      "plan_id",
      "plan",
      "unit",
      "lead_unit",
      "cooperating_units",
      "text",
      "goals",
    ]);
    const confirmed = ids.filter((_, k) => reviewOf(k + 1) === "confirmed");
    assert.equal(confirmed.length, 90_000);
    assert.equal(csv.rows.length, confirmed.length);
    assert.deepEqual(
      csv.rows.map((r) => Number(r[0])),
      confirmed,
    );
    const col = (name: string) => {
      const k = csv.header.indexOf(name);
      assert.ok(k >= 0, `column ${name}`);
      return k;
    };
    const sample = csv.rows.find((r) => Number(r[0]) === ids[SAMPLE - 1])!;
    assert.ok(reported(SAMPLE) && reviewOf(SAMPLE) === "confirmed");
    const cells = (names: string[]) => Object.fromEntries(names.map((n) => [n, sample[col(n)]]));
    assert.deepEqual(
      cells([
        "plan",
        "unit",
        "lead_unit",
        "cooperating_units",
        "text",
        "goals",
        "due_date",
        "status",
        "latest_period",
        "latest_progress",
        "source_sentence",
      ]),
      {
        plan: "导出测试规划",
        unit: unitName((SAMPLE % UNITS) + 1),
        lead_unit: unitName((SAMPLE % UNITS) + 1),
        cooperating_units: unitName(((SAMPLE + 1) % UNITS) + 1),
        text: itemText(SAMPLE),
        goals: goalName((SAMPLE % 10) + 1),
        due_date: dueOf(SAMPLE),
        status: "on_track",
        latest_period: "2025Q2",
        latest_progress: `第${SAMPLE}项第二次进展`,
        source_sentence: itemText(SAMPLE),
      },
    );
    const unreported = csv.rows.find((r) => Number(r[0]) === ids[SAMPLE])!;
    assert.equal(unreported[col("latest_progress")], "", "an item without reports has no progress");

    // One unit: its own items and those it cooperates on, nothing else.
    const u = 7;
    const unitCsv = records(
      await (await get(`/api/plans/${planId}/export?format=csv&unit=${unitIds[u - 1]}`)).text(),
    );
    const expected = ids.filter((_, k) => {
      const i = k + 1;
      return reviewOf(i) === "confirmed" && ((i % UNITS) + 1 === u || ((i + 1) % UNITS) + 1 === u);
    });
    assert.ok(expected.length > 3000);
    assert.deepEqual(
      unitCsv.rows.map((r) => Number(r[0])),
      expected,
    );

    // The working task table: proposed and confirmed, read back row by row.
    const xlsxRes = await get(`/api/plans/${planId}/export?format=xlsx`);
    assert.equal(xlsxRes.status, 200);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(
      Readable.fromWeb(xlsxRes.body! as import("node:stream/web").ReadableStream),
      {
        worksheets: "emit",
        sharedStrings: "cache",
        styles: "cache",
        hyperlinks: "ignore",
      },
    );
    let rows = 0;
    let header: unknown[] = [];
    let note = "";
    let sampleRow: unknown[] = [];
    let lastId = 0;
    let inOrder = true;
    for await (const ws of reader) {
      for await (const row of ws) {
        const v = row.values as unknown[];
        if (row.number === 2) note = String(v[1]);
        else if (row.number === 3) header = v.slice(1);
        else if (row.number > 3) {
          rows++;
          const id = Number(v[10]);
          if (id <= lastId) inOrder = false;
          lastId = id;
          if (row.number === 3 + SAMPLE) sampleRow = v.slice(1);
        }
      }
    }
    assert.deepEqual(header, [
      "序号",
      "任务内容",
      "牵头单位",
      "配合单位",
      "完成时限",
      "进展情况",
      "状态",
      "审核状态",
      "对应目标",
      "系统编号",
      "版本号",
    ]);
    assert.match(note, new RegExp(`共${N}项`));
    assert.equal(rows, N);
    assert.ok(inOrder, "rows in id order");
    assert.equal(lastId, ids.at(-1));
    assert.deepEqual(sampleRow, [
      SAMPLE,
      itemText(SAMPLE),
      unitName((SAMPLE % UNITS) + 1),
      unitName(((SAMPLE + 1) % UNITS) + 1),
      new Date(`${dueOf(SAMPLE)}T00:00:00Z`),
      `第${SAMPLE}项第二次进展`,
      "正常推进",
      "已确认",
      goalName((SAMPLE % 10) + 1),
      ids[SAMPLE - 1],
      1,
    ]);
  });
});
