import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { LabelWords, ownerOfLine } from "./owner-lines.ts";

const W = "\u3000";

test("an owner line names its first unit; a trailing bracket is a note, one inside is the name", () => {
  assert.equal(ownerOfLine(`责任单位：县水利局${W}${W}完成时限：长期坚持`), "县水利局");
  assert.equal(ownerOfLine("责任单位：县财政局（牵头），县税务局"), "县财政局");
  assert.equal(ownerOfLine("牵头单位:县农业农村局(县乡村振兴局) 配合单位:各乡镇"), "县农业农村局");
  assert.equal(ownerOfLine("牵头单位：各乡（镇、街道）政府"), "各乡（镇、街道）政府");
  assert.equal(ownerOfLine("各责任单位要逐项细化措施。"), null);
});

// An invented county 整改 bulletin: each item closed by its 责任单位 line.
const BULLETIN = `中共柏溪县委关于巡察整改进展情况的通报

一、整改落实情况

1.农村供水保障不足，群众反映较多。
下步措施：新建农村集中供水工程8处，推进城乡供水一体化；县住建局负责完成老旧管网改造20公里。
责任单位：县水利局、县住建局${W}${W}整改时限：2025年12月底前

2.营商环境有短板。
下步措施：推行企业开办一日办结，建设县级政务服务中心。
责任单位：县行政审批局${W}${W}整改时限：长期坚持
`;

test("an owner line closing an item gives the item above it to the unit it names first", () => {
  const x = extract(BULLETIN, { year: 2025 });
  const owned = x.commitments.map((c) => `${c.unit} ${c.text}`);
  assert.ok(owned.some((c) => c.startsWith("县水利局") && c.includes("农村集中供水工程")));
  assert.ok(owned.some((c) => c.startsWith("县行政审批局") && c.includes("政务服务中心")));
  // A sentence that names its own actor keeps it.
  assert.ok(owned.some((c) => c.startsWith("县住建局") && c.includes("老旧管网改造")));
  // The line itself is no commitment.
  assert.ok(!owned.some((c) => c.includes("整改时限")));
  const water = x.targets.find((t) => t.metric.includes("集中供水工程"));
  assert.equal(water?.unit, "县水利局");
});

// An invented 督查通报: the owner line right under each item's heading.
const NOTICE = `关于重点工作推进情况的通报

二、进展顺利的任务

（一）城东污水处理厂扩建
牵头单位：县水务集团 配合单位：城东街道
进展情况：计划年内新增日处理能力2万吨，力争11月底前建成投用。

（二）全域旅游示范区创建
牵头单位：县文化旅游局
进展情况：年内新建游客服务中心3个。
`;

test("an owner line under an item's heading gives the item below it to its unit", () => {
  const x = extract(NOTICE, { year: 2025 });
  const owners = x.targets.map((t) => `${t.unit} ${t.value}`);
  assert.deepEqual(owners, ["县水务集团 2", "县文化旅游局 3"]);
});

// Invented minutes: the meeting decided; the 责任单位 line only says who carries it out.
const MINUTES = `柏溪县人民政府常务会议纪要

二、关于城区停车设施建设

会议议定：今年新建公共停车场6个，新增停车泊位1500个。

责任单位：县住建局、县交通局
完成时限：2025年12月底前
`;

test("a meeting's decision stays the meeting's, whatever its 责任单位 line", () => {
  const x = extract(MINUTES, { year: 2025 });
  assert.ok(x.commitments.length > 0);
  assert.ok(x.commitments.every((c) => c.unit !== "县住建局"));
});

test("the heading right above an owner line names the task its unit carries out", () => {
  const x = extract(NOTICE, { year: 2025 });
  const owned = x.commitments.map((c) => `${c.unit} ${c.text}`);
  assert.ok(owned.includes("县水务集团 城东污水处理厂扩建"));
  assert.ok(owned.includes("县文化旅游局 全域旅游示范区创建"));
});

// An invented township's list of projects: each item's paragraph closes with its record of fields.
const PROJECTS = `桐岭乡2024年度民生实事项目

1.村级图书室建设。新建村级图书室5个，配备图书8000册。责任单位：乡文化站；投资60万元；完成时限：2024年10月底。

2.乡村公路养护。实施通村公路养护改造9.5公里。责任单位：乡交通办、县公路段；投资300万元；完成时限：2025年6月底。
`;

test("an owner field closing an item's paragraph gives the item to its unit, and its deadline dates the figures", () => {
  const x = extract(PROJECTS, { year: 2024 });
  const owned = x.commitments.map((c) => `${c.unit} ${c.text}`);
  assert.ok(owned.includes("乡文化站 新建村级图书室5个"), owned.join(" | "));
  assert.ok(owned.includes("乡交通办 实施通村公路养护改造9.5公里"), owned.join(" | "));
  // The fields themselves are no commitment; their investment is the item's target.
  assert.ok(!owned.some((c) => c.includes("完成时限") || c.includes("责任单位")), owned.join(" | "));
  const rows = x.targets.map((t) => `${t.unit} ${t.metric} ${t.value} ${t.by_year}`);
  assert.ok(rows.includes("乡文化站 投资 60 2024"), rows.join(" | "));
  assert.ok(rows.includes("乡交通办 投资 300 2025"), rows.join(" | "));
  assert.ok(
    rows.some((r) => r.startsWith("乡交通办") && r.includes("9.5 2025")),
    rows.join(" | "),
  );
});

test("LabelWords finds 单位 or 部门 in a stretch as a search of its slice would", () => {
  const text = "青禾乡新建道路。责任单位：青禾乡政府。配合部门：县交通局；单\n位部\n门";
  const labels = new LabelWords(text);
  for (let start = 0; start <= text.length; start++)
    for (let end = start; end <= text.length; end++) {
      const slice = text.slice(start, end);
      assert.equal(
        labels.within(start, end),
        slice.includes("单位") || slice.includes("部门"),
        `${start} ${end}`,
      );
    }
});
