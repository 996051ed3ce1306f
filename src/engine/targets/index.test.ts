import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { extractTargets } from "./index.ts";

const REPORT = `青川区人民政府工作报告

——2026年1月12日在青川区第九届人民代表大会第五次会议上

青川区人民政府区长 林致远

一、过去一年工作回顾

过去一年，全区经济稳中有进。全年实现地区生产总值612亿元，增长5.8%；新增市场主体1.3万户。

二、今年主要预期目标

地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。

三、重点工作

一是提升城市品质。新建城市公园5个，改造雨污管网80公里。
`;

function targetsOf(text: string, year?: number) {
  const { doc } = buildDocument(text, year === undefined ? {} : { year });
  return extractTargets(doc).map((t) => ({
    unit: t.unit,
    line: `${t.metric} ${t.comparator} ${t.value} ${t.value_kind} ${t.by_year} ${t.baseline ? "baseline" : "goal"}`,
    commitment: t.commitment,
    evidence: text.slice(...t.span),
  }));
}

test("a work report: the review section's figures are last year's baselines, the rest this year's goals", () => {
  const found = targetsOf(REPORT);
  assert.deepEqual(
    found.map((t) => t.line),
    [
      "地区生产总值 = 612 absolute 2025 baseline",
      "地区生产总值 = 5.8 growth_rate 2025 baseline",
      "市场主体 = 1.3 absolute 2025 baseline",
      "地区生产总值 ~ 6 growth_rate 2026 goal",
      "城镇调查失业率 <= 5.5 percent 2026 goal",
      "城市公园 = 5 absolute 2026 goal",
      "雨污管网 = 80 absolute 2026 goal",
    ],
  );
});

test("targets carry their sentence's unit, no commitment, and evidence from the text", () => {
  const found = targetsOf(REPORT);
  assert.ok(found.every((t) => t.unit === found[0]!.unit && t.unit !== null));
  assert.ok(found.every((t) => t.commitment === null));
  assert.equal(found[0]!.evidence, "全年实现地区生产总值612亿元");
});

test("the year given by the caller outranks the one in the text", () => {
  const found = targetsOf(REPORT, 2030);
  assert.equal(found[0]!.line, "地区生产总值 = 612 absolute 2029 baseline");
});

test("a plan period carries to later sentences of its paragraph for actions, not for statements of fact", () => {
  const text = `镇长谈发展

本报记者 王明

“今年，我们将重点抓好三件事。新建冷链仓库3座，引进农产品加工企业5家。全镇森林覆盖率达到62%，生态底子好。”镇长李华说。
`;
  assert.deepEqual(
    targetsOf(text, 2026).map((t) => t.line),
    [
      "冷链仓库 = 3 absolute 2026 goal",
      "农产品加工企业 = 5 absolute 2026 goal",
      "森林覆盖率 = 62 percent null baseline",
    ],
  );
});

test("a second-level heading with no period of its own takes its first-level heading's", () => {
  const text = `松岭县党代会报告

来源：县委办公室

同志们：现在，我代表县委向大会作报告。

一、今后五年的主要任务

（一）壮大特色产业

新建冷链仓库12座。

二、加强党的建设

（一）建强基层组织

新建党群服务中心8个。
`;
  assert.deepEqual(
    targetsOf(text, 2026).map((t) => t.line),
    ["冷链仓库 = 12 absolute 2031 goal", "党群服务中心 = 8 absolute null goal"],
  );
});

test("a year's work plan dates its tasks in its year, like a work report", () => {
  const text = `松岭县2026年重点工作安排

来源：县政府办公室

县政府召开全体会议，部署重点工作。

一是壮大特色产业。新建冷链仓库12座。
`;
  assert.deepEqual(
    targetsOf(text, 2026).map((t) => t.line),
    ["冷链仓库 = 12 absolute 2026 goal"],
  );
});

test("a period said in the middle of a sentence governs that sentence; the one that opens it carries on", () => {
  const para = (first: string) => `镇长谈发展

本报记者 王明

“${first}新增养老床位300张。”镇长李华说。
`;
  assert.deepEqual(
    targetsOf(para("今年新建学校5所，到2030年建成学校20所。"), 2026).map((t) => t.line),
    [
      "新建学校 = 5 absolute 2026 goal",
      "建成学校 = 20 absolute 2030 goal",
      "养老床位 = 300 absolute 2026 goal",
    ],
  );
  assert.deepEqual(
    targetsOf(para("全镇将加快建设产业园，到2030年建成标准厂房50万平方米。"), 2026).map((t) => t.line),
    ["标准厂房 = 50 absolute 2030 goal", "养老床位 = 300 absolute null goal"],
  );
});

test("headings numbered again from 一、 under a dated heading take its period while they count on", () => {
  const text = `青川区委书记在全区经济工作会议上的讲话

一、2025年工作回顾

过去一年，全区经济稳中有进，全年地区生产总值达到300亿元。

二、2026年重点工作

一、聚力建设创新之城

我们将加快建设科学城，新建省级以上创新平台20个。

二、聚力建设宜居之城

我们将推进城市更新，改造城镇老旧小区85个。

三、聚力建设幸福之城

我们将办好民生实事，新建中小学5所。
`;
  const { doc } = buildDocument(text, { year: 2026 });
  const years = extractTargets(doc).map((t) => [t.metric, t.by_year]);
  assert.deepEqual(years, [
    ["地区生产总值", 2025],
    ["省级以上创新平台", 2026],
    ["城镇老旧小区", 2026],
    ["中小学", 2026],
  ]);
});

