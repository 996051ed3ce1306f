import { test } from "node:test";
import assert from "node:assert/strict";
import { verdictOf } from "./verdict.ts";

const today = "2026-07-01";

test("V2: derived from status while the deadline has not passed", () => {
  assert.deepEqual(verdictOf("done", "2026-12-31", null, today), {
    verdict: "kept",
    since: null,
    source: "status",
  });
  assert.equal(verdictOf("on_track", "2026-12-31", null, today).verdict, "in_progress");
  assert.equal(verdictOf("behind", null, null, today).verdict, "in_progress");
  assert.equal(verdictOf("not_started", null, null, today).verdict, "not_rated");
  // done after the deadline is still kept
  assert.equal(verdictOf("done", "2026-01-01", null, today).verdict, "kept");
});

test("V3: past the deadline and unmet is broken, from the deadline", () => {
  assert.deepEqual(verdictOf("overdue", "2026-06-30", null, today), {
    verdict: "broken",
    since: "2026-06-30",
    source: "deadline",
  });
});

test("V1: a recorded verdict stands, unless the deadline lapsed after it", () => {
  const stalled = { verdict: "stalled" as const, on: "2026-05-01", reason: "land not released" };
  assert.deepEqual(verdictOf("behind", "2026-12-31", stalled, today), {
    verdict: "stalled",
    since: "2026-05-01",
    source: "recorded",
  });
  // recorded before a deadline that then passed: broken again
  assert.equal(verdictOf("overdue", "2026-06-01", stalled, today).verdict, "broken");
  // recorded after the deadline: the supervisor said otherwise, with a reason
  const later = { verdict: "in_progress" as const, on: "2026-06-15", reason: "extension agreed by the city" };
  assert.deepEqual(verdictOf("overdue", "2026-06-01", later, today), {
    verdict: "in_progress",
    since: "2026-06-15",
    source: "recorded",
  });
});
