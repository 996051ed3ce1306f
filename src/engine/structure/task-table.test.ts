import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

// An invented county 重点任务分工方案: a task table as text, one row broken inside its task
// cell, one whose later cells go on on the next line, group headings between the rows.
const PLAN = `柏溪县2025年重点任务分工方案

一、重点任务分工

序号｜重点任务｜牵头单位｜配合单位｜完成时限
（一）实施工业强县战略
1｜新建标准厂房20万平方米，引进规上工业企业30家｜县工信局｜县商务局、各乡镇｜2025年12月底
2｜建成城西污水处理厂，新建污水管
网12公里｜县住建局｜县水务局｜2026年6月底
（二）实施民生优先战略
10｜新建幼儿园5所，新增学位2400个｜县教育局｜县财政局、
｜｜｜各乡镇｜2025年8月底
11｜改造农村公路80公里｜县交通运输局、县公路中心｜各乡镇｜2025年12月底
`;

test("a task table: each row's task is the commitment of the unit its 牵头单位 cell names first", () => {
  const x = extract(PLAN, { year: 2025 });
  const rows = x.commitments.map((c) => `${c.unit} ${c.text.replace(/\s/g, "")}`);
  assert.deepEqual(rows, [
    "县工信局 新建标准厂房20万平方米",
    "县工信局 引进规上工业企业30家",
    "县住建局 建成城西污水处理厂",
    "县住建局 新建污水管网12公里",
    "县教育局 新建幼儿园5所",
    "县教育局 新增学位2400个",
    "县交通运输局 改造农村公路80公里",
  ]);
});

test("a task table: the task's figures are the unit's, due in the year of the row's deadline cell", () => {
  const x = extract(PLAN, { year: 2025 });
  const rows = x.targets.map((t) => `${t.unit} ${t.value}${t.unit_of_measure ?? ""} ${t.by_year}`);
  assert.deepEqual(rows, [
    "县工信局 20万平方米 2025",
    "县工信局 30家 2025",
    "县住建局 12公里 2026",
    "县教育局 5所 2025",
    "县教育局 2400个 2025",
    "县交通运输局 80公里 2025",
  ]);
});

test("a task table: a row numbered 10｜… opens no section, so the group heading above still governs it", () => {
  const x = extract(PLAN, { year: 2025 });
  const school = x.commitments.find((c) => c.text.includes("幼儿园"));
  const road = x.commitments.find((c) => c.text.includes("农村公路"));
  assert.ok(school && road);
  assert.ok(x.units.some((u) => u.name === "县交通运输局"));
});
