// Layouts found in documents the engine was not tuned on (issue 9, classes
// 1, 2 and 7, and the rule that no document is lost whole). Every place,
// person and sentence here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "./build-document.ts";
import { extract } from "../extract.ts";

const owned = (text: string) =>
  buildDocument(text, { year: 2023 })
    .doc.sentences.filter((s) => !s.furniture && s.unit)
    .map((s) => [s.unit, s.text.slice(0, 6)]);

test("class 1: a deputy with no post speaks for the place the speech opens with", () => {
  const text = `代表热议新蓝图

本报讯 连日来，代表们热议政府工作报告。

来自港区基层的市人大代表刘明说，滨海港区将加快建设临港物流园。

孙海涛代表表示，桐溪经济开发区将全力打造千亿级产业板块。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [
      ["刘明", ["滨海港区"]],
      ["孙海涛", ["桐溪经济开发区"]],
    ],
  );
  assert.deepEqual(
    e.commitments.map((c) => c.unit),
    ["滨海港区", "桐溪经济开发区"],
  );
});

test("class 1: with no place opening the speech, the one after 来自 is the deputy's", () => {
  const e = extract("来自青禾县的省人大代表周文说，今年我们将新建高标准农田3万亩。\n", { year: 2023 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [["周文", ["青禾县"]]],
  );
});

test("class 1: the origin before a deputy's name (来自X代表团的某某代表说) is the deputy's unit", () => {
  const e = extract(
    "“好山好水是我们的家底。”来自青禾镇代表团的罗海清代表说。作为镇党委书记，他表示，镇里将推进溪流综合治理，新建游步道8公里。\n",
    { year: 2021 },
  );
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [["罗海清", ["青禾镇"]]],
  );
  assert.ok(e.commitments.length >= 2 && e.commitments.every((c) => c.unit === "青禾镇"));
});

test("a bureau head reporting (某某汇报说) speaks for the bureau", () => {
  const e = extract(
    "7月18日，岩桥县召开经济运行分析会。县商务局局长杜文斌汇报说，下半年，县商务局将新建跨境电商产业园1个。\n",
    { year: 2022 },
  );
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    ["杜文斌"],
  );
  assert.equal(e.commitments.find((c) => c.text.includes("跨境电商"))?.unit, "县商务局");
});

test("class 1: a deputy mark with no speech verb after the name names nobody", () => {
  const e = extract("市人大代表们审议了报告。代表刘明的发言很热烈。\n", { year: 2023 });
  assert.deepEqual(e.speakers, []);
});

test("class 2: a bare title belongs to the place the title line names", () => {
  const text = `道岭区2023年重点工作安排

区长 王明 在区政府全体会议上说，今年将加快建设中央商务区，新建学校3所。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [["王明", ["道岭区"]]],
  );
  assert.ok(e.commitments.length >= 2);
  assert.ok(e.commitments.every((c) => c.unit === "道岭区"));
});

test("class 2: a title of another level still falls back to that level's government", () => {
  const e = extract("道岭区2023年重点工作安排\n\n市长 王明 说，今年将加快建设中央商务区。\n", { year: 2023 });
  assert.deepEqual(e.speakers[0]!.units, ["市政府"]);
});

test("class 7: a verb after a title in a headline is not a name (部门负责人谈打算)", () => {
  const e = extract("代表热议新蓝图 部门负责人谈打算\n\n今年，港城区将新建学校3所。\n", { year: 2023 });
  assert.deepEqual(e.speakers, []);
});

test("class 7: a host handing a question on (请某局长来回答) names no one: 来回答 is no name", () => {
  const e = extract(
    "【上线嘉宾】桐湾区教育局局长 孙立\n\n主持人：这个问题请孙局长来回答。\n\n孙立：今年我们将新建学校3所。\n",
    { year: 2023 },
  );
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    ["孙立"],
  );
});

test("item 3: nothing owned by the layout, the opening's place owns it, marked as a guess", () => {
  const text =
    "港城今年这样干\n\n2023-02-01 来源：港城网\n\n今年，滨海港区将加快建设临港物流园，新建冷链仓库3座。\n";
  const e = extract(text, { year: 2023 });
  assert.equal(e.commitments.length, 2);
  for (const c of e.commitments) {
    assert.equal(c.unit, "滨海港区");
    assert.ok(c.confidence !== undefined && c.confidence < 0.5);
  }
  assert.deepEqual(
    owned(text).map(([u]) => u),
    ["滨海港区"],
  );
});

