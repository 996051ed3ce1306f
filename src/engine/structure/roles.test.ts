import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import { findPersonMentions, parsePosts, readName } from "./roles.ts";

function mentions(raw: string) {
  const text = foldText(raw);
  return findPersonMentions(text).map((m) => ({
    person: m.person,
    chain: text.slice(m.start, m.nameStart).trim(),
    units: m.posts.map((p) => p.unit || `(${p.level})`),
    after: m.after,
  }));
}

test("a chain of two posts: a new area's and a district's, both named", () => {
  const [m, ...rest] = mentions(
    "市党代会代表，云澜新区党工委书记、管委会主任，青溪区委副书记、区长朱明远：建设开放之城",
  );
  assert.equal(rest.length, 0);
  assert.equal(m!.person, "朱明远");
  assert.equal(m!.after, "：");
  // 管委会主任 has no place of its own: it is the new area's; 区长 is the district's.
  assert.deepEqual(m!.units, ["云澜新区", "云澜新区", "青溪区", "青溪区"]);
  // The membership (市党代会代表) opens the chain but is not a post.
  assert.ok(m!.chain.startsWith("市党代会代表"));
});

test("a development zone and a district, in the long and the short form", () => {
  for (const zone of ["翠屏经济技术开发区", "翠屏经开区"]) {
    const [m] = mentions(`市人大代表，${zone}党工委副书记、管委会主任，石湖区委副书记、区长欧阳晓峰：`);
    assert.equal(m!.person, "欧阳晓峰");
    assert.deepEqual(m!.units, [zone, zone, "石湖区", "石湖区"]);
  }
});

test("place-less titles keep their level for the caller to resolve", () => {
  const [m] = mentions("会上，市委副书记、市长温嘉禾宣布，全面启动攻坚行动。");
  assert.equal(m!.person, "温嘉禾");
  assert.equal(m!.chain, "市委副书记、市长", "会上 is not part of the chain");
  assert.deepEqual(m!.units, ["(市)", "(市)"]);
  assert.equal(m!.after, "宣布");
  const [d] = mentions("区委书记徐凌云表示，全区将新建公园3个。");
  assert.deepEqual(d!.units, ["(区)"]);
});

test("departments keep their full name", () => {
  assert.deepEqual(mentions("市发展改革委主任钟离文说，今年将安排重大项目200个。"), [
    { person: "钟离文", chain: "市发展改革委主任", units: ["市发展改革委"], after: "说" },
  ]);
  assert.deepEqual(mentions("市工业和信息化局局长葛青表示，"), [
    { person: "葛青", chain: "市工业和信息化局局长", units: ["市工业和信息化局"], after: "表示" },
  ]);
});

test("companies and hospitals are units of their own", () => {
  const [c] = mentions("市人大代表、鹭川宏达电子股份有限公司董事长司马宁：");
  assert.equal(c!.person, "司马宁");
  assert.deepEqual(c!.units, ["鹭川宏达电子股份有限公司"]);
  const [h] = mentions("“看病难要解决。”市政协委员、鹭川市中心医院院长邝明说。");
  assert.equal(h!.person, "邝明");
  assert.deepEqual(h!.units, ["鹭川市中心医院"]);
  assert.equal(h!.chain, "市政协委员、鹭川市中心医院院长", "the quotation is not part of the chain");
});

test("town party secretaries", () => {
  const [m] = mentions("市人大代表、青柳镇党委书记梁小雨说，青柳镇将新建高标准农田2万亩。");
  assert.equal(m!.person, "梁小雨");
  assert.deepEqual(m!.units, ["青柳镇"]);
});

test("bylines: an interview's subject and a work report's speaker", () => {
  const [interview] = mentions("挺起工业脊梁\n——访石溪县委书记卢志远\n本报记者 何静");
  assert.equal(interview!.person, "卢志远");
  assert.deepEqual(interview!.units, ["石溪县"]);
  assert.equal(interview!.after, "\n");
  const [report] = mentions("石湖区人民政府区长 邓卓\n\n各位代表：");
  assert.equal(report!.person, "邓卓");
  assert.deepEqual(report!.units, ["石湖区"]);
});

test("words of reporting before a post are not part of it", () => {
  const [m] = mentions("日前，本报记者专访了石溪县委书记卢志远。");
  assert.equal(m!.person, "卢志远");
  assert.deepEqual(m!.units, ["石溪县"]);
});

test("several people in one text, each found once", () => {
  const found = mentions(
    "区委书记朱明远代表区委作报告。\n市党代会代表、石湖区委书记欧阳晓峰：做强制造\n“乡村要振兴。”青柳镇党委书记梁小雨说。",
  );
  assert.deepEqual(
    found.map((m) => m.person),
    ["朱明远", "欧阳晓峰", "梁小雨"],
  );
});

test("a title followed by no name is no mention", () => {
  assert.deepEqual(mentions("区长要求，各部门要抓好落实。"), []);
  assert.deepEqual(mentions("市委书记处的工作"), []);
  assert.deepEqual(mentions("全面推行河长制"), []);
});

test("readName: names of two and three characters, and double surnames", () => {
  const read = (s: string) => {
    const r = readName(s, 0, s.length);
    return r && s.slice(0, r.end) + "|" + r.after;
  };
  assert.equal(read("邓卓：今年"), "邓卓|：");
  assert.equal(read("朱明远说，"), "朱明远|说");
  assert.equal(read("葛青表示，"), "葛青|表示");
  assert.equal(read("欧阳晓峰："), "欧阳晓峰|：");
  assert.equal(read("司马宁说"), "司马宁|说");
  assert.equal(read("卢志远"), "卢志远|\n");
  assert.equal(read("温嘉禾宣布启动"), "温嘉禾|宣布");
});

