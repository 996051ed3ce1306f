import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { OFFICE_TASKS, officeTaskTable } from "../../test/helpers/office-tables.ts";
import { inflateBomb } from "../../test/helpers/zip-bomb.ts";
import { isLantuError } from "../errors.ts";
import { matchHeader } from "./columns.ts";
import { readTaskTable } from "./task-table.read.ts";
import { writeTaskTable, type TaskTableItem } from "./task-table.write.ts";
import { splitUnits, unitResolver } from "./units.ts";

test("header names: synonyms, notes in brackets, the surer name wins", () => {
  assert.equal(matchHeader("重点任务")?.field, "text");
  assert.equal(matchHeader("工作内容")?.field, "text");
  assert.equal(matchHeader("责任单位")?.field, "lead");
  assert.equal(matchHeader("协办单位")?.field, "cooperating");
  assert.equal(matchHeader("时间节点")?.field, "deadline");
  assert.equal(matchHeader("完成情况")?.field, "progress");
  assert.equal(matchHeader("牵头单位\n（责任人）")?.field, "lead");
  assert.equal(matchHeader("审核状态")?.field, "review");
  assert.ok(matchHeader("完成情况")!.rank < matchHeader("备注")!.rank);
  assert.equal(matchHeader("2023年重点工作任务分解表（第一批）及说明与附件清单"), null);
});

test("unit cells: lists split, aliases and 人民政府 resolved", () => {
  assert.deepEqual(splitUnits("道里区、香坊区，呼兰区；松北区 / 平房区"), [
    "道里区",
    "香坊区",
    "呼兰区",
    "松北区",
    "平房区",
  ]);
  assert.deepEqual(splitUnits("市住房和城乡建设局（牵头）"), ["市住房和城乡建设局"]);
  const resolve = unitResolver([
    { id: 1, name: "南岗区", aliases: [] },
    { id: 2, name: "平房区", aliases: ["哈经开区"] },
  ]);
  assert.equal(resolve("南岗区人民政府"), 1);
  assert.equal(resolve(" 南 岗 区 "), 1);
  assert.equal(resolve("哈经开区"), 2);
  assert.equal(resolve("市发改委"), null);
});

test("an office-made table: title, merged two-row header, sections, blanks, merged units, dates", async () => {
  const read = await readTaskTable(await officeTaskTable(), { refYear: 2023 });
  assert.equal(read.title, "2023年重点工作任务分解表");
  assert.equal(read.headerRow, 4);
  assert.equal(read.columns.text?.letter, "B");
  assert.equal(read.columns.lead?.letter, "C");
  assert.equal(read.columns.cooperating?.letter, "D");
  assert.equal(read.columns.progress?.header, "进展情况", "进展情况 beats 备注");
  assert.deepEqual(read.problems, []);
  assert.deepEqual(
    read.rows.map((r) => [r.row, r.text, r.lead, r.cooperating, r.deadline, r.section]),
    [
      [
        6,
        OFFICE_TASKS[0],
        ["南岗区"],
        ["道里区", "香坊区"],
        { kind: "date", date: "2023-06-30" },
        "一、创新引领之都",
      ],
      [7, OFFICE_TASKS[1], ["南岗区人民政府"], [], { kind: "date", date: "2023-12-31" }, "一、创新引领之都"],
      [9, OFFICE_TASKS[2], ["道里区"], [], { kind: "ongoing" }, "一、创新引领之都"],
      [10, OFFICE_TASKS[3], ["道里区"], [], { kind: "date", date: "2023-09-30" }, "一、创新引领之都"],
      [12, OFFICE_TASKS[4], ["香坊"], [], { kind: "date", date: "2022-12-31" }, "二、先进制造之都"],
    ],
  );
  assert.equal(read.rows[0]!.progress, "已完成主体结构");
});

test("every unreadable row is reported with row, column and reason", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("任务");
  ws.addRow(["序号", "工作任务", "责任单位", "完成时间", "系统编号", "版本号"]);
  ws.addRow([1, "任务甲", "南岗区", "尽快", null, null]);
  ws.addRow([2, "", "南岗区", "2023年底", null, null]);
  ws.addRow([3, "任务丙", "南岗区", "2023-02-30", "x7", null]);
  ws.addRow([4, "任务丁", "南岗区", "2023年底", 12, null]);
  ws.addRow([5, "任务戊", "南岗区", "2023年底", null, null]);
  const read = await readTaskTable(Buffer.from(await wb.xlsx.writeBuffer()), { refYear: 2023 });
  const want: [number, string, string, RegExp][] = [
    [2, "D", "完成时间", /"尽快" is not a deadline/],
    [3, "B", "工作任务", /the task is empty/],
    [4, "D", "完成时间", /"2023-02-30" is not a date/],
    [4, "E", "系统编号", /"x7" is not a whole number/],
    [5, "F", "版本号", /needs its version/],
  ];
  assert.equal(read.problems.length, want.length);
  read.problems.forEach((p, i) => {
    const [row, column, header, reason] = want[i]!;
    assert.deepEqual([p.row, p.column, p.header], [row, column, header]);
    assert.match(p.reason, reason);
  });
  assert.deepEqual(
    read.rows.map((r) => r.text),
    ["任务戊"],
  );
});

