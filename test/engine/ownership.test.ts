// Who owns each sentence, on invented texts (places and people are made up):
// a letterhead's issuer, bracketed notes, speakers named after their words or
// followed by no speech verb, departments as owners inside a report, a
// role line's block on a newspaper page, a place-less title on a web page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../../src/engine/structure/build-document.ts";
import { extract } from "../../src/engine/extract.ts";

function owned(text: string, year = 2024) {
  const built = buildDocument(text, { year });
  return {
    built,
    unitOf: (prefix: string) =>
      built.doc.sentences.find((s) => !s.furniture && s.text.startsWith(prefix))?.unit ?? undefined,
    furniture: built.doc.sentences.filter((s) => s.furniture).map((s) => s.text),
  };
}

test("a letterhead names the issuer: the most specific body of its chain, not its parent district", () => {
  const text = `青禾区柳塘街道办事处文件

柳办发〔2024〕2号

关于印发《柳塘街道办事处2024年工作要点》的通知

各社区居委会：
现将《柳塘街道办事处2024年工作要点》印发给你们，请认真贯彻落实。

1. 新建社区食堂3个，改造背街小巷8条。（牵头单位：社会事务办；责任单位：各社区）
`;
  const { built, unitOf, furniture } = owned(text);
  assert.equal(built.author, "柳塘街道");
  assert.equal(unitOf("1. 新建社区食堂"), "柳塘街道");
  assert.ok(!built.units.some((u) => u.name === "青禾区"), "the parent district owns nothing");
  // The bracketed note names who carries the task out: neither an action nor an owner.
  assert.ok(furniture.includes("（牵头单位：社会事务办；责任单位：各社区）"));
  const plan = extract(text, { year: 2024 });
  assert.ok(plan.commitments.every((c) => !c.text.includes("牵头单位")));
  assert.ok(plan.commitments.some((c) => c.unit === "柳塘街道" && c.text.includes("社区食堂")));
});

test("a government office's letterhead names its government", () => {
  const text = `芦川市人民政府办公室文件

关于做好2024年春耕生产的通知

各县区人民政府：
今年全市将新建高标准农田10万亩。
`;
  assert.equal(owned(text).built.author, "芦川市");
});

test("a bracket inside a sentence, or a heading in brackets, stays text", () => {
  const text = `桐坪县2024年工作要点

（一）扩大有效投资
今年全县将新建产业园（含标准厂房）2个，改造农村公路120公里。
`;
  const { unitOf, furniture } = owned(text);
  assert.equal(unitOf("今年全县将新建产业园"), "桐坪县");
  assert.ok(!furniture.some((s) => s.startsWith("今年全县")));
});

test("speakers named after their quotation, with a name that runs on into the sentence", () => {
  const text = `省报 2024年1月20日 第2版

代表委员谈开局

本报讯 1月19日，省人大会议进入第二天，代表委员们围绕政府工作报告热烈讨论，结合本地实际谈打算。

“今年的关键词是‘开放’。”省人大代表、青岚市委书记宋嘉和一开口就直奔主题。他说，今年青岚将建设临港物流园，引进外资企业10家。宋嘉和表示，全市生产总值增长8%左右。

省政协委员、白鹭市副市长司马青则把目光投向了生态。“好山好水是我们的家底。”司马青说，今年白鹭将建设湿地公园3个，关停小化工企业12家。
`;
  const { built, unitOf } = owned(text);
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [
      ["宋嘉和", ["青岚市"]],
      ["司马青", ["白鹭市"]],
    ],
  );
  assert.equal(unitOf("“今年的关键词是"), "青岚市");
  assert.equal(unitOf("他说，今年青岚将建设临港物流园"), "青岚市");
  // The next speaker's own city, not the one before.
  assert.equal(unitOf("“好山好水是我们的家底。”"), "白鹭市");
  assert.equal(unitOf("司马青说，今年白鹭将建设湿地公园"), "白鹭市");
});

test("a name said once is read when a word a report writes after names follows it; a chair is no speaker", () => {
  const speakersOf = (line: string) =>
    owned(`青岚市召开工作会议\n\n${line}今年全市将新建学校5所，改造农村公路200公里。\n`).built.speakers.map(
      (s) => [s.person, s.units],
    );
  assert.deepEqual(speakersOf("会上，市委书记宋嘉和出席会议并讲话，对全年工作作出部署。"), [
    ["宋嘉和", ["青岚市"]],
  ]);
  assert.deepEqual(speakersOf("会上，副市长宋嘉主持会议，对全年工作作出部署。"), []);
  assert.deepEqual(speakersOf("会上，市委书记宋嘉和蔼地与代表交流，对全年工作作出部署。"), []);
});

