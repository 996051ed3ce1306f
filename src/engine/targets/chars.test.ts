import { test } from "node:test";
import assert from "node:assert/strict";
import { CharSet } from "./chars.ts";

test("a CharSet holds exactly its characters, across the range its table covers", () => {
  const set = new CharSet("0一，");
  for (const ch of "0一，") assert.equal(set.has(ch.charCodeAt(0)), true, ch);
  // Inside the range between its lowest and highest code, outside it on both sides.
  for (const ch of "1/a中丁。；\n") assert.equal(set.has(ch.charCodeAt(0)), false, ch);
  assert.equal(set.has(0xffff), false);
  assert.equal(set.has(0), false);
});

test("a code read past the text (NaN) is in no set, and an empty set holds nothing", () => {
  const text = "一二";
  for (const set of [new CharSet("一"), new CharSet(""), new CharSet("\u0000")]) {
    assert.equal(set.has(text.charCodeAt(5)), false);
    assert.equal(set.has(text.charCodeAt(-1)), false);
  }
  assert.equal(new CharSet("").has(0), false);
  assert.equal(new CharSet("").firstIn("abc", 0, 3), 3);
});

test("firstIn and at find the set's characters where the text has them", () => {
  const set = new CharSet("年月");
  assert.equal(set.firstIn("2024年3月", 0, 7), 4);
  assert.equal(set.firstIn("2024年3月", 5, 7), 6);
  assert.equal(set.firstIn("2024年3月", 5, 6), 6);
  assert.equal(set.at("2024年", 4), true);
  assert.equal(set.at("2024年", 4, 4), false);
  assert.equal(set.at("2024年", -1), false);
});
