import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { buildDocument } from "../structure/build-document.ts";

// An invented county's target letters: a news report, one town's letter with its indicator
// lines (指标：目标值 N), and a table sharing the same indicators out among the other towns.
const LETTERS = `澄江县与三镇签订2026年度目标责任书

3月2日，澄江县召开目标责任书签订大会。县委书记韩立青出席并讲话。会上，县政府与青石镇、杉坪镇、云岭镇分别签订了目标责任书。

韩立青指出，今年全县地区生产总值要增长7%以上。

青石镇党委书记罗文博表示，青石镇将加快青石物流园建设。杉坪镇镇长苗雨霏表示，杉坪镇将发展高山蔬菜产业。

附：

2026年度青石镇经济社会发展目标责任书

一、目标任务

1．地区生产总值：目标值9.4亿元
2．规模以上工业增加值增长：目标值8%
3．新建农村公路：目标值35公里
4．招商引资到位资金：目标值3亿元以上

二、工作责任

（一）乙方要建立目标任务台账，把每项指标按季度分解到各村和社区，并逐月报送完成进度。

附表：2026年度其余两镇主要指标分解表

指标｜杉坪镇｜云岭镇
地区生产总值（亿元）｜7.2｜5.5
新建农村公路（公里）｜20｜28
森林覆盖率（%）｜66｜71
`;

const show = (t: {
  unit: string | null;
  metric: string;
  comparator: string;
  value: number;
  value_kind: string;
  unit_of_measure: string | null;
  by_year: number | null;
  baseline: boolean;
}) =>
  `${t.unit} ${t.metric} ${t.comparator} ${t.value}${t.unit_of_measure ?? ""} ${t.value_kind} ${t.by_year} ${t.baseline}`;

test("an attached letter's title names the town that owns what follows it", () => {
  const { doc } = buildDocument(LETTERS, { year: 2026 });
  const unitOf = (prefix: string) => doc.sentences.find((s) => s.text.startsWith(prefix))?.unit;
  assert.equal(unitOf("1.地区生产总值"), "青石镇");
  assert.equal(unitOf("（一）乙方要建立"), "青石镇");
});

test("indicator lines (指标：目标值 N) are the town's targets, due in the letter's year", () => {
  const x = extract(LETTERS, { year: 2026 });
  const mine = x.targets.filter((t) => t.unit === "青石镇").map(show);
  assert.deepEqual(mine, [
    "青石镇 地区生产总值 = 9.4亿元 absolute 2026 false",
    "青石镇 规模以上工业增加值 = 8 growth_rate 2026 false",
    "青石镇 农村公路 = 35公里 absolute 2026 false",
    "青石镇 招商引资到位资金 >= 3亿元 absolute 2026 false",
  ]);
  // 建立目标任务台账 is a task, though 目标任务 alone is rhetoric (完成全年目标任务).
  assert.ok(x.commitments.some((c) => c.unit === "青石镇" && c.text.includes("目标任务台账")));
});

test("a table with a column per place: each figure is that place's, due in its caption's year", () => {
  const x = extract(LETTERS, { year: 2026 });
  const shared = x.targets.filter((t) => t.unit === "杉坪镇" || t.unit === "云岭镇").map(show);
  assert.deepEqual(shared, [
    "杉坪镇 地区生产总值 = 7.2亿元 absolute 2026 false",
    "云岭镇 地区生产总值 = 5.5亿元 absolute 2026 false",
    "杉坪镇 农村公路 = 20公里 absolute 2026 false",
    "云岭镇 农村公路 = 28公里 absolute 2026 false",
    "杉坪镇 森林覆盖率 = 66 percent 2026 false",
    "云岭镇 森林覆盖率 = 71 percent 2026 false",
  ]);
  // A row that opens with an action verb is each place's action; a bare indicator row is none.
  const actions = x.commitments.filter((c) => c.text === "新建农村公路").map((c) => c.unit);
  assert.deepEqual(actions.sort(), ["云岭镇", "杉坪镇"]);
  assert.ok(!x.commitments.some((c) => c.text.startsWith("森林覆盖率")));
  assert.ok(x.units.some((u) => u.name === "云岭镇"));
});

test("a title with the year before the place names the place, not 年X市", () => {
  const x = extract(
    `图解｜2026年澄川市政府工作报告\n\n1月9日，澄川市第十六届人民代表大会第四次会议开幕，市长魏东明代表市人民政府作政府工作报告。\n\n→ 新建口袋公园20个\n`,
    { year: 2026 },
  );
  assert.deepEqual(
    x.units.map((u) => u.name),
    ["澄川市"],
  );
});
