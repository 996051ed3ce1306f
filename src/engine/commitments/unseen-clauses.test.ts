// Clause shapes found in documents the engine was not tuned on (issue 9,
// classes 6, 10 and 12). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rejectReason } from "./clauses.ts";
import { extract } from "../extract.ts";

test("class 6: 要 and 需 inside a word are no modal", () => {
  assert.equal(rejectReason("推动优质要素向园区集聚"), null);
  assert.equal(rejectReason("完善重要基础设施"), null);
  assert.equal(rejectReason("加快推进需求侧改革"), null);
});

test("class 6: productive verbs missing from the old list are actions", () => {
  for (const clause of [
    "新竣工重点项目9个",
    "坚决打赢脱贫攻坚战",
    "完成老旧小区加装电梯50部",
    "五年完成植树造林25万亩",
  ])
    assert.equal(rejectReason(clause), null, clause);
  // 丰富的 is an adjective.
  assert.notEqual(rejectReason("柳岸也有丰富的冰雪资源"), null);
});

test("class 6: 做好, 保障, 发放, 减免, 缓缴 and 问责 act on their objects; 做好 a year's work in general does not", () => {
  for (const clause of [
    "全力做好防汛抗旱工作",
    "全年保障重点项目用地3000亩以上",
    "年内发放惠民消费券2000万元",
    "为小微企业减免和缓缴各类费用1亿元",
    "对推进不力的单位严肃问责",
  ])
    assert.equal(rejectReason(clause), null, clause);
  // The whole year's work, its importance: rhetoric.
  assert.notEqual(rejectReason("做好今年工作意义重大"), null);
  assert.notEqual(rejectReason("扎实做好稳增长、促改革、惠民生等各项工作"), null);
  assert.notEqual(rejectReason("做好今年经济工作"), null);
});

test("class 6: a label explained by an action (就是 + a deadline or 把) is that action; 下决心 is no rhetoric", () => {
  assert.equal(rejectReason("就是年底前新装社区路灯2000盏"), null);
  assert.equal(rejectReason("就是把城西河的黑臭水体彻底治好"), null);
  assert.equal(rejectReason("镇里今年下决心实施三项惠民工程"), null);
  // Naming the members of a list is still no action.
  assert.equal(rejectReason("即一个专班、一张清单、一抓到底"), "definition");
});

test("class 5: a guarantee due by a date (确保3月底前…) is the action it guarantees, when a verb opens it", () => {
  assert.equal(rejectReason("确保5月底前完成厂区征地拆迁"), null);
  assert.equal(rejectReason("确保9月1日前建成投用"), null);
  // No action verb after the date, or no date: still rhetoric or an outcome.
  assert.notEqual(rejectReason("确保6月底前主体完工"), null);
  assert.notEqual(rejectReason("确保各项任务按时保质完成"), null);
});

test("class 10: a metric's level after 实现/完成 is a target, not a commitment", () => {
  assert.equal(rejectReason("实现规模工业总产值500亿元以上"), "figure");
  assert.equal(rejectReason("完成社会消费品零售总额增长9%"), "figure");
  assert.equal(rejectReason("完成投资260亿元以上"), "figure");
  assert.equal(rejectReason("完成农村户厕改造1200户"), null);
});

test("class 10: a numbered topic sentence over a paragraph of measures is a heading", () => {
  const e = extract(
    "柳岸区2023年工作报告\n\n三是全力扩大有效投资。储备实施重点项目60个，新开工重点项目30个。\n",
    {
      year: 2023,
    },
  );
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    ["储备实施重点项目60个", "新开工重点项目30个"],
  );
});

test("class 10: a numbered heading that launches a goal of the framework stays a commitment", () => {
  const e = extract(
    "柳岸区2023年工作报告\n\n今年全区将实施制造业提能行动、城市更新提质行动、营商环境优化行动三大行动。\n\n一是实施制造业提能行动。新建数字化车间4个。\n",
    { year: 2023 },
  );
  assert.ok(e.commitments.some((c) => c.text === "一是实施制造业提能行动"));
});

test("class 12: a programme named 1+3+N is a strategy", () => {
  const e = extract("柳岸区2023年工作报告\n\n今年，柳岸区将全力构建“1+3+N”现代产业体系。\n", { year: 2023 });
  assert.deepEqual(
    e.strategies.map((s) => s.label),
    ["1+3+N"],
  );
});

