import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { aliasesOf, detectFramework, enumerations } from "./detect.ts";

function frameworkOf(text: string, year = 2025) {
  const { doc, author } = buildDocument(text, { year });
  return detectFramework(doc, author);
}

const REPORT_HEAD = `石湖区人民政府工作报告

——2025年1月8日在石湖区第三届人民代表大会第五次会议上

石湖区人民政府区长 邓卓

`;

test("a declared enumeration named by its count label", () => {
  const text =
    REPORT_HEAD +
    "今年，我们将全力实施“四大提升行动”，即产业能级提升行动、城市品质提升行动、乡村风貌提升行动、民生保障提升行动，推动全区经济社会持续健康发展。\n";
  const fw = frameworkOf(text);
  assert.ok(fw);
  assert.equal(fw.name, "四大提升行动");
  assert.equal(fw.source, "declared");
  assert.deepEqual(
    fw.goals.map((g) => [g.id, g.name, g.aliases]),
    [
      ["g1", "产业能级提升行动", ["产业能级提升"]],
      ["g2", "城市品质提升行动", ["城市品质提升"]],
      ["g3", "乡村风貌提升行动", ["乡村风貌提升"]],
      ["g4", "民生保障提升行动", ["民生保障提升"]],
    ],
  );
  for (const g of fw.goals) assert.equal(text.slice(...g.span!), g.name);
  assert.equal(
    text.slice(...fw.span!),
    "产业能级提升行动、城市品质提升行动、乡村风貌提升行动、民生保障提升行动",
  );
});

test("a 即-list after the label", () => {
  const text =
    REPORT_HEAD +
    "报告强调，要奋力建设“三个区”，即先进制造集聚区、城乡融合示范区、生态宜居样板区，在全市发展中走在前列，不断开创新局面。\n";
  const fw = frameworkOf(text);
  assert.equal(fw?.name, "三个区");
  assert.deepEqual(
    fw?.goals.map((g) => g.name),
    ["先进制造集聚区", "城乡融合示范区", "生态宜居样板区"],
  );
  assert.deepEqual(fw?.goals[0]!.aliases, ["先进制造集聚"]);
});

test("a label whose count does not match the list does not name it", () => {
  const text =
    REPORT_HEAD +
    "今年，我们将全力实施“三大提升行动”，即产业能级提升行动、城市品质提升行动、乡村风貌提升行动、民生保障提升行动，推动全区经济社会持续健康发展。\n";
  const fw = frameworkOf(text);
  assert.equal(fw?.goals.length, 4);
  assert.notEqual(fw?.name, "三大提升行动");
});

test("an unlabelled enumeration right after a verb", () => {
  const text =
    REPORT_HEAD +
    "今后五年，着力打造智能制造之都、数字经济之都、生态康养之都，推动全区经济社会持续健康发展，奋力开创现代化建设新局面。\n";
  const fw = frameworkOf(text);
  assert.deepEqual(
    fw?.goals.map((g) => [g.name, g.aliases]),
    [
      ["智能制造之都", ["智能制造"]],
      ["数字经济之都", ["数字经济"]],
      ["生态康养之都", ["生态康养"]],
    ],
  );
  assert.ok(fw?.name);
});

test("an unlabelled enumeration after a subject and its verb", () => {
  const text =
    REPORT_HEAD +
    "今后五年，全区上下要着力打造智能制造之都、数字经济之都、生态康养之都，推动全区经济社会持续健康发展，奋力开创现代化建设新局面。\n";
  assert.deepEqual(
    frameworkOf(text)?.goals.map((g) => g.name),
    ["智能制造之都", "数字经济之都", "生态康养之都"],
  );
});

