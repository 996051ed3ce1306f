// Shapes of clauses that read as actions but are none (or the reverse), each on invented text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { actionClauses, rejectReason } from "./clauses.ts";

const REPORT_HEAD = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议。

二、今年重点工作

`;

function actions(body: string): string[] {
  const { doc } = buildDocument(REPORT_HEAD + body + "\n", { year: 2025 });
  return actionClauses(doc).map((c) => c.text);
}

test("a heading over a paragraph of measures names their topic; a heading that launches a programme acts", () => {
  assert.deepEqual(
    actions(
      "（一）全力打好招商引资攻坚战，着力扩大经济增量\n\n引进亿元以上项目20个，新建标准厂房5万平方米。\n\n" +
        "（二）实施城乡焕新工程，全面提升城市品质\n\n改造老旧小区30个。",
    ),
    ["引进亿元以上项目20个", "新建标准厂房5万平方米", "（二）实施城乡焕新工程", "改造老旧小区30个"],
  );
});

test("a verb and a count whose object the clause before named is a target of that object, no new action", () => {
  for (const c of ["基本建成1.2万套", "今年打通8条", "年内完成改造120公里", "全年培训3000人以上"])
    assert.equal(rejectReason(c), "count only", c);
  // The object is there, before or after the count, or the verb holds it (植树造林).
  for (const c of ["新建学校4所", "选派十名年轻干部到村任职", "今年完成植树造林2.5万亩", "新增口袋公园8个"])
    assert.equal(rejectReason(c), null, c);
});

test("meeting a quota handed down from above is a target's wording, not an action", () => {
  for (const c of ["完成省下达的节能减排任务", "单位生产总值能耗完成市下达任务", "完成上级下达的减排指标"])
    assert.equal(rejectReason(c), "figure", c);
  assert.equal(rejectReason("完成老旧小区改造任务"), null);
});

test("an amount of money to invest, with no object after it, is a target", () => {
  for (const c of ["年度计划投资320亿元以上", "完成投资一百六十亿元", "园区基础设施投入不低于5亿元"])
    assert.equal(rejectReason(c), "figure", c);
  // Investing in something acts; so does an action stated before the amount.
  for (const c of ["投资4.5亿元建设光纤生产线", "安排市级重点项目150个、年度计划投资600亿元以上"])
    assert.equal(rejectReason(c), null, c);
});

test("the frame the actions keep to (以X为主线) is no action; building X as the line (以打造X为主线) is", () => {
  for (const c of [
    "以加快转变增长方式为主线",
    "市林业局将以推进集体林权改革为重点",
    "全镇要以湖岸发展为主线",
  ])
    assert.equal(rejectReason(c), "lead-in", c);
  for (const c of ["以打造湖岸科创走廊为主线", "以加快建设临港物流枢纽为引领"])
    assert.equal(rejectReason(c), null, c);
});

test("构建以A为引领，B、C为支撑的X体系 is one action on X, not a clause cut at its list of roles", () => {
  assert.deepEqual(
    actions("今年要加快构建以智能制造为引领，现代物流、文化旅游为支撑的“1+2”产业体系，新建厂房10万平方米。"),
    ["今年要加快构建以智能制造为引领，现代物流、文化旅游为支撑的“1+2”产业体系", "新建厂房10万平方米"],
  );
});

test("guiding principles and stock phrases of resolve are rhetoric, not actions", () => {
  for (const c of [
    "坚持在发展中保障和改善民生",
    "实现上述目标",
    "坚持发展第一要务",
    "全面落实镇党委决策部署",
    "推动“三项行动”落地见效",
    "推动湖岸镇乡村振兴迈出新步伐",
    "主动适应经济发展新常态",
    "切实增强忧患意识",
    "办好人民满意的教育",
    "必须把创新摆在发展全局的核心位置",
    "全力以赴抓项目、稳增长",
  ])
    assert.equal(rejectReason(c), "rhetoric", c);
});

test("an enumerated topic (一是新建学校，) over the measures of its segment is no commitment of its own", () => {
  assert.deepEqual(
    actions(
      "办法有三条：一是新建学校，东湖小学9月建成投用，新增学位1200个；二是挖潜扩容，改扩建教室40间；三是实施强校行动，选派骨干教师30名。",
    ),
    ["东湖小学9月建成投用", "新增学位1200个", "改扩建教室40间", "三是实施强校行动", "选派骨干教师30名"],
  );
  // Alone in its segment, the enumerated clause is the measure.
  assert.deepEqual(actions("一是新建学校3所；二是改扩建教室40间。"), [
    "一是新建学校3所",
    "二是改扩建教室40间",
  ]);
});
