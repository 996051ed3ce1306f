import { test } from "node:test";
import assert from "node:assert/strict";
import { countValue, countsIn } from "./numerals.ts";

test("countValue reads small count words", () => {
  const cases: [string, number][] = [
    ["一", 1],
    ["二", 2],
    ["两", 2],
    ["双", 2],
    ["七", 7],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["三十五", 35],
    ["12", 12],
    ["0", 0],
  ];
  for (const [word, value] of cases) assert.equal(countValue(word), value, word);
});

test("countValue returns null for what is no count", () => {
  for (const word of ["", "大", "七大", "百", "十十", "两三"]) assert.equal(countValue(word), null, word);
});

test("countsIn lists the counts of a label in order", () => {
  assert.deepEqual(countsIn("一城两区三带"), [1, 2, 3]);
  assert.deepEqual(countsIn("七大都市"), [7]);
  assert.deepEqual(countsIn("四个区"), [4]);
  assert.deepEqual(countsIn("五区五高地"), [5, 5]);
  assert.deepEqual(countsIn("双核驱动"), [2]);
  assert.deepEqual(countsIn("4+4"), [4, 4]);
  assert.deepEqual(countsIn("十二个重点产业链"), [12]);
  assert.deepEqual(countsIn("科创之城"), []);
});