test("a spatial layout is never the framework", () => {
  const withList =
    REPORT_HEAD +
    "今年，我们将构建“一城两区三带”空间格局，即滨湖新城、石湖经济开发区、青溪工业园区、沿湖文旅带、山地茶产业带、城郊果蔬带，全面提升发展能级。\n";
  assert.equal(frameworkOf(withList), null);
  const withVerb =
    REPORT_HEAD +
    "今年，我们将构建“一核两带三片区”空间格局，着力打造滨湖商务区、沿江发展区、环山生态区，推动全区经济社会持续健康发展。\n";
  assert.equal(frameworkOf(withVerb), null);
});

test("a quoted list is a programme's slogan, not the framework", () => {
  const text =
    REPORT_HEAD +
    "今年全区要深入推进“生态立区、工业强区、文旅兴区”，持续加大招商引资力度，推动全区经济社会持续健康发展，奋力开创新局面。\n";
  assert.equal(frameworkOf(text), null);
});

const ROUNDUP = (intro: string, speech: string) => `代表畅谈新发展

共绘发展蓝图

本报记者 林小满

${intro}

市党代会代表、石湖区委书记欧阳晓峰：做强先进制造

“石湖要挑大梁。”欧阳晓峰说。石湖区将坚持工业立区。${speech}

市党代会代表、青溪县委书记邓卓：走好绿色发展路

邓卓说，青溪县将新建高标准农田5万亩，推进青溪流域综合治理，发展精品民宿。
`;

test("a round-up: the city's framework is declared before the speakers", () => {
  const text = ROUNDUP(
    "全力建设“六个强市”——制造强市、创新强市、开放强市、农业强市、文旅强市、生态强市，市第九次党代会报告描绘了今后五年的宏伟蓝图。",
    "着力打造光电产业园、新材料产业园、智能装备产业园，推进老工业区改造，引进链主企业10家。",
  );
  const fw = frameworkOf(text, 2021);
  assert.equal(fw?.name, "六个强市");
  assert.deepEqual(
    fw?.goals.map((g) => g.name),
    ["制造强市", "创新强市", "开放强市", "农业强市", "文旅强市", "生态强市"],
  );
});

test("a round-up: a speaker's own list is not the city's framework", () => {
  const list = "着力打造光电产业园、新材料产业园、智能装备产业园，推进老工业区改造，引进链主企业10家。";
  const intro = "市第九次党代会胜利召开，与会代表结合各自实际，畅谈贯彻落实党代会精神的思路举措。";
  assert.equal(frameworkOf(ROUNDUP(intro, list), 2021), null);
  // The same list in the city's own words is the framework.
  const own = frameworkOf(ROUNDUP(`${intro}${list}`, "推进老工业区改造。"), 2021);
  assert.deepEqual(
    own?.goals.map((g) => g.name),
    ["光电产业园", "新材料产业园", "智能装备产业园"],
  );
});

test("documents without a declared enumeration have no framework", () => {
  assert.equal(
    frameworkOf(
      REPORT_HEAD +
        "今年，我们将坚持稳中求进工作总基调，新建学校3所，改造老旧小区20个，推动全区经济社会持续健康发展，奋力开创现代化建设新局面。\n",
    ),
    null,
  );
  assert.equal(frameworkOf(""), null);
  // A list of objects with no common head is not a set of goals.
  assert.equal(
    frameworkOf(
      REPORT_HEAD + "今年，我们将加快建设滨湖新城、青溪大桥、石湖体育馆，推动全区经济社会持续健康发展。\n",
    ),
    null,
  );
});

test("enumerations: items of three or more sharing a suffix, the declaring verb removed", () => {
  const text =
    REPORT_HEAD +
    "今年，着力打造智能制造之都、数字经济之都、生态康养之都，推动发展。滨湖、青溪两地要加强合作。\n";
  const { doc } = buildDocument(text, { year: 2025 });
  const found = enumerations(doc);
  assert.equal(found.length, 1);
  const [e] = found;
  assert.deepEqual(e!.items, ["智能制造之都", "数字经济之都", "生态康养之都"]);
  assert.equal(e!.suffix, "之都");
  for (let i = 0; i < e!.items.length; i++) {
    assert.equal(text.slice(e!.starts[i]!, e!.starts[i]! + e!.items[i]!.length), e!.items[i]);
  }
});

