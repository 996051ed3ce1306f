// `lantu import`, `lantu export`, `lantu report` as a user runs them, on a
// SQLite file prepared through the services.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { officeTaskTable } from "../helpers/office-tables.ts";
import { readDocx } from "../helpers/docx-xml.ts";
import { openSqlite } from "../../src/storage/dialects/index.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirmDocument } from "../../src/services/review.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";

test("CLI: export, import, report", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "lantu-cli-exchange-"));
  process.env.LANTU_DB = join(dir, "lantu.db");
  delete process.env.DATABASE_URL;
  const store = openSqlite(process.env.LANTU_DB);
  await migrateToLatest(store);
  const s = makeServices(store);
  const r = await ingest(
    s,
    { text: DOC_V1, source: "v1.txt", year: 2022, plan: "测试计划" },
    SYSTEM_ACTOR,
    fakeExtract,
  );
  await confirmDocument(s, SYSTEM_ACTOR, r.document.id);
  await store.db
    .updateTable("units")
    .set({ aliases: JSON.stringify(["香坊"]) })
    .where("name", "=", "香坊区")
    .execute();
  await store.close();
  const file = (name: string) => join(dir, name);
  try {
    await t.test("export then import: nothing changes", async () => {
      const ex = await runCli(["export", "--format", "xlsx", "--out", file("t.xlsx")]);
      assert.equal(ex.code, 0, ex.stderr);
      assert.match(ex.stdout, /4 items of plan 1 "测试计划" → /);
      const im = await runCli(["import", file("t.xlsx")]);
      assert.equal(im.code, 0, im.stderr);
      assert.match(im.stdout, /0 new proposed items, 0 updated, 4 unchanged/);
    });

    await t.test(
      "a table with problems is refused, each problem on its own line; --partial imports the rest",
      async () => {
        writeFileSync(file("office.xlsx"), await officeTaskTable({ problems: true }));
        const refused = await runCli(["import", file("office.xlsx")]);
        assert.equal(refused.code, 2);
        assert.match(refused.stderr, /^ {2}row 10, column D \(配合单位（协办）\): no unit "市发改委"/m);
        assert.match(refused.stderr, /^ {2}row 10, column E \(完成时限\): "尽快" is not a deadline/m);
        assert.match(
          refused.stderr,
          /^lantu import: office\.xlsx: 2 problems in 1 row\(s\), nothing imported/m,
        );
        const partial = await runCli(["import", file("office.xlsx"), "--partial"]);
        assert.equal(partial.code, 0, partial.stderr);
        assert.match(partial.stdout, /4 new proposed items/);
        assert.match(partial.stdout, /2 problems, those rows skipped/);
      },
    );

    await t.test("open data to stdout; a bad flag is named", async () => {
      const csv = await runCli(["export", "--format", "csv", "--out", "-"]);
      assert.equal(csv.code, 0, csv.stderr);
      assert.ok(csv.stdout.startsWith("\uFEFFid,plan_id,plan,"));
      assert.equal(
        csv.stdout.trim().split("\r\n").length,
        5,
        "the four confirmed items, not the proposed imports",
      );
      const bad = await runCli(["export", "--format", "pdf", "--out", file("x")]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--format wants xlsx, csv, json; got "pdf"/);
    });

    await t.test("the 督查通报", async () => {
      const rep = await runCli(["report", "--period", "2023Q1", "--out", file("r.docx")]);
      assert.equal(rep.code, 0, rep.stderr);
      assert.match(rep.stdout, /督查通报 2023年第一季度 for plan 1 "测试计划": 4 items/);
      const doc = await readDocx(readFileSync(file("r.docx")));
      assert.ok(doc.paragraphs.includes("（2023年第一季度）"));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