test("item 3: a place in the title wins over the opening's", () => {
  const e = extract("滨海港区今年这样干\n\n今年，临港物流园将加快建设，新建冷链仓库3座。\n", { year: 2023 });
  assert.ok(e.commitments.length > 0);
  assert.ok(e.commitments.every((c) => c.unit === "滨海港区" && c.confidence! < 0.5));
});

test("item 3: commitments owned by the layout carry no guessed confidence", () => {
  const e = extract("青禾县人民政府工作报告\n\n今年，全县将新建高标准农田3万亩。\n", { year: 2023 });
  assert.ok(e.commitments.length > 0);
  assert.ok(e.commitments.every((c) => c.confidence === undefined));
});

test("class 7: a lead the body repeats and what follows 相关阅读 belong to nobody", () => {
  const text = `港城区今年这样干

【摘要】今年，港城区将新建学校3所，改造老旧小区……

今年，港城区将新建学校3所，改造老旧小区20个。港城区还将建设滨河公园。

今年，港城区将新建学校3所，改造老旧小区20个。

相关阅读
柳岸区召开会议 柳岸区将新建医院2所。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    ["港城区将新建学校3所", "改造老旧小区20个", "港城区还将建设滨河公园"],
  );
  assert.equal(e.targets.length, 2);
});

test("class 7: a share bar above the article does not end it", () => {
  const e = extract("港城区今年这样干\n\n分享到：微信 微博\n\n今年，港城区将新建学校3所。\n", { year: 2023 });
  assert.equal(e.commitments.length, 1);
});

test("class 1: a deputy's unit from 来自X, X的…代表, 代表来自X and 代表在X工作", () => {
  const text = `来自青石镇的市人大代表彭东明最关心的是乡村振兴。他介绍，今年镇里将新建高标准农田8000亩。

“园区要当好主引擎。”刘建新代表在渠北工业园工作了十多年。他说，园区今年将新建标准厂房15万平方米。

谭丽代表来自黄沙塘街道，她说，今年街道将改造老旧小区14个。

“古渡是我们最大的本钱。”白水镇的市人大代表钟立平说，今年白水镇将启动古渡老街修缮。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [
      ["彭东明", ["青石镇"]],
      ["刘建新", ["渠北工业园"]],
      ["谭丽", ["黄沙塘街道"]],
      ["钟立平", ["白水镇"]],
    ],
  );
  const unitOf = (key: string) => e.commitments.find((c) => c.text.includes(key))?.unit;
  assert.equal(unitOf("高标准农田"), "青石镇");
  assert.equal(unitOf("标准厂房"), "渠北工业园");
  assert.equal(unitOf("老旧小区"), "黄沙塘街道");
  assert.equal(unitOf("古渡老街"), "白水镇");
});

test("a report's byline that is only a name: that person gives the author's report", () => {
  const text = `——在中国共产党青禾县第十三次代表大会上的报告

谭国明
（2016年9月21日）

同志们：今后五年，全县将新建高标准农田3万亩。
`;
  const e = extract(text, { year: 2016 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [["谭国明", ["青禾县"]]],
  );
});

test("a name-only head line in a news item with no author is no speaker", () => {
  const e = extract("港城新闻\n\n韩雨桐\n\n今年，港城区将新建学校3所。\n", { year: 2023 });
  assert.deepEqual(e.speakers, []);
});

test("class 1: a deputy named with the post in brackets after 代表 speaks for that post's unit", () => {
  const text = `代表审议侧记

来自石桥镇的代表周明说，今年石桥镇将新建文化广场2个。

吴晓燕代表（青柳街道党工委书记）接过话头。吴代表介绍，今年街道将改造老旧小区8个，新建社区食堂3个。

郑凯代表（桃岭乡乡长）最关注乡村振兴。郑代表说，桃岭乡今年将建设冷链仓储中心1个。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.speakers.map((s) => [s.person, s.units]),
    [
      ["周明", ["石桥镇"]],
      ["吴晓燕", ["青柳街道"]],
      ["郑凯", ["桃岭乡"]],
    ],
  );
  assert.deepEqual(
    e.commitments.map((c) => c.unit),
    ["石桥镇", "青柳街道", "青柳街道", "桃岭乡"],
  );
});

test("a cadre meeting: the new secretary's pledge is the place's, not the reader of the decision's", () => {
  const text = `我区召开全区领导干部大会

5月6日上午，我区召开全区领导干部大会。市委组织部副部长陶思远宣读市委决定：程远舟同志任中共苍梧市青岚区委员会委员、常委、书记；邹文博同志不再担任中共苍梧市青岚区委书记、常委、委员职务。

邹文博在讲话中表示，坚决拥护市委决定。

随后，程远舟作表态发言。

同志们：

今年，我们将新建社区养老服务中心6个，加快推进老旧小区改造。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.speakers.filter((s) => s.person !== "陶思远").map((s) => [s.person, s.units]),
    [
      ["程远舟", ["青岚区"]],
      ["邹文博", ["青岚区"]],
    ],
  );
  assert.ok(e.commitments.length > 0);
  for (const c of e.commitments) assert.equal(c.unit, "青岚区", c.text);
});

