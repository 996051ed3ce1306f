// The indexed lookup must answer exactly as testing every stretch in the order
// found would: the first stretch holding the offset, overlaps included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { firstStartingAt, indexOtherBodies, otherBodyAt, type OtherBodySpan } from "./other-bodies.ts";

function plainAt(spans: readonly OtherBodySpan[], at: number): string | null {
  for (const s of spans) if (s.start <= at && at < s.end) return s.unit;
  return null;
}

test("otherBodyAt answers as a scan of every stretch in the order found, on random overlapping stretches", () => {
  // A fixed linear congruential sequence: the engine's tests import nothing outside the engine.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 200; round++) {
    const spans: OtherBodySpan[] = [];
    const count = Math.floor(next() * 12);
    for (let i = 0; i < count; i++) {
      const start = Math.floor(next() * 300);
      spans.push({ start, end: start + 1 + Math.floor(next() * 60), unit: `body${i}` });
    }
    const index = indexOtherBodies(spans);
    for (let at = -5; at < 380; at++)
      assert.equal(otherBodyAt(index, at), plainAt(spans, at), `round ${round}, at ${at}`);
  }
});

test("firstStartingAt finds the first stretch, by start, at or after an offset", () => {
  const spans: OtherBodySpan[] = [
    { start: 50, end: 60, unit: "a" },
    { start: 10, end: 20, unit: "b" },
    { start: 10, end: 15, unit: "c" },
  ];
  const index = indexOtherBodies(spans);
  assert.deepEqual(index.byStart, [1, 2, 0]);
  assert.equal(firstStartingAt(index, 0), 0);
  assert.equal(firstStartingAt(index, 11), 2);
  assert.equal(firstStartingAt(index, 61), 3);
  assert.equal(otherBodyAt(index, 12), "b");
});
