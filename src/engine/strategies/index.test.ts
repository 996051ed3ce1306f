import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { detectFramework } from "../framework/detect.ts";
import { extractStrategies } from "./index.ts";
import { extract } from "../extract.ts";

function strategiesOf(text: string, year = 2024) {
  const { doc, author } = buildDocument(text, { year });
  const framework = detectFramework(doc, author);
  return extractStrategies(doc, framework).map((s) => ({
    unit: s.unit,
    label: s.label,
    parts: s.parts,
    evidence: text.slice(...s.span),
  }));
}

/** A round-up whose first speaker says `speech`; a second speaker closes the first one's section. */
const ROUNDUP = (speech: string) => `代表畅谈新发展

共绘发展蓝图

本报记者 林小满

全力建设“三个强市”——制造强市、开放强市、生态强市，市第九次党代会报告描绘了今后五年的宏伟蓝图，与会代表结合各自实际畅谈体会。

市党代会代表、石湖区委书记欧阳晓峰：做强先进制造

${speech}

市党代会代表、青溪县委书记邓卓：走好绿色发展路

邓卓说，青溪县将新建高标准农田5万亩，推进青溪流域综合治理，发展精品民宿。
`;

const labels = (found: { unit: string | null; label: string }[]) => found.map((s) => `${s.unit}:${s.label}`);

test("a quoted numbered label is the speaker's strategy", () => {
  const found = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将深入实施“1235”发展战略，推进老工业区改造，引进链主企业10家。"),
  );
  assert.deepEqual(found, [{ unit: "石湖区", label: "1235", parts: [], evidence: "1235" }]);
});

test("a quoted enumeration is a strategy whose parts are its members", () => {
  const found = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将始终坚持“抓招商、抓项目、抓服务”，推进老工业区改造。"),
  );
  assert.deepEqual(found, [
    {
      unit: "石湖区",
      label: "抓招商、抓项目、抓服务",
      parts: ["抓招商", "抓项目", "抓服务"],
      evidence: "抓招商、抓项目、抓服务",
    },
  ]);
});

test("a counted label before 活动 is the unit's own when it lists the members after 即", () => {
  const found = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将开展“两争两创”活动，即争先进创一流、争上游创佳绩。"),
  );
  assert.deepEqual(labels(found), ["石湖区:两争两创"]);
  assert.deepEqual(found[0]!.parts, ["争先进创一流", "争上游创佳绩"]);
  // Without its members, a campaign named before 活动 is not taken for the unit's programme.
  assert.deepEqual(labels(strategiesOf(ROUNDUP("欧阳晓峰说，石湖区将开展“两争两创”活动。"))), []);
});

test("parts enumerated before the label", () => {
  const quoted = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将全力构建‘光芯引领、双核驱动、三园支撑’的“123”产业格局，推进老工业区改造。"),
  );
  assert.deepEqual(labels(quoted), ["石湖区:123"]);
  assert.deepEqual(quoted[0]!.parts, ["光芯引领", "双核驱动", "三园支撑"]);
  const unquoted = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将加快推进产业转型。全力推动光芯谷、生物医药谷、智能装备园“两谷一园”建设，推进老工业区改造。",
    ),
  );
  assert.deepEqual(unquoted[0]!.parts, ["光芯谷", "生物医药谷", "智能装备园"]);
});

test("parts before the label, after a subject and its verb", () => {
  const found = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将全力推动光芯谷、生物医药谷、智能装备园“两谷一园”建设，推进老工业区改造。"),
  );
  assert.deepEqual(found[0]?.parts, ["光芯谷", "生物医药谷", "智能装备园"]);
});

test("parts listed after the label with 即", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将全力建设“两谷一园”，即光芯谷、生物医药谷和智能装备产业园，为制造强市建设提供主阵地。",
    ),
  );
  assert.deepEqual(found, [
    {
      unit: "石湖区",
      label: "两谷一园",
      parts: ["光芯谷", "生物医药谷", "智能装备产业园"],
      evidence: "两谷一园",
    },
  ]);
});

test("a counted label takes as many parts as it counts, each with its head word", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将全力推进“五区”建设，着力打造科技创新策源区；加快建设先进制造集聚区；积极打造现代物流枢纽区；统筹推进城乡融合示范区建设，全面创建营商环境标杆区，推进老工业区改造。",
    ),
  );
  assert.deepEqual(labels(found), ["石湖区:五区"]);
  assert.deepEqual(found[0]!.parts, [
    "科技创新策源区",
    "先进制造集聚区",
    "现代物流枢纽区",
    "城乡融合示范区",
    "营商环境标杆区",
  ]);
  const three = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将全力推进“三区”建设，打造科技创新策源区、先进制造集聚区和现代物流枢纽区。"),
  );
  assert.deepEqual(three[0]!.parts, ["科技创新策源区", "先进制造集聚区", "现代物流枢纽区"]);
});