test("a place-less title speaks for the place of its level named just before it", () => {
  const text = `春到乡村谋新篇

本报记者 林小满

记者日前走访了县里的几个乡镇，听乡镇长们谈今年的打算。

芦溪镇是全县有名的工业重镇。记者赶到时，镇党委书记万立本正在工地上察看。

记者：今年芦溪镇的工作重点放在哪里？

万立本：还是招商引资。今年要引进投资五千万元以上的项目三个，扩建芦溪工业小区，新征工业用地三百亩。
`;
  const { built, unitOf } = owned(text);
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [["万立本", ["芦溪镇"]]],
  );
  assert.equal(unitOf("万立本：还是招商引资"), "芦溪镇");
});

test("a web page's county head with no place in the title, and a later paragraph opening with the name", () => {
  const text = `桐川县人民政府门户网站
首页 | 政务公开 | 新闻中心

我县召开2024年度乡镇工作述职评议会

发布时间：2024-12-27\u3000\u3000来源：县政府办

12月26日，桐川县2024年度乡镇工作述职评议会在县行政中心召开。县委副书记、县长蓝启明出席会议并讲话，县委常委、常务副县长霍德林主持会议。

柳坪镇镇长任永年表示，明年柳坪镇将加快工业园二期建设，引进规模以上企业5家以上。

蓝启明在讲话中充分肯定了各乡镇取得的成绩。他表示，明年县政府将安排乡镇发展奖补资金3000万元，建立乡镇重点工作季度督查制度。

霍德林要求，各乡镇要认真梳理评议中提出的意见建议。
`;
  const { built, unitOf } = owned(text);
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [
      ["蓝启明", ["桐川县"]],
      ["霍德林", ["桐川县"]],
      ["任永年", ["柳坪镇"]],
    ],
  );
  assert.equal(unitOf("柳坪镇镇长任永年表示"), "柳坪镇");
  // The county head's pledge, not the town that spoke last.
  assert.equal(unitOf("他表示，明年县政府将安排"), "桐川县");
  assert.equal(unitOf("霍德林要求"), "桐川县");
});

test("a newspaper page: a line holding only a titled person opens that person's block", () => {
  const text = `局长晒承诺

本报今起开设专栏，邀请市直部门主要负责人向社会公开年度承诺事项，年底由市民代表进行评议。

■市教育局局长\u3000林雅心

“办好人民满意的教育，是我们的承诺。”林雅心说，今年将新建公办幼儿园12所，新增学位3600个。

■市政务服务中心管理办公室主任\u3000程可欣

今年市政务服务中心将全面推行并联审批，建成市级网上审批系统，进驻事项按时办结率达到99%以上。
`;
  const { unitOf } = owned(text);
  assert.equal(unitOf("“办好人民满意的教育"), "市教育局");
  assert.equal(unitOf("今年市政务服务中心将全面推行并联审批"), "市政务服务中心管理办公室");
});

test("a department opening a sentence of a city's report owns that sentence", () => {
  const text = `澄江市人民政府工作报告

——2024年1月10日在澄江市第九届人民代表大会第二次会议上

澄江市人民政府市长\u3000柯立言

二、2024年主要任务

全年安排市级重点项目300个，完成年度投资900亿元以上。市文化旅游局要牵头编制全域旅游规划，新创建4A级景区2个。市住房城乡建设局负责完成老旧小区改造60个。今年，市数据局将建成城市运行管理平台。市委要把方向、管大局。新建城市绿道80公里。
`;
  const { built, unitOf } = owned(text);
  assert.equal(unitOf("全年安排市级重点项目"), "澄江市");
  assert.equal(unitOf("市文化旅游局要牵头编制"), "市文化旅游局");
  assert.equal(unitOf("市住房城乡建设局负责完成"), "市住房城乡建设局");
  assert.equal(unitOf("今年，市数据局将建成"), "市数据局");
  // The party committee is the city itself, and the next sentence is the city's again.
  assert.equal(unitOf("市委要把方向"), "澄江市");
  assert.equal(unitOf("新建城市绿道"), "澄江市");
  assert.equal(built.units.find((u) => u.name === "市文化旅游局")?.kind, "department");
  const plan = extract(text, { year: 2024 });
  assert.ok(plan.targets.some((t) => t.unit === "市住房城乡建设局" && t.value === 60));
});

