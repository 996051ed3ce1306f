// Properties of the whole pipeline on arbitrary input: it never throws, and
// every span it reports lies inside the text it was given.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { extract } from "./index.ts";
import type { Extraction, FrameworkInput, Span } from "./types.ts";

const RUNS = 150;

/** Pieces of plan documents: posts, names, verbs, labels, figures and punctuation. */
const FRAGMENTS = [
  "市党代会代表，",
  "云澜新区党工委书记、管委会主任，",
  "青溪区委副书记、区长",
  "市委副书记、市长",
  "区委书记",
  "市发展改革委主任",
  "石湖区人民政府区长 ",
  "石湖区人民政府工作报告",
  "——访石溪县委书记",
  "欧阳晓峰",
  "朱明远",
  "邓卓",
  "说",
  "表示，",
  "记者：",
  "朱明远：",
  "一、过去一年工作回顾",
  "二、今年重点工作",
  "一是实施",
  "二是",
  "今年",
  "去年",
  "到2027年",
  "今后五年",
  "全区将",
  "我们要",
  "加快建设",
  "新建",
  "引进",
  "打造",
  "在建设开放之城中",
  "围绕建设科创之城",
  "为人文之城建设提供",
  "科创之城、智造之城、开放之城",
  "“五城”",
  "“一城两区三带”",
  "，即",
  "就是",
  "“强存量、扩增量、建核心”",
  "“1123”",
  "实现“五个率先”",
  "以滨湖商务区为“一核”",
  "标准厂房",
  "数字化车间",
  "4个",
  "650亿元",
  "突破",
  "增长6.5%",
  "以上",
  "左右",
  "让群众更满意",
  "“",
  "”",
  "‘",
  "’",
  '"',
  "，",
  "、",
  "；",
  "：",
  "。",
  "！",
  "？",
  "（",
  "）",
  "…",
  "\n",
  "\n\n",
  " ",
  "\u3000",
  "0",
  "7",
  "１２",
  "十",
  "两",
  "\ufeff",
  "\ud83d\ude00",
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  // Any code point, astral planes included (fast-check 4's form of fullUnicodeString).
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 80 }),
  fragmentText,
);

const GOALS: FrameworkInput = {
  name: "五城",
  goals: [{ name: "科创之城" }, { name: "智造之城" }, { name: "开放之城" }],
};

function allSpans(e: Extraction): [string, Span][] {
  const out: [string, Span][] = [];
  if (e.framework?.span) out.push(["framework", e.framework.span]);
  for (const g of e.framework?.goals ?? []) if (g.span) out.push(["goal", g.span]);
  for (const u of e.units) out.push(["unit", u.span]);
  for (const s of e.speakers) out.push(["speaker", s.span]);
  for (const s of e.strategies) out.push(["strategy", s.span]);
  for (const c of e.commitments) {
    out.push(["commitment", c.span]);
    for (const g of c.goals) out.push(["cue", g.cue.span]);
  }
  for (const t of e.targets) out.push(["target", t.span]);
  return out;
}

function checkExtraction(text: string, e: Extraction): void {
  for (const [what, [start, end]] of allSpans(e)) {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what} span is not integral`);
    assert.ok(
      0 <= start && start <= end && end <= text.length,
      `${what} span [${start}, ${end}) out of text`,
    );
  }
  for (const c of e.commitments) assert.equal(c.text, text.slice(c.span[0], c.span[1]));
  for (const t of e.targets) {
    if (t.commitment !== null) assert.ok(t.commitment >= 0 && t.commitment < e.commitments.length);
  }
}

test("extract never throws and keeps every span inside the text", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      checkExtraction(text, extract(text));
    }),
    { numRuns: RUNS },
  );
});

test("the same holds with a given year and a supplied framework", () => {
  fc.assert(
    fc.property(anyText, fc.integer({ min: 1990, max: 2050 }), (text, year) => {
      checkExtraction(text, extract(text, { year, framework: GOALS }));
    }),
    { numRuns: RUNS },
  );
});

test("a document wrapped in arbitrary noise still yields valid spans", () => {
  const doc =
    "市党代会代表，云澜新区党工委书记、管委会主任，青溪区委副书记、区长朱明远：建设开放之城\n\n" +
    "“我们要当好开放前沿。”朱明远说。在建设开放之城中，云澜新区将加快建设内陆港，新建标准厂房20万平方米，" +
    "到2027年外贸进出口总额突破300亿元。\n";
  fc.assert(
    fc.property(anyText, anyText, (before, after) => {
      const text = before + "\n" + doc + after;
      checkExtraction(text, extract(text, { year: 2024 }));
    }),
    { numRuns: RUNS },
  );
});

test("a figure whose noun runs past the next figure still gets a span inside its clause", () => {
  const text = "外贸进出口总额达到300亿元以上的目标已经实现。全区厂房4个说5个打造代表，";
  checkExtraction(text, extract(text, { year: 2024 }));
});
