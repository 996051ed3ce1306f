import { test } from "node:test";
import assert from "node:assert/strict";
import { CharPositions, TextIndex } from "./text-index.ts";

test("first: the first position at or after an offset, looked up forwards and back", () => {
  const text = "年a年bb年ccc年";
  const p = new CharPositions(text, "年");
  assert.deepEqual(p.list, [0, 2, 5, 9]);
  const want = (from: number) => {
    const k = p.list.findIndex((at) => at >= from);
    return k === -1 ? p.list.length : k;
  };
  for (const from of [0, 1, 3, 9, 10, 4, 0, 6, 2, 12, 5, 1])
    assert.equal(p.first(from), want(from), `from ${from}`);
});

test("a text index finds each character's positions once", () => {
  const index = new TextIndex("今年和明年");
  assert.equal(index.positions("年"), index.positions("年"));
  assert.deepEqual(index.positions("年").list, [1, 4]);
  assert.deepEqual(index.positions("后").list, []);
});