test("enumerations: a short last item joined by 和", () => {
  const text =
    REPORT_HEAD + "今后五年，着力打造智造之城、数字之城和康养之城，推动全区经济社会持续健康发展。\n";
  const { doc } = buildDocument(text, { year: 2025 });
  assert.deepEqual(
    enumerations(doc).map((e) => e.items),
    [["智造之城", "数字之城", "康养之城"]],
  );
});

test("enumerations: a long last item joined by 和", () => {
  const text =
    REPORT_HEAD +
    "今后五年，着力打造智能制造之都、数字经济之都和生态康养之都，推动全区经济社会持续健康发展，奋力开创现代化建设新局面。\n";
  const { doc } = buildDocument(text, { year: 2025 });
  assert.deepEqual(
    enumerations(doc).map((e) => e.items),
    [["智能制造之都", "数字经济之都", "生态康养之都"]],
  );
  assert.equal(detectFramework(doc, "石湖区")?.goals.length, 3);
});

test("aliasesOf strips the shared suffix and the usual goal words", () => {
  assert.deepEqual(aliasesOf("创新引领之都", "之都"), ["创新引领"]);
  assert.deepEqual(aliasesOf("制造业提能行动", "行动"), ["制造业提能"]);
  assert.deepEqual(aliasesOf("科技创新引领区", "区"), ["科技创新引领"]);
  assert.deepEqual(aliasesOf("产业强链攻坚", ""), ["产业强链"]);
  // Too short a stem is no alias; a long shared suffix is not stripped.
  assert.deepEqual(aliasesOf("智城", "城"), []);
  assert.deepEqual(aliasesOf("先进制造集聚区", "制造集聚区"), []);
});

test("a count label said alone, its members explained one by one after it (第一个是X，就是…)", () => {
  const text =
    "在区委经济工作会议上的讲话\n\n区委书记　郑明远\n\n同志们：\n\n" +
    "今年全区工作的总体要求是：稳中求进，奋力建设“三个区”。\n\n" +
    "“三个区”是区第五次党代会确定的目标。第一个是创新先导区，就是把科技园区做强。" +
    "第二个是开放前沿区，就是扩大对外贸易。第三个是美丽宜居区，就是改善人居环境。\n";
  const fw = frameworkOf(text);
  assert.ok(fw);
  assert.equal(fw.name, "三个区");
  assert.deepEqual(
    fw.goals.map((g) => g.name),
    ["创新先导区", "开放前沿区", "美丽宜居区"],
  );
  for (const g of fw.goals) assert.equal(text.slice(...g.span!), g.name);
});

test("ordinals whose members do not end in the label's head are no framework", () => {
  const text =
    "在区委经济工作会议上的讲话\n\n区委书记　郑明远\n\n同志们：\n\n" +
    "今年要抓好“三个区”。第一个是科技园区，就是做强。第二个是项目建设，就是扩大投资。第三个是民生，就是改善环境。\n";
  assert.equal(frameworkOf(text), null);
});

test("a generic term with a count elsewhere (纠正“四风”) does not name the declared list", () => {
  const text =
    REPORT_HEAD +
    "今后五年，我们将加快建设工业强区、生态名区、文旅旺区、开放活区。\n\n坚持全面从严治党，驰而不息纠正“四风”。\n";
  const fw = frameworkOf(text);
  assert.ok(fw);
  assert.notEqual(fw.name, "四风");
  assert.deepEqual(
    fw.goals.map((g) => g.name),
    ["工业强区", "生态名区", "文旅旺区", "开放活区"],
  );
});