test("a numbered programme written without quotes (四大主导产业)", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将做强四大主导产业，发展光电信息产业、做强新材料产业、壮大生物医药产业、发展现代物流产业。",
    ),
  );
  assert.deepEqual(found, [
    {
      unit: "石湖区",
      label: "四大主导产业",
      parts: ["光电信息产业", "新材料产业", "生物医药产业", "现代物流产业"],
      evidence: "四大主导产业",
    },
  ]);
});

test("the same numbered programme in quotes", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将做强“四大主导产业”，发展光电信息产业、做强新材料产业、壮大生物医药产业、发展现代物流产业。",
    ),
  );
  assert.deepEqual(labels(found), ["石湖区:四大主导产业"]);
});

test("a layout names its places through its sub-labels (以X为“一核”)", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将构建“一核两带”空间格局：以滨湖商务区为“一核”，以沿江发展带、环山生态带为“两带”，形成协同发展态势。",
    ),
  );
  assert.deepEqual(labels(found), ["石湖区:一核两带"]);
  assert.deepEqual(found[0]!.parts, ["滨湖商务区", "沿江发展带", "环山生态带"]);
});

test("a layout whose sub-labels are defined with 就是", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将构建“一城两区三带”发展格局。“一城”，就是高标准建设滨湖新城，推进老城区有机更新；“两区”，就是石湖经济开发区和青溪工业园区；“三带”，就是统筹建设沿江文旅带、山地茶产业带和城郊果蔬带。",
    ),
  );
  const layout = found.find((s) => s.label === "一城两区三带");
  assert.deepEqual(layout?.parts, [
    "滨湖新城",
    "石湖经济开发区",
    "青溪工业园区",
    "沿江文旅带",
    "山地茶产业带",
    "城郊果蔬带",
  ]);
});

test("a sub-label explained again later names its members once", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将构建“一核两带”空间格局：以滨湖商务区为“一核”，以沿江发展带、环山生态带为“两带”，形成协同发展态势。今年，以滨湖商务区为“一核”的建设全面起势。",
    ),
  );
  assert.deepEqual(found.find((s) => s.label === "一核两带")?.parts, [
    "滨湖商务区",
    "沿江发展带",
    "环山生态带",
  ]);
});

test("a counted label's members are looked for within a few thousand characters, not to the end of a long text", () => {
  const filler = "今年，石湖区将新建学校3所，改造道路5条。".repeat(200);
  const found = strategiesOf(
    ROUNDUP(
      `欧阳晓峰说，石湖区将构建“一核两带”空间格局。${filler}以滨湖商务区为“一核”，以沿江发展带、环山生态带为“两带”。`,
    ),
  );
  assert.deepEqual(found.find((s) => s.label === "一核两带")?.parts, []);
});

test("generic policy terms are not strategies", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将深化“一网通办”改革，推进“智改数转”，实施“小升规”培育行动，引进链主企业10家。",
    ),
  );
  assert.deepEqual(found, []);
});

test("how two bodies share one leadership (‘一套班子、两块牌子’) is not a strategy", () => {
  const found = strategiesOf(
    ROUNDUP("“石湖区和滨江新区‘一套班子、两块牌子’，先进制造是我们的拿手好戏。”欧阳晓峰说。"),
  );
  assert.deepEqual(found, []);
});

test("another level's requirement, the city's system and a framework goal are not the speaker's strategies", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将在建设“开放强市”中走在前列，全面落实我市“4+4”现代产业体系部署，奋力在全市实现“三个率先”中走在前列。",
    ),
  );
  assert.deepEqual(found, []);
});

test("text that belongs to no unit has no strategy", () => {
  const text = `代表畅谈新发展

共绘发展蓝图

本报记者 林小满

市第九次党代会胜利召开，与会代表结合各自实际，畅谈贯彻落实党代会精神的思路举措，深入实施“1235”发展战略。
`;
  assert.deepEqual(strategiesOf(text), []);
});