test("a bureau head naming their own bureau by a short name keeps their unit", () => {
  const text = `局长晒承诺

本报今起开设专栏，邀请市直部门主要负责人向社会公开年度承诺事项，年底由市民代表进行评议。

■市环境保护局局长\u3000邵明川

邵明川说，今年我们将向大气污染宣战。市环保局将拆除城区燃煤锅炉210台，新建乡镇污水处理厂10座。
`;
  assert.equal(owned(text).unitOf("市环保局将拆除"), "市环境保护局");
});

test("with no attribution of its own, a sentence whose subject is another speaker's unit is that unit's", () => {
  const text = `乡镇长谈明年打算

本报记者 林小满

12月26日，桐川县召开乡镇工作述职评议会，各乡镇长依次述职，并就明年工作思路作了表态发言。

柳坪镇镇长任永年表示，明年柳坪镇将加快工业园二期建设，引进规模以上企业5家以上。

桃溪乡乡长覃晓岚在发言中说，明年桃溪乡将新种植油茶1.5万亩，打造农家乐示范点20家。

今年，柳坪镇还将实施集镇提质改造，完成主街道立面改造2.3公里。集镇面貌将焕然一新。
`;
  const { unitOf } = owned(text);
  assert.equal(unitOf("桃溪乡乡长覃晓岚"), "桃溪乡");
  assert.equal(unitOf("今年，柳坪镇还将实施"), "柳坪镇");
  assert.equal(unitOf("集镇面貌将焕然一新"), "柳坪镇");
});

test("after a page's closing credit, the notes at the foot belong to no one", () => {
  const text = `局长晒承诺

本报今起开设专栏，邀请市直部门主要负责人向社会公开年度承诺事项，年底由市民代表进行评议。

■市水利局局长\u3000贺明川

贺明川说，今年市水利局将新建小型水库3座，完成中小河流治理80公里。

（本报记者\u3000温小舟\u3000整理）

欢迎读者通过热线电话0000-1234567对承诺事项落实情况进行监督，推动各项承诺落到实处。
`;
  const { unitOf, furniture } = owned(text);
  assert.equal(unitOf("贺明川说"), "市水利局");
  assert.ok(furniture.some((s) => s.startsWith("欢迎读者")));
  assert.ok(extract(text, { year: 2024 }).commitments.every((c) => !c.text.includes("监督")));
});

test("what a whole group says at a round-up's close is no one speaker's pledge", () => {
  const text = `代表委员谈发展

本报记者 林小满

“今年的关键词是开放。”青岚市委书记宋嘉和说，今年青岚将建设临港物流园，引进外资企业10家。

采访中，记者深切感受到代表委员们的信心。大家纷纷表示，将把会议精神带回去，以实干实绩推动全省经济社会发展。
`;
  const { unitOf, furniture } = owned(text);
  assert.equal(unitOf("“今年的关键词是开放。”"), "青岚市");
  assert.ok(furniture.some((s) => s.startsWith("大家纷纷表示")));
  assert.ok(extract(text, { year: 2024 }).commitments.every((c) => !c.text.includes("实干实绩")));
});

test("who attends a meeting is narrative, not a commitment of the meeting's owner", () => {
  const text = `青岚县召开2024年度乡镇工作述职评议会

12月26日，青岚县乡镇工作述职评议会在县行政中心召开。县直有关部门负责人、部分县人大代表和政协委员参加评议。明年全县将新建农村公路120公里，改造危房300户。
`;
  const plan = extract(text, { year: 2024 });
  assert.ok(plan.commitments.every((c) => !c.text.includes("参加评议")));
  assert.ok(plan.commitments.some((c) => c.text.includes("农村公路")));
});

test("a heading in Markdown bold is a heading: no commitment, no asterisks in a clause", () => {
  const text = `澄江市人民政府工作报告

二、2024年主要任务

**（一）坚持项目为王，着力扩大有效投资**

全年安排市级重点项目300个，加快澄东高速公路建设，新建城市绿道80公里。

**（二）坚持创新驱动，着力培育发展新动能**

新认定高新技术企业150家以上，加快建设澄江科创城。
`;
  const plan = extract(text, { year: 2024 });
  assert.ok(plan.commitments.every((c) => !c.text.includes("*")));
  assert.ok(plan.commitments.every((c) => !c.text.includes("着力扩大有效投资")));
  assert.ok(plan.commitments.some((c) => c.text.includes("澄东高速公路")));
  const { built } = owned(text);
  assert.ok(built.doc.sections.some((s) => s.heading === "（二）坚持创新驱动，着力培育发展新动能"));
});

