import { test } from "node:test";
import assert from "node:assert/strict";
import { CharFinder, quotedLabels, quotesSideBySide } from "./scan.ts";

/** The labels as the expression the scan replaces finds them. */
function byExpression(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(/[“‘]([^“”‘’]{2,40})[”’]/g))
    out.push(start + m.index + 1, start + m.index + 1 + m[1]!.length);
  return out;
}

test("a character is found in the stretches that hold it, asked in order or not", () => {
  const text = "甲乙大丙。丁戊。大大己。庚";
  const big = new CharFinder(text, "大");
  assert.equal(big.within(0, 5), true);
  assert.equal(big.within(5, 8), false);
  assert.equal(big.within(8, 12), true);
  assert.equal(big.within(12, 13), false);
  // Asked again from an earlier place.
  assert.equal(big.within(0, 2), false);
  assert.equal(big.within(2, 3), true);
  assert.equal(new CharFinder(text, "无").within(0, text.length), false);
});

test("quoted labels are the quotations of 2 to 40 characters without a mark inside", () => {
  const cases = [
    "实施“三大战略”，打造‘一核两翼’格局。",
    "坚持“强工、兴农、活商”“一业一策”。",
    "“甲”不算，“乙丙”算，“丁“戊己”嵌套，‘庚辛’”。",
    `长句“${"长".repeat(40)}”与“${"长".repeat(41)}”。`,
    "未闭合“甲乙丙，另有”丁戊”。",
    "“”空的，“甲乙”",
  ];
  for (const text of cases) {
    assert.deepEqual(quotedLabels(text, 0, text.length), byExpression(text, 0, text.length), text);
    // Within a stretch, a quotation that runs past its end is not one.
    assert.deepEqual(quotedLabels(text, 2, text.length - 3), byExpression(text, 2, text.length - 3), text);
  }
  assert.deepEqual(quotedLabels("实施“三大战略”。", 0, 9), [3, 7]);
});

test("quotations side by side are ”“, ’‘ or ”、“ wholly within the stretch", () => {
  const cases = [
    "打响“甲乙”“丙丁”两张名片",
    "‘甲乙’‘丙丁’",
    "“甲乙”、“丙丁”",
    "“甲乙”和“丙丁”",
    "“甲’‘乙”",
    "“甲乙”、",
    "无引号",
  ];
  for (const text of cases) {
    const expected = text.includes("”“") || text.includes("’‘") || text.includes("”、“");
    assert.equal(quotesSideBySide(text, 0, text.length), expected, text);
    // Cut one character short, the pair at the end may fall outside.
    const short = text.slice(0, -1);
    const cut = short.includes("”“") || short.includes("’‘") || short.includes("”、“");
    assert.equal(quotesSideBySide(text, 0, text.length - 1), cut, short);
  }
});
