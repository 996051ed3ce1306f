import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "./build-document.ts";

function owners(text: string, year = 2024) {
  const built = buildDocument(text, { year });
  const owned = built.doc.sentences.filter((s) => !s.furniture).map((s) => [s.unit, s.text]);
  const furniture = built.doc.sentences.filter((s) => s.furniture).map((s) => s.text);
  return { built, owned, furniture };
}

const ROUNDUP = `代表畅谈新发展

共绘蓝图 奋楫争先

本报记者 林小满

市第九次党代会胜利召开。与会代表结合各自实际，畅谈贯彻落实党代会精神的思路举措，纷纷表示要把报告精神落到实处。

市党代会代表，云澜新区党工委书记、管委会主任，青溪区委书记朱明远：打造创新高地

“新区要当好改革开放的排头兵。”朱明远说。云澜新区将加快建设云澜科学城，新建孵化器5个。

青溪区将推进滨江老街保护性修缮，办好青溪龙舟节。

市党代会代表、石湖区委书记欧阳晓峰：做强先进制造

石湖区将推进老工业区改造，引进链主企业10家。“我们要扩大有效投资，建设智能装备产业园。”欧阳晓峰说。

“乡村振兴要见实效。”市党代会代表、青柳镇党委书记梁小雨说，青柳镇今年将新建高标准农田2万亩。

青柳镇还将建设农产品冷链物流中心。
`;

test("a round-up: each role line opens its speaker's section", () => {
  const { built, owned, furniture } = owners(ROUNDUP);
  assert.equal(built.author, null);
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [
      ["朱明远", ["云澜新区", "青溪区"]],
      ["欧阳晓峰", ["石湖区"]],
      ["梁小雨", ["青柳镇"]],
    ],
  );
  const unitOf = (prefix: string) => owned.find(([, t]) => t!.startsWith(prefix))?.[0];
  // The introduction belongs to no speaker.
  assert.equal(unitOf("市第九次党代会胜利召开"), null);
  // A person holding two posts speaks for one unit, named by the first post.
  assert.equal(unitOf("云澜新区将加快建设"), "云澜新区");
  assert.equal(unitOf("青溪区将推进滨江老街"), "云澜新区");
  assert.equal(unitOf("石湖区将推进老工业区改造"), "石湖区");
  assert.ok(furniture.includes("市党代会代表、石湖区委书记欧阳晓峰：做强先进制造"));
  assert.ok(furniture.includes("本报记者 林小满"));
});

test("a round-up: a quotation before its attribution belongs to the speaker named after it", () => {
  const { owned } = owners(ROUNDUP);
  const unitOf = (prefix: string) => owned.find(([, t]) => t!.startsWith(prefix))?.[0];
  assert.equal(unitOf("“新区要当好改革开放的排头兵。”"), "云澜新区");
  // 梁小雨 has no role line: her attribution claims the paragraph, the quotation before it included,
  // though the running section is 欧阳晓峰's.
  assert.equal(unitOf("“乡村振兴要见实效。”"), "青柳镇");
  assert.equal(unitOf("市党代会代表、青柳镇党委书记梁小雨说"), "青柳镇");
  // …and the paragraphs after it, until another speaker claims one.
  assert.equal(unitOf("青柳镇还将建设农产品冷链物流中心"), "青柳镇");
});

const INTERVIEW = `挺起工业脊梁 建设美丽石溪
——访石溪县委书记卢志远

本报记者 何静

新春伊始，石溪县各地项目工地机器轰鸣、一派繁忙，发展势头强劲。日前，本报记者专访了石溪县委书记卢志远。

记者：请介绍一下今年石溪在建设新城、发展工业方面的安排。

卢志远：今年我们将新建标准厂房10万平方米，引进亿元以上项目20个。

记者：民生方面有哪些实招？

卢志远：我们将加快建设县人民医院新院区，新建幼儿园3所。
`;

