import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { actionClauses, rejectReason, suggestionAt, trimClause } from "./clauses.ts";
import { WordSet } from "../text/wordset.ts";

function kept(clauses: string[]): void {
  for (const c of clauses) assert.equal(rejectReason(c), null, `should be kept: ${c}`);
}
function rejected(reason: string, clauses: string[]): void {
  for (const c of clauses) assert.equal(rejectReason(c), reason, `should be rejected as ${reason}: ${c}`);
}

test("actions on an object are kept", () => {
  kept([
    "加快建设云澜科学城",
    "石湖区将推进老工业区改造",
    "我们要扩大有效投资",
    "今年将开工建设地铁2号线",
    "一是实施产业升级行动",
    "为企业发展营造良好环境",
    "立足资源优势发展特色产业",
  ]);
});

test("actions with a count are kept: they are commitments and targets both", () => {
  kept([
    "新建车间4个",
    "新建数字化车间4个",
    "新增口袋公园8个",
    "新签约亿元以上项目不少于25个",
    "新培育专精特新企业15家",
    "引进链主企业10家",
  ]);
});

test("a figure stated with a state verb is a target, not an action", () => {
  rejected("figure", [
    "规上工业总产值突破650亿元",
    "全区新能源汽车产值突破500亿元",
    "年接待游客突破500万人次",
  ]);
  for (const c of ["外贸进出口总额达到300亿元", "地区生产总值增长6%", "粮食播种面积稳定在300万亩以上"]) {
    assert.notEqual(rejectReason(c), null, c);
  }
});

test("rhetoric and outcomes are not actions", () => {
  rejected("rhetoric", [
    "让市民推窗见绿",
    "让群众办事更便捷",
    "为全市高质量发展贡献力量",
    "为建设现代化新石湖而不懈奋斗",
    "为科创之城建设提供主阵地",
    "确保全年目标任务圆满完成",
    "进一步坚定发展信心",
    "奋力谱写石湖发展新篇章",
    "推动全区经济高质量发展",
  ]);
});

test("a lead-in whose object is a plan, an opportunity or an advantage is no action", () => {
  rejected("lead-in", ["对照国土空间规划", "抢抓数字经济发展机遇"]);
  for (const c of ["抓住产业转移机遇", "依托港口区位优势", "用足用好自贸片区政策优势", "按照一区多园模式"]) {
    assert.notEqual(rejectReason(c), null, c);
  }
  // …unless an action follows the lead-in's object.
  kept(["立足资源优势发展特色产业", "按照“一区多园”模式构筑产业平台"]);
});

test("a clause that only names a goal (在打造X中) is a cue, not an action", () => {
  rejected("cue", ["在打造科创之城中", "在建设开放之城中", "围绕建设生态之城", "在打造科创之城中争占位"]);
  kept(["在建设开放之城中引进外贸企业20家"]);
});

test("past achievements are not commitments", () => {
  rejected("past", ["去年新建学校3所", "过去一年完成了老旧小区改造", "已建成5G基站2000个", "新建了标准厂房"]);
  kept(["为了加快建设新城"]);
});

test("copula sentences state, they do not act", () => {
  rejected("copula", ["项目是推动发展的生命线", "关键是建设一支过硬队伍", "石湖的优势是发展数字经济"]);
  for (const c of ["石湖是全市的工业重镇", "创新是引领发展的第一动力"])
    assert.notEqual(rejectReason(c), null, c);
});

test("a noun phrase with its verb last is a state", () => {
  rejected("state", ["创新动能显著增强"]);
});

test("naming the members of a list is a definition", () => {
  rejected("definition", ["即光电谷、生物谷和智造园", "总的要求是", "以企业为“主角”"]);
});

test("attributions, speaker mentions and short scraps are not actions", () => {
  rejected("attribution", ["朱明远说", "区委书记徐凌云表示"]);
  assert.equal(rejectReason("朱明远要求推进改革", ["朱明远"]), "speaker");
  rejected("short", ["新建", "推进"]);
  rejected("no verb", ["今年全区上下", "工地机器轰鸣"]);
});

test("a 即-list naming the members of a programme is no action, even when a member holds a verb", () => {
  assert.notEqual(rejectReason("即产业能级提升行动、城市品质提升行动、民生保障提升行动"), null);
});

test("the aim of all actions is no action of its own, however it is worded", () => {
  assert.notEqual(rejectReason("推动全区经济社会持续健康发展"), null);
});

test("executing a named programme is an action, even after a lead-in verb", () => {
  kept(["深入实施“两湖联动”战略", "聚焦“强龙头、补链条、聚集群”"]);
});

const REPORT = `石湖区人民政府工作报告

——2025年1月8日在石湖区第三届人民代表大会第五次会议上

石湖区人民政府区长 邓卓

各位代表：

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

一、过去一年工作回顾

过去一年，我们新建学校3所，改造老旧小区30个，全区经济社会发展呈现稳中向好的良好态势。全年新增市场主体5000户，引进亿元以上项目45个。

二、今年重点工作

一是实施产业升级行动。新建数字化车间6个,培育专精特新企业12家;规上工业总产值突破650亿元，让“石湖制造”更有分量。

二是实施城市更新行动。改造老旧小区40个，新建口袋公园10个，让市民推窗见绿。今年能否完成这些任务？

各位代表，让我们凝心聚力、真抓实干，为加快建设现代化新石湖而不懈奋斗！
`;

