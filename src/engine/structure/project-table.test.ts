import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

/** The ideographic space a converted table separates its cells with. */
const W = "\u3000";

// An invented county report with a table of key projects after it.
const REPORT = `政府工作报告

——2026年1月8日在桐川县第十九届人民代表大会第三次会议上

桐川县人民政府县长${W}柯向东

今年，我们将加快建设桐川物流园，新建乡村振兴示范点10个。

附件：桐川县2026年重点项目表

序号${W}项目名称${W}建设内容${W}总投资(亿元)${W}年度计划投资(亿元)${W}责任单位
1${W}桐川冷链物流中心${W}新建冷链仓储设施8万平方米${W}12.5${W}4.0${W}县商务局
2${W}城西水厂提标改造${W}新增日供水能力5万吨${W}3.2${W}1.5${W}县水务局
`;

test("a project table: each project is its 责任单位's commitment", () => {
  const x = extract(REPORT, { year: 2026 });
  const rows = x.commitments.filter((c) => c.unit !== "桐川县").map((c) => `${c.unit} ${c.text}`);
  assert.deepEqual(rows, ["县商务局 桐川冷链物流中心", "县水务局 城西水厂提标改造"]);
  assert.ok(x.units.some((u) => u.name === "县水务局"));
});

test("a project table: the content's figures and the year's planned investment are targets, not the total", () => {
  const x = extract(REPORT, { year: 2026 });
  const rows = x.targets
    .filter((t) => t.unit !== "桐川县")
    .map((t) => `${t.unit} ${t.metric} ${t.value}${t.unit_of_measure} ${t.by_year}`);
  assert.deepEqual(rows, [
    "县商务局 冷链仓储设施 8万平方米 2026",
    "县商务局 年度计划投资 4亿元 2026",
    "县水务局 日供水能力 5万吨 2026",
    "县水务局 年度计划投资 1.5亿元 2026",
  ]);
});