test("a label of several counts whose members are goals (高地, 枢纽) in a special page's editor's note names the framework", () => {
  const text = `枫城晚报 | 2027年2月3日 星期三 | 第06版:园区新春话发展

编者按:省委全会提出,全力打造“两地一中心”,即绿色能源高地、数字产业高地和区域金融中心。本报推出专版,请园区负责同志谈新年打算。

枫城高新区:做强数字产业

本报记者 何小舟

高新区管委会主任陆一鸣表示,今年高新区将在打造数字产业高地中新建算力中心1个。

枫城新区:构建“一港两城”格局

本报记者 何小舟

枫城新区管委会主任季长青说,新区将构建“一港两城”格局,即临空港、会展城和创智城。
`;
  const fw = frameworkOf(text, 2027);
  assert.ok(fw);
  assert.equal(fw.name, "两地一中心");
  assert.deepEqual(
    fw.goals.map((g) => g.name),
    ["绿色能源高地", "数字产业高地", "区域金融中心"],
  );
});

test("a layout of several counts whose members are places stays a strategy, not the framework", () => {
  const text = `枫城晚报 | 2027年2月3日 星期三 | 第06版:园区新春话发展

编者按:本报推出专版,请园区负责同志谈新年打算。今年全市构建“一港两城”格局,即临空港、会展城和创智城。
`;
  assert.equal(frameworkOf(text, 2027), null);
});

test("campaigns declared with 打好 under a heading that counts them are the framework (“三大攻坚战”)", () => {
  const text = `在全县重点工作推进大会上的讲话

枫溪县委书记 邵明川

一、认清形势，增强抓落实的紧迫感

同志们，今年是关键之年。

二、聚焦重点，坚决打好“三大攻坚战”

今年，全县安排重点工作86项，各乡镇各部门要对标对表、压实责任，我们要集中精力打好乡村振兴攻坚战、生态环境攻坚战、营商环境攻坚战。

在乡村振兴攻坚战中，县农业农村局要新建高标准农田1万亩。
`;
  const fw = frameworkOf(text, 2023);
  assert.ok(fw);
  assert.equal(fw.name, "三大攻坚战");
  assert.deepEqual(
    fw.goals.map((g) => [g.name, g.aliases]),
    [
      ["乡村振兴攻坚战", ["乡村振兴", "乡村振兴攻坚"]],
      ["生态环境攻坚战", ["生态环境", "生态环境攻坚"]],
      ["营商环境攻坚战", ["营商环境", "营商环境攻坚"]],
    ],
  );
});

test("aliasesOf: a campaign (X攻坚战) is named again without 战", () => {
  assert.deepEqual(aliasesOf("水网工程攻坚战", "工程攻坚战"), ["水网工程攻坚"]);
});

test("a live text's timestamps and photo credits hand the text to no one: the report's list is the framework", () => {
  const text =
    "桐湾网　首页 | 时政 | 区县 | 民生\n当前位置：首页 > 专题 > 2024桐湾两会 > 图文直播\n\n【图文直播】奋楫扬帆——市九届人大二次会议开幕\n\n发布时间：2024-01-12 08:30　来源：桐湾网\n↻ 手动刷新　|　自动刷新：30秒\n\n直播主持：桐湾网记者 华云\n\n【置顶】市长白立新作政府工作报告：今年全市地区生产总值预期增长6%左右。\n\n08:30\n各位网友早上好！欢迎收看桐湾网图文直播。\n\n09:08\n市长白立新代表市人民政府向大会作政府工作报告。\n[图片] 图为市长白立新作政府工作报告。（桐湾网记者 华云 摄）\n\n09:33\n【重点工作】报告提出，今年将聚焦建设“三个中心”——科技创新中心、航运物流中心、消费服务中心，推动全市发展。\n\n10:40\n【代表声音】市人大代表、桐北区区长鲁正说，今年桐北区将加快建设航运物流中心，新建码头泊位3个。\n";
  assert.equal(frameworkOf(text, 2024)?.name, "三个中心");
});