test("the framework a district declares in its own report is also its strategy", () => {
  const text = `石湖区人民政府工作报告

——2025年1月8日在石湖区第三届人民代表大会第五次会议上

石湖区人民政府区长 邓卓

今年，我们将全力实施“三大提升行动”，即产业能级提升行动、城市品质提升行动、民生保障提升行动，推动全区经济社会持续健康发展。
`;
  const found = strategiesOf(text, 2025);
  assert.deepEqual(
    found.map((s) => [s.unit, s.label, s.parts]),
    [["石湖区", "三大提升行动", ["产业能级提升行动", "城市品质提升行动", "民生保障提升行动"]]],
  );
});

test("the members of 1+5+N are the things named, without the verbs before or the class after them", () => {
  const text =
    "青山区将加快构建“1+3+N”现代产业体系。“1”就是做大做强高端装备制造这个主导产业；“3”就是培育壮大新材料、生物医药、现代物流三个特色产业；“N”就是前瞻布局氢能、低空经济等未来产业。\n";
  const s = extract(text, { year: 2023 }).strategies.find((x) => x.label === "1+3+N");
  assert.deepEqual(s?.parts, ["高端装备制造", "新材料", "生物医药", "现代物流", "氢能", "低空经济"]);
});

test("class 12: a slogan naming the manner of work (以“…”的工作状态) is no strategy", () => {
  const found = strategiesOf(
    ROUNDUP(
      "欧阳晓峰说，石湖区将以“敢担当、善作为”的工作状态、“马上办、办就好”的作风、“等不起、慢不得”的紧迫感，深入实施“强链、延链、补链”行动，新建标准厂房10万平方米。",
    ),
  );
  assert.deepEqual(
    labels(found).filter((l) => l.startsWith("石湖区")),
    ["石湖区:强链、延链、补链"],
  );
});

test("一号工程 (the top-priority work) is a generic term, no strategy", () => {
  const found = strategiesOf(
    ROUNDUP("欧阳晓峰说，石湖区将坚持把招商引资作为“一号工程”，新建标准厂房10万平方米。"),
  );
  assert.deepEqual(
    labels(found).filter((l) => l.startsWith("石湖区")),
    [],
  );
});

// Issue 9, class 3: a Chinese-digit code after its enumeration; the digits are the counts of the parts.
const CODED = (list: string) =>
  `柳岸区2025年工作报告\n\n新的一年，全区上下要按照“${list}”的“一三二”总体思路，奋力开创新局面。\n\n落实三大发展战略，就是深入实施“工业强区、开放活区、生态美区”三大战略。\n\n打响两张城市名片，就是全力打响“山水柳岸”“柳岸好办”两张名片。\n\n在打响“山水柳岸”名片上，要办好第三届柳岸龙舟节。\n`;

test("class 3: a Chinese-digit code counts the parts of the quoted list before it, in order", () => {
  for (const list of [
    "锁定一个总体目标，落实三大发展战略，打响两张城市名片",
    "锁定一个总体目标、落实三大发展战略、打响两张城市名片",
  ]) {
    const found = strategiesOf(CODED(list));
    const code = found.find((s) => s.label === "一三二");
    assert.deepEqual(code?.parts, ["锁定一个总体目标", "落实三大发展战略", "打响两张城市名片"], list);
    // The bare count said again before its explanation names the list, not a programme of its own.
    assert.ok(!found.some((s) => s.label.startsWith("三大")), JSON.stringify(labels(found)));
  }
  // Digits that do not count the list's parts in order: no code.
  const wrong = strategiesOf(CODED("锁定一个总体目标，打响两张城市名片，落实三大发展战略"));
  assert.ok(!wrong.some((s) => s.label === "一三二"));
});

test("quoted names side by side closed by their count (“A”“B”两张名片) are a programme", () => {
  const found = strategiesOf(CODED("锁定一个总体目标，落实三大发展战略，打响两张城市名片"));
  assert.deepEqual(found.find((s) => s.label === "两张名片")?.parts, ["山水柳岸", "柳岸好办"]);
  // A count that does not match the names is no label of them.
  const none = strategiesOf("柳岸区2025年工作报告\n\n全区要全力打响“山水柳岸”“柳岸好办”三张名片。\n");
  assert.ok(!none.some((s) => s.label.includes("名片")));
});

test("quoted maxims, aspirations, a manner after 弘扬 and an activity's name are no programmes", () => {
  const found = strategiesOf(
    "柳岸市第八次党代会报告\n\n今后五年全市工作的总目标是：“争当全省高质量发展排头兵、建设区域中心城市”。我们要坚持“项目为王、实干为要”，大力弘扬“马上就办、一抓到底”的作风，全力实施“强存量、扩增量、建核心”。深入开展“担当作为、比学赶超”活动。\n",
  );
  assert.deepEqual(labels(found), ["柳岸市:强存量、扩增量、建核心"]);
});