test("class 12: a label's member defined by an action (“1”就是做大做强…) is a commitment", () => {
  assert.equal(rejectReason("“1”就是做大做强高端装备制造这个主导产业"), null);
  assert.equal(rejectReason("“N”就是前瞻布局氢能、低空经济等未来产业"), null);
  // A member named with no action stays a definition.
  assert.notEqual(rejectReason("“一主”就是青山主城"), null);
});

test("class 5: outcomes and rhetoric are no commitments", () => {
  for (const clause of [
    "在建设生态城市上争创一流",
    "从而扩大农民就业",
    "加快巩固安定团结的良好局面",
    "营造比学赶超的浓厚氛围",
    "当好全市发展的龙头",
    "持续打好创新、改革、发展的“组合拳”",
  ])
    assert.notEqual(rejectReason(clause), null, clause);
  // A way of serving, an action on an object, and a campaign fought stay commitments.
  assert.equal(rejectReason("当好企业服务员"), null);
  assert.equal(rejectReason("持续深入打好蓝天、碧水、净土保卫战"), null);
  assert.equal(rejectReason("对进度滞后项目挂牌督办"), null);
  // 以…为‘…’ defines the members of a label.
  assert.equal(rejectReason("以东湖、南山、石桥三个组团为‘三组团’"), "definition");
});

test("class 13: past work and a named point of attack are no plans", () => {
  assert.equal(rejectReason("突破口是新城建设"), "copula");
  const e = extract(
    "桐溪区2023年工作要点\n\n过去的五年，桐溪区新建学校20所，改造老旧小区30个。\n\n今年，全区将新建学校3所。\n",
    { year: 2023 },
  );
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    ["全区将新建学校3所"],
  );
});

test("a meeting's agenda (部署2025年任务) and a label restated before 就是 are no commitments; the explanation is", () => {
  assert.equal(rejectReason("部署2025年任务"), "agenda");
  assert.equal(rejectReason("总结2024年工作"), "agenda");
  assert.equal(rejectReason("部署重点项目建设"), null);
  const e = extract(
    "柳岸区委全会讲话\n\n区委书记 王明\n\n这次全会的主要任务是，总结2024年工作，部署2025年任务。\n\n实施两大战略，就是深入实施“科创强区、生态美区”两大战略。\n",
    { year: 2025 },
  );
  const texts = e.commitments.map((c) => c.text);
  assert.ok(!texts.some((t) => t.includes("部署2025年任务")), texts.join(" | "));
  assert.ok(!texts.includes("实施两大战略"), texts.join(" | "));
  assert.ok(
    texts.some((t) => t.includes("科创强区、生态美区")),
    texts.join(" | "),
  );
});

test("完成 + an object + a count of things done is an action; 压减, 硬化, 纠治 are action verbs", () => {
  for (const clause of [
    "完成土地整备800亩",
    "今年全县要完成煤改电3万户",
    "硬化村组道路12公里",
    "压减过剩产能50万吨",
    "持续纠治形式主义",
  ])
    assert.equal(rejectReason(clause), null, clause);
  assert.equal(rejectReason("完成地区生产总值168亿元"), "figure");
});

test("class 13: a paragraph that looks back and turns to 今年 stays forward after the turn", () => {
  const e = extract(
    "柳岸区2023年工作报告\n\n去年，全区新开工项目30个。今年，要坚持工业立区。加快园区扩区建设，新建标准厂房5万平方米。\n",
    { year: 2023 },
  );
  const texts = e.commitments.map((c) => c.text);
  assert.ok(!texts.some((t) => t.includes("新开工项目30个")), texts.join(" | "));
  assert.ok(texts.includes("加快园区扩区建设"), texts.join(" | "));
  assert.ok(
    texts.some((t) => t.includes("新建标准厂房")),
    texts.join(" | "),
  );
});

test("a guarantee of a counted action is the action; a guarantee of a state stays rhetoric", () => {
  assert.equal(rejectReason("确保年内完成通村水泥路一百二十公里"), null);
  assert.equal(rejectReason("确保社会大局稳定"), "rhetoric");
  assert.equal(rejectReason("确保年底前建成投产"), "rhetoric");
});

