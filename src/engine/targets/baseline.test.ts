import { test } from "node:test";
import assert from "node:assert/strict";
import { statusOf } from "./baseline.ts";

test("a past period makes a dated baseline", () => {
  assert.deepEqual(statusOf({ period: { year: 2025, tense: "past" }, present: false, intent: false }), {
    baseline: true,
    byYear: 2025,
  });
});

test("a present-state word makes an undated baseline; 今年已 keeps this year", () => {
  assert.deepEqual(statusOf({ period: null, present: true, intent: true }), { baseline: true, byYear: null });
  assert.deepEqual(statusOf({ period: { year: null, tense: "present" }, present: false, intent: true }), {
    baseline: true,
    byYear: null,
  });
  assert.deepEqual(statusOf({ period: { year: 2026, tense: "current" }, present: true, intent: true }), {
    baseline: true,
    byYear: 2026,
  });
});

test("this year's and future periods make goals due then", () => {
  assert.deepEqual(statusOf({ period: { year: 2026, tense: "current" }, present: false, intent: false }), {
    baseline: false,
    byYear: 2026,
  });
  assert.deepEqual(statusOf({ period: { year: 2030, tense: "future" }, present: false, intent: false }), {
    baseline: false,
    byYear: 2030,
  });
});

test("no period: intent makes an undated goal, a bare statement a present baseline", () => {
  assert.deepEqual(statusOf({ period: null, present: false, intent: true }), {
    baseline: false,
    byYear: null,
  });
  assert.deepEqual(statusOf({ period: null, present: false, intent: false }), {
    baseline: true,
    byYear: null,
  });
});