test("a layout's sub-labels defined without quotes in the sentence after it give its parts", () => {
  const found = strategiesOf(
    "柳岸市第八次党代会报告\n\n要构建“一核两带多组团”城市格局：以柳岸主城区为核，以沿江发展带、沿湖发展带为两带，带动青溪、石湖、白渡等县域组团协同发展。\n",
  );
  assert.deepEqual(found.find((s) => s.label === "一核两带多组团")?.parts, [
    "柳岸主城区",
    "沿江发展带",
    "沿湖发展带",
    "青溪",
    "石湖",
    "白渡",
  ]);
});

test("practices adopted (推行“A、B”) and a slogan made the manner (让“A、B”成为…作风) are no programmes", () => {
  const found = strategiesOf(
    "柳岸市人民政府工作报告\n\n推行“一窗受理、集成服务”，推行“135”服务机制。让“马上就办、办就办好”成为全市政府系统的鲜明作风。\n",
  );
  assert.deepEqual(labels(found), ["柳岸市:135"]);
});

test("distributive formulas (一企一策), complaints (X难Y), outcomes (让…“A、B”) and a stated goal are no programmes", () => {
  const found = strategiesOf(
    "柳岸市人民政府工作报告\n\n对困难企业实行“一厂一策”，推行“一户一档、一事一议”，落实“一对一”帮扶。过去群众反映办事“事难办、话难听”，要让居民“出门见景、抬头见绿”。今后五年的总体目标是“总量翻番、跨入百强”。全力实施“强链、延链、补链”行动，构建“一城两区”发展格局。\n",
  );
  assert.deepEqual(labels(found), ["柳岸市:强链、延链、补链", "柳岸市:一城两区"]);
});

test("a list closed by its count (“A、B、C”三项工程, “三张名片”——A、B、C) is a programme with those parts", () => {
  const found = strategiesOf(
    "柳岸市人民政府工作报告\n\n今年实施“水净、街亮、路通”三项民生工程。坚持“强工、兴农、活商”三轮驱动。擦亮“三张名片”——山水柳岸、茶香柳岸、康养柳岸。打造“秋林、会展、哈西”商圈。\n",
  );
  // (The document's first labelled list is also its framework, so it comes first.)
  assert.deepEqual(
    found.map((s) => [s.label, s.parts]).sort(),
    [
      ["水净、街亮、路通", ["水净", "街亮", "路通"]],
      ["强工、兴农、活商", ["强工", "兴农", "活商"]],
      ["三张名片", ["山水柳岸", "茶香柳岸", "康养柳岸"]],
    ].sort(),
  );
  // A count that differs from the list's length closes nothing.
  const none = strategiesOf("柳岸市人民政府工作报告\n\n擦亮“两张名片”——山水柳岸、茶香柳岸、康养柳岸。\n");
  assert.deepEqual(none, []);
});

test("members listed after 即 lose the verb that opens each (即做强A、做大B), not a count's verb (培育壮大一批)", () => {
  const found = strategiesOf(
    "柳岸市人民政府工作报告\n\n加快构建“一园一港一城”发展格局，即做强柳岸装备产业园、做大柳岸港、做优滨江新城。深入实施“三个一批”工程，即技改提升一批、培育壮大一批、淘汰出清一批。\n",
  );
  assert.deepEqual(
    found.map((s) => s.parts),
    [
      ["柳岸装备产业园", "柳岸港", "滨江新城"],
      ["技改提升一批", "培育壮大一批", "淘汰出清一批"],
    ],
  );
});

test("a digit code explained by one member per digit (“246”机制，即2小时内响应、4天内办结、6日内回访)", () => {
  const found = strategiesOf(
    "柳岸市人民政府工作报告\n\n推行“246”服务机制，即群众诉求2小时内响应、4天内办结、6日内回访。推行“12”机制，即1个窗口受理、2天办结。\n",
  );
  assert.deepEqual(
    found.map((s) => [s.label, s.parts]),
    [
      ["246", ["2小时内响应", "4天内办结", "6日内回访"]],
      ["12", ["1个窗口受理", "2天办结"]],
    ],
  );
});

test("a counted label closing the unquoted list of its members before it is a strategy with those parts", () => {
  const found = strategiesOf(
    "柳汀区2024年工作要点\n\n全区上下要建立项目清单、问题清单、责任清单“三张清单”，挂图作战。\n",
  );
  const lists = found.find((s) => s.label === "三张清单");
  assert.deepEqual(lists?.parts, ["项目清单", "问题清单", "责任清单"]);
});