test("转移, 遏制, 处理 act on an object; a metric 增加 a figure is a target; 落实科学发展观 is rhetoric", () => {
  assert.equal(rejectReason("转移农村劳动力一点八万人"), null);
  assert.equal(rejectReason("坚决遏制重特大安全事故发生"), null);
  assert.equal(rejectReason("妥善处理信访问题"), null);
  assert.equal(rejectReason("农民人均纯收入增加三百元以上"), "figure");
  assert.equal(rejectReason("全面落实科学发展观"), "rhetoric");
});

test("a review section dated in Chinese digits (二〇〇六年) makes its figures last year's baselines", () => {
  const e = extract(
    "在中共柳岸县委全体会议上的讲话\n\n县委书记 周海\n\n一、充分肯定二〇〇六年取得的成绩\n\n过去的一年，全县上下团结一心。全县实现生产总值三十八点六亿元，增长百分之十四点二。\n\n二、突出抓好今年的重点工作\n\n部署二〇〇七年任务。全年新上工业项目三十个。\n",
    { year: 2007 },
  );
  const gdp = e.targets.find((t) => t.value === 38.6);
  assert.deepEqual([gdp?.baseline, gdp?.by_year], [true, 2006]);
  assert.ok(!e.commitments.some((c) => c.text.includes("部署")));
});

test("a clause that is only 在…上 names a field, even with a verb inside", () => {
  assert.equal(rejectReason("在打响“山水柳岸”名片上"), "cue");
  assert.equal(rejectReason("在实施工业强区战略中"), "cue");
  assert.equal(rejectReason("在交通互联上下功夫"), null);
});

test("class 13: a paragraph opening with a year before the reference year reviews it", () => {
  const e = extract(
    "在县委经济工作会议上的讲话\n\n县委书记 王明\n\n2014年，全县上下攻坚克难。全年新签约亿元以上项目26个。\n\n2015年，全县将新签约亿元以上项目30个。\n",
    { year: 2015 },
  );
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    ["全县将新签约亿元以上项目30个"],
  );
});

test("class 10: a topic sentence numbered 1. over its paragraph of measures is a heading", () => {
  const e = extract(
    "柳岸镇2022年工作打算\n\n1.聚焦茶产业提质增效，做强特色产业。新建标准化茶园三千亩，改造低产茶园两千亩。\n\n2. 推动农旅融合。发展民宿二十家。\n",
    { year: 2022 },
  );
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    ["新建标准化茶园三千亩", "改造低产茶园两千亩", "发展民宿二十家"],
  );
});

test("class 5: the frame actions keep to (以科学发展为主题) is no commitment; 以打造X为主线 still acts", () => {
  assert.equal(rejectReason("以科学发展为主题"), "lead-in");
  assert.equal(rejectReason("以产业集聚区为主平台"), "lead-in");
  assert.equal(rejectReason("以打造科创集聚区为主线"), null);
  assert.equal(rejectReason("以建设国际货运枢纽为引领"), null);
});

test("class 6: spoken actions (先把堵了的下水道疏通好, 公布招生方案, 指导社区…) are commitments", () => {
  // 了 before 的 describes the object; 先把 opens an action on it.
  assert.equal(rejectReason("先把堵了的下水道疏通好"), null);
  assert.equal(rejectReason("5月底前向社会公布招生方案"), null);
  assert.equal(rejectReason("我们指导社区搞居民自管"), null);
  assert.equal(rejectReason("年底前新装路灯3000盏"), null);
  assert.equal(rejectReason("去年改造了老旧小区28个"), "past");
});

test("a list after 即 whose every piece opens with its own verb is one commitment per piece", () => {
  const e = extract(
    "柳岸区区长　王明\n\n柳岸区将加快构建“一谷一港一城”发展格局，即做强柳岸光谷、做大柳岸港、做优湖滨新城。\n",
    {
      year: 2023,
    },
  );
  const texts = e.commitments.map((c) => c.text);
  assert.ok(texts.includes("即做强柳岸光谷"), texts.join("|"));
  assert.ok(texts.includes("做大柳岸港"));
  assert.ok(texts.includes("做优湖滨新城"));
  // Its parts are the places, without the verbs.
  assert.deepEqual(e.strategies.find((s) => s.label === "一谷一港一城")?.parts, [
    "柳岸光谷",
    "柳岸港",
    "湖滨新城",
  ]);
});

