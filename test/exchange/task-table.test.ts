// The Excel task table against both databases: export then import changes
// nothing; one edited cell changes exactly that item, with an audit entry; a
// stale version is reported, not applied; an office-made table imports whole
// or (with problems) not at all, or partially when asked; importing it again
// adds nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { OFFICE_TASKS, officeTaskTable } from "../helpers/office-tables.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirm } from "../../src/services/review.service.ts";
import { fileProgress, updateTracking } from "../../src/services/tracking.service.ts";
import { exportTaskTable, importTaskTable } from "../../src/services/task-table.service.ts";
import { SYSTEM_ACTOR, type Actor } from "../../src/domain/types.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";
import { isLantuError } from "../../src/errors.ts";

const now = () => new Date("2023-06-15T00:00:00Z");
const office: Actor = { id: null, name: "督查室", role: "system", unitId: null };

async function snapshot(db: DB) {
  return {
    commitments: await db.selectFrom("commitments").selectAll().orderBy("id").execute(),
    units: await db
      .selectFrom("commitment_units")
      .selectAll()
      .orderBy("commitment_id")
      .orderBy("unit_id")
      .execute(),
    goals: await db
      .selectFrom("commitment_goals")
      .selectAll()
      .orderBy("commitment_id")
      .orderBy("goal_id")
      .execute(),
    progress: await db.selectFrom("progress_reports").selectAll().orderBy("id").execute(),
    documents: (await db.selectFrom("documents").select("id").execute()).length,
    audit: (await db.selectFrom("audit_log").select("id").execute()).length,
  };
}