test("not a workbook, or no header row: a clear error", async () => {
  await assert.rejects(readTaskTable(Buffer.from("序号,任务\n1,甲\n"), { refYear: 2023 }), (e) => {
    assert.ok(isLantuError(e) && e.code === "file_corrupt", String(e));
    return true;
  });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("空").addRow(["姓名", "电话"]);
  await assert.rejects(readTaskTable(Buffer.from(await wb.xlsx.writeBuffer()), { refYear: 2023 }), (e) => {
    assert.ok(isLantuError(e) && e.code === "import_rejected" && /no header row/.test(e.message), String(e));
    return true;
  });
});

test("the written table: frozen header, widths, wrap, colours, and it reads back", async () => {
  const items: TaskTableItem[] = [
    {
      id: 7,
      version: 3,
      text: "建设创新大厦",
      lead: "南岗区",
      cooperating: ["道里区", "香坊区"],
      deadline: "2023-06-30",
      progress: "主体完工",
      status: "overdue",
      review: "proposed",
      goals: ["创新引领之都"],
    },
    {
      id: 8,
      version: 1,
      text: "发展冰雪经济",
      lead: null,
      cooperating: [],
      deadline: null,
      progress: null,
      status: "not_started",
      review: "proposed",
      goals: [],
    },
  ];
  const bytes = await writeTaskTable(items, { title: "任务分解表", note: "导出", working: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  assert.deepEqual((ws.getRow(3).values as unknown[]).slice(1), [
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
  assert.equal(ws.views[0]?.state, "frozen");
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 3);
  assert.equal(ws.getColumn(2).width, 56);
  assert.equal(ws.getCell("B4").alignment?.wrapText, true);
  assert.equal(ws.getCell("G4").value, "逾期");
  assert.equal((ws.getCell("G4").fill as { fgColor?: { argb?: string } }).fgColor?.argb, "FFFFC7CE");
  assert.equal(ws.getCell("H4").value, "待审核", "a first data row of header-like words stays data");

  const read = await readTaskTable(bytes, { refYear: 2023 });
  assert.equal(read.headerRow, 3);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(
    read.rows.map((r) => [r.id, r.version, r.text, r.lead, r.cooperating, r.deadline, r.progress]),
    [
      [
        7,
        3,
        "建设创新大厦",
        ["南岗区"],
        ["道里区", "香坊区"],
        { kind: "date", date: "2023-06-30" },
        "主体完工",
      ],
      [8, 1, "发展冰雪经济", [], [], { kind: "none" }, null],
    ],
  );
});

test("a workbook that unpacks past the limit is refused while inflating, whatever its directory claims", async () => {
  const honest = await officeTaskTable();
  // 8 MB of spaces inside the sheet's data, each entry claiming 1 KB, against a 2 MB limit.
  const bomb = await inflateBomb(
    honest,
    "xl/worksheets/sheet1.xml",
    "<sheetData>",
    " ".repeat(4096),
    80e6,
    1024,
  );
  assert.ok(bomb.length < 100_000, `the bomb is small (${bomb.length} bytes)`);
  await assert.rejects(readTaskTable(bomb, { refYear: 2023, maxUnpackedBytes: 2 * 1024 * 1024 }), (e) => {
    assert.ok(isLantuError(e) && e.code === "file_too_large", String(e));
    assert.match(e.message, /unpacks to more than 2 MB, the limit for a task table/);
    return true;
  });
  // The same table, honest and small, still reads.
  assert.ok(
    (await readTaskTable(honest, { refYear: 2023, maxUnpackedBytes: 2 * 1024 * 1024 })).rows.length > 0,
  );
});

test("the item rows written straight as XML are the rows ExcelJS's own writer makes, byte for byte", async () => {
  const JSZip = (await import("jszip")).default;
  const statuses = ["not_started", "on_track", "behind", "overdue", "done", "unknown"];
  const items: TaskTableItem[] = Array.from({ length: 40 }, (_, i) => ({
    id: 1000 + i,
    version: 1 + (i % 3),
    text: [
      "推进甲乙产业园建设，年底前完成主体工程。",
      `含有<尖括号>与&符号、'单引号'和"双引号"`,
      "控制\u0001字符\u000b与制表\t换行\n回车\r",
      "",
    ][i % 4]!,
    lead: i % 5 === 0 ? null : `某某局${i}`,
    cooperating: i % 3 === 0 ? [] : ["甲区", "乙区"],
    deadline:
      i % 4 === 0
        ? null
        : `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    progress: i % 2 ? `第${i}次进展：已完成70%` : null,
    status: statuses[i % statuses.length]!,
    review: i % 2 ? "confirmed" : "proposed",
    goals: i % 3 ? ["目标一", "目标二"] : [],
  }));
  for (const working of [true, false]) {
    const o = { title: "某市任务分解表", note: "导出时间：2026-01-01，共40项。", working };
    const fast = await JSZip.loadAsync(await writeTaskTable(items, o));
    const slow = await JSZip.loadAsync(await writeTaskTable(items, { ...o, viaExcelJsRows: true }));
    const names = Object.keys(slow.files).filter((n) => !n.endsWith("core.xml"));
    assert.deepEqual(
      Object.keys(fast.files).filter((n) => !n.endsWith("core.xml")),
      names,
    );
    for (const name of names) {
      const a = await fast.file(name)!.async("string");
      const b = await slow.file(name)!.async("string");
      assert.equal(a, b, `${name} (working ${working})`);
    }
    // And it reads back: a row for every item with a text (a row of no task is skipped).
    const read = await readTaskTable(await writeTaskTable(items, o), { refYear: 2026 });
    assert.equal(read.rows.length, items.filter((it) => it.text).length);
  }
});