test("readName: no surname, no boundary or too long is no name", () => {
  const read = (s: string) => readName(s, 0, s.length);
  assert.equal(read("要求各部门"), null, "要 is no surname");
  assert.equal(read("朱明远东西说"), null, "no boundary after three characters");
  assert.equal(read("A先生说"), null);
  assert.equal(read(""), null);
});

test("parsePosts: organisation and title pairs, with the unit each speaks for", () => {
  assert.deepEqual(parsePosts("云澜新区党工委书记、管委会主任"), [
    { org: "云澜新区", title: "党工委书记", unit: "云澜新区", level: null },
    { org: "", title: "管委会主任", unit: "云澜新区", level: null },
  ]);
  assert.deepEqual(parsePosts("市委副书记、市长"), [
    { org: "市委", title: "副书记", unit: "", level: "市" },
    { org: "", title: "市长", unit: "", level: "市" },
  ]);
  assert.deepEqual(parsePosts("市人大代表，石湖区人民政府区长"), [
    { org: "石湖区人民政府", title: "区长", unit: "石湖区", level: null },
  ]);
});

test("parsePosts: a chunk that is neither a post nor a membership fails the chain", () => {
  assert.equal(parsePosts("会上，区长"), null);
  assert.equal(parsePosts("市人大代表"), null);
});

test("a list of titled guests: each name closes the chain of the next, and what leads to 是 is narrative", () => {
  const found = mentions("今晚做客直播间的是松岭县县长韩志远、桃川县县长白雪梅、石坝县县长郑启明。");
  assert.deepEqual(
    found.map((m) => [m.person, m.units[0]]),
    [
      ["韩志远", "松岭县"],
      ["白雪梅", "桃川县"],
      ["郑启明", "石坝县"],
    ],
  );
});

test("a 政协 member's 界别 and its 召集人 in the chain are memberships, not posts", () => {
  const [m] = mentions(
    "县政协委员、工商界别召集人、青溪恒顺纺织有限公司总经理曹远帆说，今年将新上生产线2条。",
  );
  assert.equal(m!.person, "曹远帆");
  assert.deepEqual(m!.units, ["青溪恒顺纺织有限公司"]);
  const [n] = mentions("县政协委员、文化艺术界别、县博物馆馆长柏小禾关注文物保护。");
  assert.equal(n!.person, "柏小禾");
  assert.deepEqual(n!.units, ["县博物馆"]);
});

test("the chair who speaks (某某主持会议并讲话) is named after a title running into 主持召开", () => {
  const found = mentions("县委书记郁承泽主持召开县委常委会会议。郁承泽主持会议并讲话。县长韩知远出席会议。");
  assert.equal(found[0]!.person, "郁承泽");
  assert.deepEqual(found[0]!.units, ["(县)"]);
});

test("a standing committee's 委员 holds a post of the committee; a 政协委员 is a membership", () => {
  const [m, ...rest] = mentions("县人大常委会委员陶文清认为，方案思路清晰。");
  assert.equal(rest.length, 0);
  assert.equal(m!.person, "陶文清");
  assert.equal(m!.chain, "县人大常委会委员");
  assert.deepEqual(mentions("市政协委员陶文清表示，要做好服务。"), []);
  assert.deepEqual(mentions("文化艺术界委员陶文清表示，要做好服务。"), []);
});

test("a deputy whose post follows 是 (代表某某是X有限公司董事长) speaks for the company", () => {
  const found = mentions("来自工商界的省人大代表卢振东是桐河精密机械有限公司董事长。");
  assert.deepEqual(
    found.map((m) => [m.person, m.units]),
    [["卢振东", ["桐河精密机械有限公司"]]],
  );
});

test("a personnel decision read out at a cadre meeting names the posts of one who speaks later", () => {
  const text = foldText(
    "会上宣读了市委决定：程远舟同志任中共苍梧市青岚区委员会委员、常委、书记；" +
      "邹文博同志不再担任中共苍梧市青岚区委书记、常委、委员职务。\n" +
      "邹文博在讲话中表示，将一如既往关心青岚发展。\n随后，程远舟作表态发言。",
  );
  const found = findPersonMentions(text).filter((m) => m.person === "程远舟" || m.person === "邹文博");
  const byName = new Map(found.map((m) => [m.person, m.posts.map((p) => p.unit)]));
  // The committee written in full is the place's 区委; the parent city before the place is dropped.
  assert.deepEqual(byName.get("程远舟"), ["青岚区", "青岚区", "青岚区"]);
  assert.deepEqual(byName.get("邹文博"), ["青岚区", "青岚区", "青岚区"]);
});

test("a decision alone, or a 任 that is no appointment, makes no mention", () => {
  // Named in the decision only, never speaking: no speaker.
  const quiet = foldText("市委决定：程远舟同志任青岚区委书记。会议要求全区上下抓好落实。");
  assert.equal(findPersonMentions(quiet).filter((m) => m.person === "程远舟").length, 0);
  // 任务 / 责任: no name before, no posts after.
  const plain = foldText("全面完成年度任务，压实各级责任。程远舟表示，将担任好组长职责。");
  assert.equal(findPersonMentions(plain).length, 0);
});