/** Changes one cell of the first sheet. */
async function editCell(bytes: Buffer, address: string, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.worksheets[0]!.getCell(address).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const { name } of DIALECTS) {
  test(`${name}: task table export and import`, async (t) => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    const db = store.db;
    try {
      const { plan } = await ingest(
        s,
        { text: DOC_V1, source: "v1.txt", year: 2022, plan: "测试计划" },
        SYSTEM_ACTOR,
        fakeExtract,
      );
      const items = await db.selectFrom("commitments").selectAll().orderBy("id").execute();
      const unitId = async (n: string) =>
        (await db.selectFrom("units").select("id").where("name", "=", n).executeTakeFirstOrThrow()).id;
      const [nangang, daoli] = items;
      await confirm(s, SYSTEM_ACTOR, nangang!.id, nangang!.version);
      await confirm(s, SYSTEM_ACTOR, daoli!.id, daoli!.version);
      let c = (await db
        .selectFrom("commitments")
        .selectAll()
        .where("id", "=", nangang!.id)
        .executeTakeFirstOrThrow())!;
      await updateTracking(s, SYSTEM_ACTOR, c.id, c.version, {
        deadline: "2023-12-31",
        cooperatingUnitIds: [await unitId("道里区"), await unitId("香坊区")],
      });
      await fileProgress(
        s,
        SYSTEM_ACTOR,
        { commitmentId: nangang!.id },
        { period: "2023Q1", narrative: "完成选址" },
      );

      const exported = await exportTaskTable(s, plan, { reviewStates: ["proposed", "confirmed"] }, true);
      assert.equal(exported.count, 4);

      await t.test("importing an unchanged export changes nothing", async () => {
        // 完成时限 is the date the item is judged against, as on its page: the
        // deadline set (南岗区, row 4), else the target's due year (道里区, row 5).
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(exported.bytes as unknown as ArrayBuffer);
        const day = (a: string) => (wb.worksheets[0]!.getCell(a).value as Date).toISOString().slice(0, 10);
        assert.equal(wb.worksheets[0]!.getCell("E3").value, "完成时限");
        assert.deepEqual([day("E4"), day("E5")], ["2023-12-31", "2027-12-31"]);
        const before = await snapshot(db);
        const r = await importTaskTable(s, office, exported.bytes, { source: "export.xlsx" });
        assert.deepEqual([r.created, r.updated, r.unchanged, r.stale, r.skipped], [[], [], 4, [], []]);
        assert.deepEqual(await snapshot(db), before);
      });

      await t.test("one edited cell changes exactly that item, with an audit entry", async () => {
        const before = await snapshot(db);
        // Row 5 is the second item (道里区); column E its deadline.
        const edited = await editCell(exported.bytes, "E5", "2024年6月底");
        const r = await importTaskTable(s, office, edited, { source: "edited.xlsx" });
        assert.deepEqual([r.created, r.updated, r.unchanged], [[], [daoli!.id], 3]);
        const after = await snapshot(db);
        const changed = after.commitments.filter(
          (x, i) => JSON.stringify(x) !== JSON.stringify(before.commitments[i]),
        );
        assert.deepEqual(
          changed.map((x) => [x.id, x.deadline, x.due_date, x.version]),
          [[daoli!.id, "2024-06-30", "2024-06-30", daoli!.version + 2]],
        );
        assert.deepEqual(after.units, before.units);
        assert.deepEqual(after.progress, before.progress);
        const audit = await db
          .selectFrom("audit_log")
          .selectAll()
          .where("id", ">", 0)
          .orderBy("id", "desc")
          .limit(2)
          .execute();
        assert.deepEqual(
          audit.map((a) => [a.action, a.entity, a.entity_id, a.actor_name]),
          [
            ["import_table", "plan", plan.id, "督查室"],
            ["import_update", "commitment", daoli!.id, "督查室"],
          ],
        );
        assert.equal(JSON.parse(audit[1]!.before!).deadline, null);
        assert.equal(JSON.parse(audit[1]!.after!).deadline, "2024-06-30");
      });

      await t.test("a stale version is reported and not applied", async () => {
        const before = await snapshot(db);
        const stale = await editCell(exported.bytes, "B5", "推进智能制造产业园建设（旧稿改动）");
        const r = await importTaskTable(s, office, stale, { source: "stale.xlsx" });
        assert.deepEqual(r.updated, []);
        assert.deepEqual(r.stale, [
          { row: 5, id: daoli!.id, version: daoli!.version + 1, current: daoli!.version + 2 },
        ]);
        assert.deepEqual((await snapshot(db)).commitments, before.commitments);
      });

      await t.test(
        "progress and unit cells: a report for this quarter, cooperating units replaced",
        async () => {
          const fresh = await exportTaskTable(s, plan, { reviewStates: ["proposed", "confirmed"] }, true);
          let bytes = await editCell(fresh.bytes, "F4", "主体结构封顶");
          bytes = await editCell(bytes, "D4", "香坊区");
          const r = await importTaskTable(s, office, bytes, { source: "progress.xlsx" });
          assert.deepEqual(r.updated, [nangang!.id]);
          const reports = await db
            .selectFrom("progress_reports")
            .selectAll()
            .where("commitment_id", "=", nangang!.id)
            .orderBy("id")
            .execute();
          assert.deepEqual(
            reports.map((p) => [p.period, p.narrative, p.reporter_name]),
            [
              ["2023Q1", "完成选址", "system"],
              ["2023Q2", "主体结构封顶", "督查室"],
            ],
          );
          const coop = await db
            .selectFrom("commitment_units")
            .select("unit_id")
            .where("commitment_id", "=", nangang!.id)
            .execute();
          assert.deepEqual(
            coop.map((x) => x.unit_id),
            [await unitId("香坊区")],
          );
          c = (await db
            .selectFrom("commitments")
            .selectAll()
            .where("id", "=", nangang!.id)
            .executeTakeFirstOrThrow())!;
          assert.equal(c.status, "on_track");
        },
      );

      await db
        .updateTable("units")
        .set({ aliases: JSON.stringify(["香坊"]) })
        .where("name", "=", "香坊区")
        .execute();

      await t.test("an office table with problems: refused whole, each problem named", async () => {
        const before = await snapshot(db);
        await assert.rejects(
          importTaskTable(s, office, await officeTaskTable({ problems: true }), {
            source: "office.xlsx",
            plan: "测试计划",
          }),
          (e) => {
            assert.ok(isLantuError(e) && e.code === "import_rejected", String(e));
            const problems = (e.details as { problems: { row: number; column: string; reason: string }[] })
              .problems;
            assert.deepEqual(
              problems.map((p) => [p.row, p.column]),
              [
                [10, "D"],
                [10, "E"],
              ],
            );
            assert.match(problems[0]!.reason, /no unit "市发改委"/);
            assert.match(problems[1]!.reason, /"尽快" is not a deadline/);
            assert.match(e.message, /2 problems in 1 row\(s\), nothing imported/);
            return true;
          },
        );
        assert.deepEqual(await snapshot(db), before);
      });

      await t.test("--partial imports the readable rows and reports the rest", async () => {
        const r = await importTaskTable(s, office, await officeTaskTable({ problems: true }), {
          source: "office.xlsx",
          plan: "测试计划",
          partial: true,
        });
        assert.equal(r.created.length, 4);
        assert.deepEqual(
          r.skipped.map((p) => p.row),
          [10, 10],
        );
        const created = await db
          .selectFrom("commitments")
          .selectAll()
          .where("id", "in", r.created)
          .orderBy("id")
          .execute();
        assert.deepEqual(
          created.map((x) => [x.text, x.review_state, x.deadline]),
          [
            [OFFICE_TASKS[0], "proposed", "2023-06-30"],
            [OFFICE_TASKS[1], "proposed", "2023-12-31"],
            [OFFICE_TASKS[2], "proposed", null],
            [OFFICE_TASKS[4], "proposed", "2022-12-31"],
          ],
        );
        assert.equal(created[0]!.lead_unit_id, await unitId("南岗区"));
        assert.equal(created[1]!.lead_unit_id, await unitId("南岗区"), "南岗区人民政府 is 南岗区");
        assert.equal(created[3]!.lead_unit_id, await unitId("香坊区"), "香坊 is an alias");
        const doc = await db
          .selectFrom("documents")
          .selectAll()
          .where("id", "=", r.document_id!)
          .executeTakeFirstOrThrow();
        assert.equal(doc.format, "xlsx");
        assert.equal(doc.text.slice(created[0]!.span_start, created[0]!.span_end), OFFICE_TASKS[0]);
        const goals = await db
          .selectFrom("commitment_goals as cg")
          .innerJoin("goals as g", "g.id", "cg.goal_id")
          .select(["cg.commitment_id", "g.name"])
          .where("cg.commitment_id", "in", r.created)
          .orderBy("cg.commitment_id")
          .execute();
        assert.deepEqual(
          goals.map((g) => g.name),
          ["创新引领之都", "创新引领之都", "创新引领之都", "先进制造之都"],
          "section rows align items to goals",
        );
        assert.ok(r.notes.some((n) => n.row === 6 && /proposed/.test(n.message)));
      });

      await t.test("importing the same office table again adds nothing", async () => {
        const before = await snapshot(db);
        const r = await importTaskTable(s, office, await officeTaskTable(), {
          source: "office.xlsx",
          plan: "测试计划",
        });
        assert.deepEqual(
          [r.created.length, r.existing],
          [1, 4],
          "only the row that was unreadable before is new",
        );
        const again = await importTaskTable(s, office, await officeTaskTable(), {
          source: "office.xlsx",
          plan: "测试计划",
        });
        assert.deepEqual([again.created.length, again.existing], [0, 5]);
        assert.equal((await snapshot(db)).commitments.length, before.commitments.length + 1);
      });

      await t.test("exports follow filters; the public table holds confirmed items only", async () => {
        const mine = await exportTaskTable(
          s,
          plan,
          { unitId: await unitId("南岗区"), reviewStates: ["confirmed"] },
          false,
        );
        assert.equal(mine.count, 1);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(mine.bytes as unknown as ArrayBuffer);
        const header = (wb.worksheets[0]!.getRow(3).values as unknown[]).slice(1);
        assert.ok(!header.includes("审核状态") && !header.includes("版本号"));
      });
    } finally {
      await drop();
    }
  });
}