test("township heads introduced as 某某是X镇镇长, 作为X镇的镇长，某某, 来自X乡的…乡长某某, 在X镇代表团…，镇长某某", () => {
  const text = `乡镇长说新打算

孙晓梅是梨坝镇镇长，也是县人大代表。她说，梨坝镇今年将新建冷库3座。

来自松岭乡的县人大代表、乡长石国安表示，松岭乡将新修通组公路12公里。

在枫溪镇代表团讨论现场，镇长龚建民算起了账：新增电商网点9个。

作为桃岗镇的新任镇长，葛志远在讨论中说，今年将实施重点项目15个。
`;
  const { built, unitOf } = owned(text, 2018);
  const owner = (person: string) => built.speakers.find((s) => s.person === person)?.units[0];
  assert.equal(owner("孙晓梅"), "梨坝镇");
  assert.equal(owner("石国安"), "松岭乡");
  assert.equal(owner("龚建民"), "枫溪镇");
  assert.equal(owner("葛志远"), "桃岗镇");
  assert.equal(unitOf("她说"), "梨坝镇");
  assert.equal(unitOf("在枫溪镇代表团"), "枫溪镇");
  assert.equal(unitOf("作为桃岗镇"), "桃岗镇");
});

test("a deputy named only as 某某代表: the unit the next sentence gives (作为X村书记，她… / 他告诉记者，Y县今年将…)", () => {
  const text = `代表团审议省政府工作报告侧记

省人大代表、梅岭县委书记韩立新：
今年梅岭县将新建标准厂房20万平方米。

“报告说要让群众过上好日子，我们很受鼓舞。”钟秀琴代表说。作为桂花村党支部书记，她给村里定下了目标：新建灌溉渠3公里。

翁启明代表对报告中“加快城乡供水一体化”感触很深。他告诉记者，兰溪县今年将新建水厂2座。
`;
  const { built } = owned(text, 2012);
  const owner = (person: string) => built.speakers.find((s) => s.person === person)?.units[0];
  assert.equal(owner("钟秀琴"), "桂花村");
  assert.equal(owner("翁启明"), "兰溪县");
  const plan = extract(text, { year: 2012 });
  assert.ok(plan.commitments.some((c) => c.unit === "桂花村" && c.text.includes("灌溉渠")));
  assert.ok(plan.commitments.some((c) => c.unit === "兰溪县" && c.text.includes("水厂")));
  // The quoted words of the report stay the report's item.
  assert.ok(plan.commitments.some((c) => c.text === "加快城乡供水一体化" && c.unit !== "兰溪县"));
});

test("in a county speech a township opening a sentence (X镇要…) owns it, as a department does; 全镇/各乡镇 do not", () => {
  const text = `在全县经济工作会议上的讲话

县委书记 韦正平

同志们：
今年全县要新上工业项目二十个。梧岭镇要抓好竹木加工园区建设，年内新入园企业八家以上。各乡镇要加快农村公路建设。县交通局要狠抓农村客运站建设。
`;
  const { unitOf } = owned(text, 2007);
  assert.equal(unitOf("梧岭镇要"), "梧岭镇");
  assert.equal(unitOf("各乡镇要"), unitOf("今年全县"));
  assert.equal(unitOf("县交通局要"), "县交通局");
  const plan = extract(text, { year: 2007 });
  assert.ok(plan.commitments.some((c) => c.unit === "梧岭镇" && c.text.includes("竹木加工园区")));
  assert.ok(plan.commitments.some((c) => c.unit === "县交通局" && c.text.includes("农村客运站")));
});

test("a round-up's sub-heading naming a unit (X区：slogan) owns the unattributed paragraph under it; a theme heading does not", () => {
  const text = `各县区亮出新年目标

榕江区：做强中心城区

去年，榕江区地区生产总值达到300亿元。今年，榕江区将加快滨江商务区建设，新建停车场12个。

产业立区：构建现代产业体系

坪山县县长葛春林表示，坪山将走产业立区之路，新建标准厂房5万平方米。
`;
  const { unitOf } = owned(text, 2024);
  assert.equal(unitOf("今年，榕江区将"), "榕江区");
  assert.equal(unitOf("坪山县县长"), "坪山县");
  const plan = extract(text, { year: 2024 });
  // 今年 turns the paragraph forward after its look back at 去年.
  assert.ok(plan.commitments.some((c) => c.unit === "榕江区" && c.text.includes("停车场")));
  assert.ok(!plan.commitments.some((c) => c.text.includes("300亿元")));
  assert.ok(!plan.commitments.some((c) => c.unit === "产业立区"));
});
