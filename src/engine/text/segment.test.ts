import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "./normalize.ts";
import { clauses, isHeadingLine, paragraphs, sentences, type Piece } from "./segment.ts";

function sentencesOf(raw: string) {
  const text = foldText(raw);
  return paragraphs(text).flatMap((p) => sentences(text, p));
}

function clausesOf(raw: string): string[] {
  const text = foldText(raw);
  return sentencesOf(raw).flatMap((s) => clauses(text, s).map((c) => c.text));
}

function assertPieces(text: string, pieces: Piece[]): void {
  for (const p of pieces) assert.equal(text.slice(p.start, p.end), p.text);
}

test("paragraphs are the non-blank lines, trimmed, with offsets into the text", () => {
  const text = "  标题一行  \n\n\n第二段。\n   \n第三段";
  const paras = paragraphs(text);
  assert.deepEqual(
    paras.map((p) => [p.index, p.text]),
    [
      [0, "标题一行"],
      [1, "第二段。"],
      [2, "第三段"],
    ],
  );
  assertPieces(text, paras);
  assert.deepEqual(paragraphs(""), []);
  assert.deepEqual(paragraphs("\n \n"), []);
});

test("sentences end at 。！？… and keep a closing quote that follows", () => {
  assert.deepEqual(
    sentencesOf("石湖区将新建学校3所。要干好吗？一定要！大家都赞同……下一句").map((s) => s.text),
    ["石湖区将新建学校3所。", "要干好吗？", "一定要！", "大家都赞同……", "下一句"],
  );
  const quoted = sentencesOf("“今年要大干一场。”朱明远说。");
  assert.deepEqual(
    quoted.map((s) => [s.text, s.quoted]),
    [
      ["“今年要大干一场。”", true],
      ["朱明远说。", false],
    ],
  );
});

test("a 。 inside a quotation ends a sentence, and the sentences after it are marked quoted", () => {
  const text = foldText("他说：“今年是关键之年。我们要新建学校3所，改造道路5条。”大家都赞同。");
  const found = sentencesOf(text);
  assert.deepEqual(
    found.map((s) => [s.text, s.quoted]),
    [
      ["他说：“今年是关键之年。", false],
      ["我们要新建学校3所，改造道路5条。”", true],
      ["大家都赞同。", false],
    ],
  );
  assertPieces(text, found);
});

test("sentences carry the index of their paragraph", () => {
  const found = sentencesOf("第一段第一句。第一段第二句。\n第二段。");
  assert.deepEqual(
    found.map((s) => s.paragraph),
    [0, 0, 1],
  );
});

test("clauses split at ， ； and ：, with their punctuation", () => {
  assert.deepEqual(clausesOf("今年，全区将新建学校3所；改造道路5条：打通断头路2条。"), [
    "今年，",
    "全区将新建学校3所；",
    "改造道路5条：",
    "打通断头路2条。",
  ]);
});

test("a short quoted list and a bracket are kept whole", () => {
  assert.deepEqual(clausesOf("石湖区将坚持“抓招商，抓项目，抓服务”，推动发展。"), [
    "石湖区将坚持“抓招商，抓项目，抓服务”，",
    "推动发展。",
  ]);
  assert.deepEqual(clausesOf("构建“一核两带”格局（含滨湖片区，老城片区），推动发展。"), [
    "构建“一核两带”格局（含滨湖片区，老城片区），",
    "推动发展。",
  ]);
});

test("a long quotation is split like any text", () => {
  const long =
    "欧阳晓峰说：“我们要当好全市发展的‘排头兵’，在建设开放之城中走在前列，在建设生态之城中作出示范，在建设科创之城中勇挑重担，为全市大局多作贡献”。";
  const found = clausesOf(long);
  assert.ok(found.length >= 6, `expected the quotation split, got ${JSON.stringify(found)}`);
  assert.equal(found[2], "在建设开放之城中走在前列，");
  assert.equal(found.join(""), foldText(long));
});

test("a quotation holding a sentence end is not kept whole", () => {
  const text = foldText("他说“今年开局。要干好，要干实”。");
  const sentence: Piece = { start: 0, end: text.length, text };
  assert.deepEqual(
    clauses(text, sentence).map((c) => c.text),
    ["他说“今年开局。要干好，", "要干实”。"],
  );
});

test("custom separators split only where asked", () => {
  const text = "新建学校3所，改造道路5条；打通断头路2条";
  const whole: Piece = { start: 0, end: text.length, text };
  assert.deepEqual(
    clauses(text, whole, /[；]/).map((c) => c.text),
    ["新建学校3所，改造道路5条；", "打通断头路2条"],
  );
});

test("a numbered heading line may close with a 。 when it stands alone and is short", () => {
  assert.equal(isHeadingLine("（一）坚持产业立区，做强实体经济根基"), true);
  assert.equal(isHeadingLine("（一）围绕建设工业强县，狠抓项目建设和产业升级。"), true);
  // A paragraph that goes on after its first sentence is a topic sentence with its measures.
  assert.equal(isHeadingLine("（五）坚持民生优先，办好群众关心的实事。全年新增就业六千人。"), false);
  assert.equal(
    isHeadingLine("（二）全面深化改革，扎实推进行政审批制度、投融资体制和国有企业改革，激发市场活力。"),
    false,
  );
  assert.equal(isHeadingLine("坚持产业立区，做强实体经济根基。"), false);
});

test("an agreement's or a regulation's article (第三条 合作内容) is a heading", () => {
  assert.equal(isHeadingLine("第三条 合作内容（2021—2025年）"), true);
  assert.equal(isHeadingLine("第十二条 附则"), true);
  assert.equal(isHeadingLine("第三条款项已拨付到位，乙方负责审核。资金按季度拨付。"), false);
});