test("verbs of minutes and task lists (遴选, 排查, 协调解决, 通报) act; 完成 + a count of 家 is done work", () => {
  for (const clause of [
    "今年遴选50家企业实施技术改造",
    "重点排查燃气管道、老旧电梯等领域隐患",
    "及时协调解决园区企业用地难题",
    "每季度通报一次项目进展",
    "今年完成中小企业诊断200家",
  ])
    assert.equal(rejectReason(clause), null, clause);
  assert.equal(rejectReason("实现规上企业300家"), "figure");
});

test("a 述职 report: its 一年来 section and its shortcomings section hold no commitment", () => {
  const text = `某县县长履职情况报告

——2031年12月20日在某县人民代表大会常务委员会会议上

一、一年来履职情况

今年完成农村公路改造60公里，新建乡镇卫生院2所。

二、存在的问题和不足

乡村产业发展步伐不够快，县城管理的精细化水平还有差距。

三、存在的问题和下一步打算

加快建设县城物流中心。

四、2032年工作打算

新建乡村学校3所，改造农贸市场5个。
`;
  const found = extract(text, { year: 2031 }).commitments.map((c) => c.text);
  assert.deepEqual(found, ["加快建设县城物流中心", "新建乡村学校3所", "改造农贸市场5个"]);
});

test("a committee member's appraisal of a report is no commitment", () => {
  assert.notEqual(rejectReason("“两带一区”规划思路清晰"), null);
  assert.notEqual(rejectReason("但园区配套服务仍显不足"), null);
  assert.notEqual(rejectReason("报告对教育实事安排具体"), null);
});

test("a reply letter: its section of work already done (已开展的工作) holds no commitment, its plans do", () => {
  const text = `柳川县水利局

柳水函〔2031〕9号

关于第0012号建议的答复

一、已开展的工作

今年以来，我局完成小型水库除险加固5座，新建堤防3.2公里。

二、已开展的工作和下一步打算

加快建设城区防洪排涝泵站。

三、下一步工作打算

新建山塘10座，实施中小河流治理20公里。
`;
  const found = extract(text, { year: 2031 });
  const keys = found.commitments.map((c) => c.text);
  assert.ok(!keys.some((k) => k.includes("除险加固") || k.includes("堤防")), keys.join(" / "));
  assert.ok(
    keys.some((k) => k.includes("防洪排涝泵站")),
    keys.join(" / "),
  );
  assert.ok(
    keys.some((k) => k.includes("新建山塘")),
    keys.join(" / "),
  );
  const dike = found.targets.find((t) => t.metric.includes("堤防"))!;
  assert.deepEqual([dike.by_year, dike.baseline], [2031, true]);
});

test("a responsibility letter: its 考核奖惩 and 附则 sections state rules, not commitments", () => {
  const text = `2031年度青禾镇目标责任书

一、工作任务

（一）重点项目
新建农贸市场1个，改造镇区道路3公里。

二、考核奖惩

（一）考核实行百分制，项目指标占60分，民生指标占40分。
（二）发生重大环境事件的，实行“一票否决”；考核排名末位的镇不得评为优秀。

三、附则

本责任书自签订之日起生效。

四、保障措施

建立工作推进台账。
`;
  const found = extract(text, { year: 2031 }).commitments.map((c) => c.text);
  assert.deepEqual(found, ["新建农贸市场1个", "改造镇区道路3公里", "建立工作推进台账"]);
});

test("上线 a platform is an action; 上线率 is a rate", () => {
  assert.equal(rejectReason("上线智慧停车平台"), null);
  assert.notEqual(rejectReason("本科上线率较高"), null);
});

test("给予 a subsidy or a preference is an action; a promise of the most favourable terms is rhetoric", () => {
  assert.equal(rejectReason("对新落户企业给予租金补贴"), null);
  assert.equal(rejectReason("对考核靠前的街道给予重点倾斜"), null);
  assert.notEqual(rejectReason("用地上给予最优惠的条件"), null);
});
