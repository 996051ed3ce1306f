import { test } from "node:test";
import assert from "node:assert/strict";
import { isBareChineseDigit, parseNumeral } from "./numerals.ts";

test("Arabic numerals, with decimals and folded thousands separators", () => {
  assert.equal(parseNumeral("37"), 37);
  assert.equal(parseNumeral("912.75"), 912.75);
  assert.equal(parseNumeral("3，450"), 3450);
  assert.equal(parseNumeral("12，000，500"), 12000500);
});

test("Chinese numerals: tens, hundreds, thousands and the colloquial 两", () => {
  assert.equal(parseNumeral("十"), 10);
  assert.equal(parseNumeral("十六"), 16);
  assert.equal(parseNumeral("七十"), 70);
  assert.equal(parseNumeral("三百零八"), 308);
  assert.equal(parseNumeral("一百二十"), 120);
  assert.equal(parseNumeral("两千"), 2000);
  assert.equal(parseNumeral("两百五十"), 250);
});

test("positional Chinese digits read digit by digit", () => {
  assert.equal(parseNumeral("二〇三〇"), 2030);
  assert.equal(parseNumeral("九"), 9);
});

test("not a numeral", () => {
  assert.equal(parseNumeral("零"), null);
  assert.equal(parseNumeral("三万"), null);
  assert.equal(parseNumeral("abc"), null);
});

test("a single Chinese digit is told apart", () => {
  assert.equal(isBareChineseDigit("两"), true);
  assert.equal(isBareChineseDigit("十二"), false);
  assert.equal(isBareChineseDigit("8"), false);
});
