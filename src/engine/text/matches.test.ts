import { test } from "node:test";
import assert from "node:assert/strict";
import { matchesOf } from "./matches.ts";

const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  assert.deepEqual(
    matchesOf(re, text).map((m) => [m.index, ...m]),
    expected,
  );
  assert.equal(re.lastIndex, 0);
};

test("matchesOf finds what matchAll finds, groups and offsets included", () => {
  same(/[“‘]([^“”‘’]{2,40})[”’]/g, "实施“强省会”战略，推进‘两区’建设，“一”");
  same(/\d+|[一二两三四五六七八九十双]+/g, "一城两区3带12");
  same(/x*/g, "axxb");
  same(/无/g, "没有");
});

test("matchesOf starts from the beginning whatever the expression's lastIndex", () => {
  const re = /区/g;
  re.lastIndex = 3;
  assert.deepEqual(
    matchesOf(re, "石湖区和沙区").map((m) => m.index),
    [2, 5],
  );
});
