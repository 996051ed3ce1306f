// WordPositions answers as a search of each slice would. Text invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WordPositions } from "./word-positions.ts";

const text = "青禾乡今年新建道路；大家表示，今年今年要干。代表们说；；白沙镇今";

test("indexIn gives what text.slice(start, end).indexOf(word) gives, in order and out of order", () => {
  for (const word of ["今年", "；", "们", "大家", "今", "不在"]) {
    const positions = new WordPositions(text, word);
    const spans: [number, number][] = [];
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++) spans.push([start, end]);
    // In order (as sentences come), then backwards (a lookup before the last one).
    for (const [start, end] of [...spans, ...spans.reverse()])
      assert.equal(
        positions.indexIn(start, end),
        text.slice(start, end).indexOf(word),
        `${word} ${start} ${end}`,
      );
  }
});

test("first gives the index of the first occurrence at or after an offset", () => {
  const positions = new WordPositions(text, "；");
  assert.deepEqual(positions.list, [9, 26, 27]);
  assert.equal(positions.first(0), 0);
  assert.equal(positions.first(10), 1);
  assert.equal(positions.first(27), 2);
  assert.equal(positions.first(28), 3);
  assert.equal(positions.first(9), 0);
});