test("an inquiry transcript: a role label, a colon and the titled person open that person's answer", () => {
  const text = `市人大常委会开展托育服务专题询问

本报讯 9月3日，市人大常委会举行联组会议，围绕全市托育服务开展专题询问。副市长阮清和，市教育局主要负责同志到会应询。

询问人：市人大常委会委员 樊子墨
问：托位供给不足，市教育局有什么打算？

应询人：市教育局局长 滕书远
答：今年，我们将新建普惠托育机构12家，新增托位800个。

主持人：市人大常委会副主任 葛怀山
感谢各位的提问。

应询人：副市长 阮清和
答：市政府将建立托育服务联席会议制度。
`;
  const e = extract(text, { year: 2024 });
  const units = new Map(e.speakers.map((s) => [s.person, s.units]));
  // 副市长 with no place: 围绕全市 before it is no place; the city's government.
  assert.deepEqual(units.get("阮清和"), ["市政府"]);
  assert.deepEqual(units.get("滕书远"), ["市教育局"]);
  // The host only thanks: no speaker, and nothing of theirs is owned.
  assert.equal(units.get("葛怀山"), undefined);
  assert.deepEqual(
    e.commitments.map((c) => [c.unit, c.text]),
    [
      ["市教育局", "我们将新建普惠托育机构12家"],
      ["市教育局", "新增托位800个"],
      ["市政府", "市政府将建立托育服务联席会议制度"],
    ],
  );
});

test("a consultation forum: members' proposals own no commitment and set no target", () => {
  const text = `市政协召开双周协商座谈会

本网讯 5月9日，市政协召开双周协商座谈会。座谈会上，委员们先后发言。

市政协常委、市工商联副主席邝云舒建议，出台支持康养产业的专项政策，力争3年内引进养老服务连锁品牌10家以上。

市民政局局长滕书远表示，今年新增家庭养老床位1500张。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.commitments.map((c) => [c.unit, c.text]),
    [["市民政局", "今年新增家庭养老床位1500张"]],
  );
  assert.deepEqual(
    e.targets.map((t) => [t.unit, t.value]),
    [["市民政局", 1500]],
  );
});

test("a press corridor: reporters' questions after their outlet and a host named in brackets own nothing", () => {
  const text = `“厅长通道”实录

主持人（大会新闻中心副主任 柏思远）：各位记者朋友，上午好！

青梧广播电视台记者：另外，“数字青梧、智慧青梧”目标提出后，全省将如何行动？

《东林商报》记者：请问聂厅长，今年有哪些新举措？

聂清和：谢谢。今年，我们将新建农村公路3000公里。
`;
  const e = extract(text, { year: 2021 });
  // The host is no speaker; no strategy comes out of a question.
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    [],
  );
  assert.deepEqual(e.strategies, []);
  const built = buildDocument(text, { year: 2021 });
  const owned = built.doc.sentences.filter((s) => s.unit !== null).map((s) => s.text.slice(0, 4));
  assert.ok(!owned.some((t) => t.startsWith("青梧广播") || t.startsWith("《东林") || t.startsWith("主持人")));
});