test("actionClauses: a work report's actions, none from its review of the past year", () => {
  const { doc } = buildDocument(REPORT, { year: 2025 });
  const found = actionClauses(doc);
  assert.deepEqual(
    found.map((c) => c.text),
    [
      "一是实施产业升级行动",
      "新建数字化车间6个",
      "培育专精特新企业12家",
      "二是实施城市更新行动",
      "改造老旧小区40个",
      "新建口袋公园10个",
    ],
  );
  for (const c of found) {
    assert.equal(doc.text.slice(c.start, c.end), c.text);
    assert.equal(c.sentence.unit, "石湖区");
    assert.ok(c.verbAt >= c.start && c.verbAt < c.end);
  }
});

test("actionClauses: a review paragraph opened by 过去一年 looks back, even in the plan section", () => {
  const text = REPORT.replace(
    "二是实施城市更新行动。",
    "过去一年，全区新建道路12公里。新建公园3个。\n\n二是实施城市更新行动。",
  );
  const { doc } = buildDocument(text, { year: 2025 });
  const found = actionClauses(doc).map((c) => c.text);
  assert.ok(!found.includes("全区新建道路12公里"));
  assert.ok(!found.includes("新建公园3个"));
  assert.ok(found.includes("新建口袋公园10个"));
});

test("actionClauses: no unit, no commitment", () => {
  const { doc } = buildDocument(
    "市第九次党代会胜利召开，与会代表纷纷表示要加快建设现代化新城市，新建学校和医院。\n\n今年全市将新建学校3所，改造道路5条，建设公园10个。",
    { year: 2024 },
  );
  assert.deepEqual(actionClauses(doc), []);
});

test("actionClauses: a speaker's own name in a clause marks an attribution, not an action", () => {
  const { doc } = buildDocument(
    "市第九次党代会胜利召开，与会代表结合各自实际，畅谈贯彻落实党代会精神的思路举措。\n\n" +
      "市党代会代表、石湖区委书记欧阳晓峰：做强先进制造\n\n欧阳晓峰介绍，石湖区将推进老工业区改造，引进链主企业10家。\n",
    { year: 2024 },
  );
  assert.deepEqual(
    actionClauses(doc, ["欧阳晓峰"]).map((c) => c.text),
    ["石湖区将推进老工业区改造", "引进链主企业10家"],
  );
});

test("a proposal (他建议，…; 建议区政府…; a speaker's name then 建议) is no commitment; 建议 as a noun is no proposal", () => {
  const names = new WordSet(["魏青禾"]);
  assert.equal(suggestionAt("他建议，市里设立人才基金", names), 1);
  assert.equal(suggestionAt("魏青禾还建议在河西片区新建体育公园", names), 4);
  assert.equal(suggestionAt("报告对教育安排具体，建议把校舍改造提前", names), 10);
  assert.equal(suggestionAt("办理政协委员建议120件", names), Infinity);
  assert.equal(suggestionAt("建立代表建议办理制度", names), Infinity);
  assert.equal(suggestionAt("认真吸纳各方意见建议", names), Infinity);
  const built = buildDocument(
    `政协委员热议报告\n\n县政协委员、县人民医院院长魏青禾说，县人民医院今年将新建胸痛中心。他建议，县财政加大对村医的补助，新建乡镇卫生院2所。她建议在城北新建一所中学。\n`,
    { year: 2024 },
  );
  const found = actionClauses(built.doc, ["魏青禾"]).map((c) => c.text);
  assert.deepEqual(found, ["县人民医院今年将新建胸痛中心"]);
});

// The rules try a character or two before their regular expressions; these clauses sit at the edges of those tests.
test("a figure closing the clause within its last six characters is stated; one further back is not", () => {
  rejected("figure", ["新材料产业发展成为四百亿级产业集群"]);
  assert.notEqual(rejectReason("新材料产业发展成为四百亿级产业集群基地"), "figure");
});

test("a count alone is found behind adverbs, quote marks and period words", () => {
  rejected("count only", ["全力打通8条", "持续推进“十个”左右", "累计新建1.5万套", "基本建成一百二十公里"]);
  kept(["全力打通“断头路”8条"]);
});

test("trimClause drops closing punctuation and quote marks without a partner, and nothing else", () => {
  assert.equal(trimClause("推进“放管服”改革”。"), "推进“放管服”改革");
  assert.equal(trimClause("“建设“智慧城市”，"), "建设“智慧城市”");
  assert.equal(trimClause("打造“科创之城”；"), "打造“科创之城”");
  assert.equal(trimClause("“"), "");
  assert.equal(trimClause("● 新建学校5所；"), "新建学校5所");
  assert.equal(trimClause("→“智慧城市”建设”，"), "“智慧城市”建设");
});

test("a member named with posts, not a speaker, proposing: 市政协常委、某某副主席某某建议，…", () => {
  assert.equal(suggestionAt("市政协常委、市工商联副主席邝云舒建议，出台专项政策", null), 16);
  assert.equal(suggestionAt("市政协委员、青梧学院教授屈文静建议，推进医养结合", null), 15);
  // No name after the posts: 市政协委员会建议 is a body's, and a noun 建议 is no proposal.
  assert.equal(suggestionAt("吸纳市政协委员建议，新建学校3所", null), Infinity);
});