test("an interview: the byline names the author, answers are the subject's, questions are furniture", () => {
  const { built, owned, furniture } = owners(INTERVIEW, 2023);
  assert.equal(built.author, "石溪县");
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [["卢志远", ["石溪县"]]],
  );
  assert.ok(furniture.includes("——访石溪县委书记卢志远"));
  assert.ok(furniture.includes("记者：请介绍一下今年石溪在建设新城、发展工业方面的安排。"));
  assert.ok(furniture.includes("记者：民生方面有哪些实招？"));
  const answers = owned.filter(([, t]) => t!.startsWith("卢志远："));
  assert.equal(answers.length, 2);
  for (const [unit] of answers) assert.equal(unit, "石溪县");
  assert.ok(!owned.some(([, t]) => t!.startsWith("记者")));
});

const REPORT = `石湖区人民政府工作报告

——2025年1月8日在石湖区第三届人民代表大会第五次会议上

石湖区人民政府区长 邓卓

各位代表：

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

一、过去一年工作回顾

过去一年，我们新建学校3所，改造老旧小区30个，全区经济社会发展呈现稳中向好的良好态势。

二、今年重点工作

一是实施产业升级行动。新建数字化车间6个，培育专精特新企业12家。

二是实施城市更新行动。改造老旧小区40个，新建口袋公园10个。
`;

test("a work report: the author owns every sentence and headings open sections", () => {
  const { built, owned, furniture } = owners(REPORT, 2025);
  assert.equal(built.author, "石湖区");
  assert.equal(built.doc.title, "石湖区人民政府工作报告");
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [["邓卓", ["石湖区"]]],
  );
  assert.ok(owned.length >= 6);
  for (const [unit] of owned) assert.equal(unit, "石湖区");
  for (const line of ["石湖区人民政府区长 邓卓", "各位代表：", "一、过去一年工作回顾", "二、今年重点工作"]) {
    assert.ok(furniture.includes(line), line);
  }
  const sections = built.doc.sections;
  assert.deepEqual(
    sections.map((s) => s.heading),
    [null, "一、过去一年工作回顾", "二、今年重点工作"],
  );
  const review = built.doc.sentences.find((s) => s.text.startsWith("过去一年"))!;
  const plan = built.doc.sentences.find((s) => s.text.startsWith("一是实施"))!;
  assert.equal(review.section, 1);
  assert.equal(plan.section, 2);
  // Sections tile the text.
  for (let i = 1; i < sections.length; i++) assert.equal(sections[i - 1]!.end, sections[i]!.start);
  assert.equal(sections[sections.length - 1]!.end, REPORT.length);
});

test("a district's own congress report: 区委书记 with no place speaks for that district", () => {
  const text = `凝心聚力建设“三个区” 奋力谱写现代化青溪新篇章

——中国共产党青溪区第五次代表大会开幕

本报讯（记者 林小满）9月20日上午，中国共产党青溪区第五次代表大会在区行政中心隆重开幕。区委书记朱明远代表中共青溪区第四届委员会向大会作报告。

报告提出，今后五年，青溪区将高标准建设青溪科学城，五年引育高层次创新团队30个。
`;
  const { built, owned } = owners(text, 2023);
  assert.equal(built.author, "青溪区");
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [["朱明远", ["青溪区"]]],
  );
  assert.deepEqual(
    built.units.map((u) => u.name),
    ["青溪区"],
  );
  for (const [unit] of owned) assert.equal(unit, "青溪区");
});

test("a city meeting: the mayor speaks for the city the headline names, department heads for their departments", () => {
  const text = `2025-03-02 08:00\u3000来源：鹭川日报

鹭川市召开攻坚行动动员会

本报记者 秦月

3月1日，全市召开攻坚行动动员部署会，市直有关部门主要负责同志逐一表态，亮出今年的任务书和时间表。市委副书记、市长温嘉禾宣布全面启动“两大攻坚行动”。

市发展改革委主任钟离文说，今年将安排市级重大项目200个。

“我们将新增规上工业企业100家。”市工业和信息化局局长葛青说。
`;
  const { built, owned } = owners(text, 2025);
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [
      // 市长 names no place; the headline's 鹭川市 is the city whose government this is.
      ["温嘉禾", ["鹭川市"]],
      ["钟离文", ["市发展改革委"]],
      ["葛青", ["市工业和信息化局"]],
    ],
  );
  const unitOf = (prefix: string) => owned.find(([, t]) => t!.startsWith(prefix))?.[0];
  assert.equal(unitOf("市委副书记、市长温嘉禾宣布"), "鹭川市");
  assert.equal(unitOf("市发展改革委主任钟离文说"), "市发展改革委");
  assert.equal(unitOf("“我们将新增规上工业企业100家。”"), "市工业和信息化局");
});