test("after an attribution (X说，今年…将…) the period still opens the paragraph; a floor (以上) reached later is a goal", () => {
  const text = `新闻

“山区乡任务还很重。”李长河说，今年青峰乡将实施整村推进扶贫开发，新建沼气池三百口。新型农村合作医疗参合率达到百分之九十五以上，让群众看得起病。
`;
  const lines = targetsOf(text, 2008).map((t) => t.line);
  assert.ok(lines.includes("新型农村合作医疗参合率 >= 95 percent 2008 goal"), lines.join(" | "));
  // 黎建平说，梓岗镇明年将…: a short subject may stand between the attribution and the period.
  const next = `新闻

梓岗镇镇长黎建平说，梓岗镇明年将全力推进集镇建设。同时，深化环境整治，全镇农民人均收入增长10%左右。
`;
  const later = targetsOf(next, 2016).map((t) => t.line);
  assert.ok(
    later.some((l) => l.endsWith("~ 10 growth_rate 2017 goal")),
    later.join(" | "),
  );
});

test("an interview: a question's plan period dates the answer, a turn's name is no clause, 全年 after 2018年，… is 2018", () => {
  const text = `对话县委书记

主持人：2018年交出了一份什么样的成绩单？

周文：2018年，全县上下埋头苦干。全年实现地区生产总值150亿元。

主持人：今年在工业上有哪些打算？

周文：我们将实施技改项目30个。

主持人：民生方面呢？

周文：今年县财政民生支出占比将达到80%以上。我们将新建中小学6所。

主持人：请用一句话概括奋斗目标。

周文：全县地区生产总值增长7.5%左右。
`;
  const lines = targetsOf(text, 2019).map((t) => t.line);
  for (const line of [
    "地区生产总值 = 150 absolute 2018 baseline",
    "技改项目 = 30 absolute 2019 goal",
    "中小学 = 6 absolute 2019 goal",
  ])
    assert.ok(lines.includes(line), `${line} not in ${lines.join(" | ")}`);
});

test("a sentence that opens looking back (去年…) and turns to 今年 in a later clause carries 今年 on", () => {
  const text = `镇长谈发展

本报记者 王明

镇长李华说，去年全镇已有800户用上了天然气，今年镇里将完成剩余600户燃气改造。李华介绍，青石镇将扩建茶叶基地1000亩。
`;
  assert.deepEqual(
    targetsOf(text, 2024).map((t) => t.line),
    [
      "用上了天然气 = 800 absolute 2023 baseline",
      "燃气改造 = 600 absolute 2024 goal",
      "茶叶基地 = 1000 absolute 2024 goal",
    ],
  );
});

test("全年 in a paragraph that opened with a year is that year, under a heading that names the present too", () => {
  const text = `在县委经济工作会议上的讲话

县委书记 王明

一、正确看待当前形势

2014年，全县经济保持平稳发展。全年完成地区生产总值168.5亿元，增长9.1%。
`;
  assert.deepEqual(
    targetsOf(text, 2015).map((t) => t.line),
    ["地区生产总值 = 168.5 absolute 2014 baseline", "地区生产总值 = 9.1 growth_rate 2014 baseline"],
  );
});

test("a table of indicators (指标 | 目标值 | 责任部门) gives each row's metric its goal; other tables give none", () => {
  const text = `青川区2026年工作要点

一、2026年主要目标

指标\t目标值\t责任部门
地区生产总值增速\t6.5%左右\t发展改革局
高新技术企业总数\t560家以上\t科技局

指标\t2025年完成\t责任部门
一般公共预算收入\t41.3亿元\t财政局
`;
  assert.deepEqual(
    targetsOf(text, 2026).map((t) => t.line),
    ["地区生产总值 ~ 6.5 growth_rate 2026 goal", "高新技术企业总数 >= 560 absolute 2026 goal"],
  );
});

test("a year-end 述职 report: the year under review is the report's year, its figures baselines", () => {
  const text = `某县县长履职情况报告

——2031年12月20日在某县人民代表大会常务委员会会议上

一、一年来履职情况

预计2031年全县实现地区生产总值86.5亿元。今年新建乡村道路40公里。

二、2032年工作打算

新建乡村道路50公里。
`;
  assert.deepEqual(
    targetsOf(text, 2031).map((t) => t.line),
    [
      "地区生产总值 = 86.5 absolute 2031 baseline",
      "乡村道路 = 40 absolute 2031 baseline",
      "乡村道路 = 50 absolute 2032 goal",
    ],
  );
});

test("an agreement: an article's heading period (第三条 合作内容（2021—2025年）) dates its clauses' figures", () => {
  const agreement = `柳川县 桐岭县协作协议

甲方：柳川县人民政府
乙方：桐岭县人民政府

第一条 合作期限
本协议有效期五年。

第二条 合作内容（2021—2025年）
（一）产业合作。甲方每年引导不少于5家企业赴乙方投资。乙方每年开展职业技能培训2000人次以上。

第三条 工作机制
甲方派驻工作组1个。
`;
  const found = targetsOf(agreement, 2020).map((t) => `${t.unit} ${t.line.split(" ").slice(1).join(" ")}`);
  assert.ok(found.includes("柳川县 >= 5 absolute 2025 goal"), found.join("\n"));
  assert.ok(found.includes("桐岭县 >= 2000 absolute 2025 goal"), found.join("\n"));
});

test("a meeting's procedure (who attended, what was voted on) sets no target", async () => {
  const { extract } = await import("../extract.ts");
  const x = extract(
    "槐岭乡人大关于民生实事项目票决的公告\n\n会议应到代表41名，实到代表39名。会议对9件候选项目进行了票决。乡政府要新建村级卫生室3个。\n",
    { year: 2025 },
  );
  assert.deepEqual(
    x.targets.map((t) => t.value),
    [3],
  );
});