test("the document keeps the original text and a folded text of the same length", () => {
  const raw = '石湖区人民政府工作报告\n\n今年,全区将实施"强链"行动,新建车间４个。';
  const { doc } = buildDocument(raw, {});
  assert.equal(doc.original, raw);
  assert.equal(doc.text.length, raw.length);
  assert.ok(doc.text.includes("“强链”"));
  for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test("the year: the caller's wins, else the text's", () => {
  assert.equal(buildDocument(REPORT, { year: 2030 }).doc.year, 2030);
  assert.equal(buildDocument(REPORT, {}).doc.year, 2025);
  assert.equal(buildDocument("没有年份的文字。", {}).doc.year, null);
});

test("a speech assigning tasks: each ；-segment is owned by the unit that opens it as subject", () => {
  const { owned } = owners(`在全县重点工作推进会上的讲话

梅川县委书记 林向东

同志们：

今年要打好两场硬仗。在交通攻坚中，梅川高新区是主战场。高新区要加快建设光电产业园，新建厂房10万平方米；县交通局要推进梅宁公路改造，年内完成路面工程20公里；县水务局要加快城南水厂建设。县城管局今年新建停车位800个。
`);
  assert.deepEqual(owned.slice(-5), [
    ["梅川县", "在交通攻坚中，梅川高新区是主战场。"],
    ["高新区", "高新区要加快建设光电产业园，新建厂房10万平方米；"],
    ["县交通局", "县交通局要推进梅宁公路改造，年内完成路面工程20公里；"],
    ["县水务局", "县水务局要加快城南水厂建设。"],
    ["县城管局", "县城管局今年新建停车位800个。"],
  ]);
});

test("a press conference transcript: each 【发布人 X】 turn is X's; the host's and reporters' turns own nothing", () => {
  const { built, owned, furniture } = owners(`梧州市人民政府新闻发布会

发布人：
梧州市人民政府副市长\u3000贾文涛
梧州市水利局局长\u3000柯雨桐

主持人：
梧州市人民政府新闻办公室主任\u3000宁远舟

【主持人 宁远舟】
欢迎各位。今天请到副市长贾文涛、市水利局局长柯雨桐介绍今年的重点工作。

【发布人 贾文涛】
今年，全市将新建学校12所，改造老旧小区80个。

【梧州晚报记者】
请问柯局长，今年防汛有什么安排？

【发布人 柯雨桐】
市水利局将加固病险水库15座。

【主持人 宁远舟】
发布会到此结束，谢谢柯局长。
`);
  assert.deepEqual(
    built.speakers.map((s) => s.person),
    ["贾文涛", "柯雨桐"],
  );
  assert.deepEqual(owned, [
    ["梧州市", "今年，全市将新建学校12所，改造老旧小区80个。"],
    ["梧州市水利局", "市水利局将加固病险水库15座。"],
  ]);
  assert.ok(furniture.includes("请问柯局长，今年防汛有什么安排？"));
  assert.ok(furniture.includes("发布会到此结束，谢谢柯局长。"));
});

test("a round-up: the reporter's 记者手记 after the last speaker is nobody's, page furniture", () => {
  const text = `${ROUNDUP}
记者手记

三位代表,三份答卷,一个共同的心愿:奋进。代表们正以时不我待的劲头在新征程上挑重担、打头阵。
`;
  const { built } = owners(text);
  const note = built.doc.sentences.find((s) => s.text.startsWith("三位代表"));
  assert.ok(note);
  assert.equal(note.unit, null);
  assert.equal(note.furniture, true);
  // The speaker's own text above it keeps its unit.
  assert.equal(built.doc.sentences.find((s) => s.text.startsWith("青柳镇还将建设"))?.unit, "青柳镇");
});

test("an official reply: the department its letterhead names owns it, and its signer speaks for it", () => {
  const letter = `柳川县水利局

柳水函〔2024〕17号\u3000\u3000\u3000签发人：韩立新

柳川县水利局
关于县人大代表第0032号建议的答复

吴德安代表：

您提出的关于加快病险水库除险加固的建议收悉，现答复如下：

我局将于今年汛前完成小型水库除险加固5座，同步建立水库安全运行管护机制。自2025年起，每年安排水库管护资金不低于300万元。

柳川县水利局
2024年6月3日
`;
  const { built, owned } = owners(letter, 2024);
  assert.equal(built.author, "柳川县水利局");
  assert.deepEqual(
    built.speakers.map((s) => [s.person, s.units]),
    [["韩立新", ["柳川县水利局"]]],
  );
  assert.ok(owned.length >= 2);
  for (const [unit] of owned) assert.equal(unit, "柳川县水利局");
  // Without a document number the same line is no letterhead (a round-up's sub-heading may be a bureau).
  assert.notEqual(owners(letter.replace("柳水函〔2024〕17号", "")).built.author, "柳川县水利局");
});

test("an agreement: each clause is owned by the party (甲方, 乙方) its party line names", () => {
  const agreement = `两县签订对口协作协议

柳川县委书记韩立新在签约仪式上说，柳川将全力支持桐岭发展。

协作协议

甲方：江南省柳川县人民政府
乙方：西岭省桐岭县人民政府

经甲乙双方友好协商，达成如下协议。

一、产业合作。甲方每年引导不少于5家企业赴乙方投资，协助乙方建设协作产业园。乙方负责园区用地保障。
二、人才交流。每年，乙方选派10名干部到甲方跟岗学习；甲方选派教师20名到乙方支教。
`;
  const { built, owned } = owners(agreement, 2021);
  const ownerOf = (start: string) => owned.find(([, text]) => text!.startsWith(start))?.[0];
  assert.equal(ownerOf("甲方每年引导"), "柳川县");
  assert.equal(ownerOf("乙方负责园区用地保障"), "桐岭县");
  assert.equal(ownerOf("每年，乙方选派"), "桐岭县");
  assert.equal(ownerOf("甲方选派教师"), "柳川县");
  // The preamble names no party: it is no one party's.
  assert.equal(ownerOf("经甲乙双方友好协商"), null);
  assert.ok(built.units.some((u) => u.name === "桐岭县"));
});

test("a message board: the reply is the unit its 【办理单位】 names; the asker's message is nobody's", () => {
  const board = `柳川市民心网｜留言选登

【留言编号】LC-2024-0311\u3000\u3000【留言对象】柳川市交通运输局局长
【留言标题】城东公交太少，能否增开线路？

【留言内容】
希望市里尽快新建公交首末站，增开两条公交线路。

【办理单位】柳川市交通运输局
【回复时间】2024-03-20

【回复内容】
您好！我局今年将新开通城东公交线路2条，并新建公交首末站1座。感谢您的关注。

【网友评价】满意

【留言编号】LC-2024-0402\u3000\u3000【留言对象】桐岭镇
【留言内容】
镇上的路灯坏了很久，希望修一修。

【办理单位】柳川市桐岭镇人民政府
【回复内容】
镇政府将于5月底前完成集镇路灯更换120盏。

相关留言：
· 城西能否建一个公园？（已回复）
`;
  const { built, owned } = owners(board, 2024);
  const ownerOf = (start: string) => owned.find(([, text]) => text!.startsWith(start))?.[0];
  assert.equal(ownerOf("我局今年将新开通"), "柳川市交通运输局");
  assert.equal(ownerOf("镇政府将于5月底前"), "柳川市桐岭镇人民政府");
  // The asker's title and message own nothing, nor do the related messages after the records.
  const asked = built.doc.sentences.filter((s) => /希望|城东公交太少|城西/.test(s.text));
  assert.equal(asked.length, 4);
  for (const s of asked) assert.ok(s.furniture || s.unit === null, s.text);
  assert.ok(built.units.some((u) => u.name === "柳川市桐岭镇人民政府"));
});
