import { test } from "node:test";
import assert from "node:assert/strict";
import { itemWarning, unitWarning, type ItemFacts, type Thresholds } from "./warning.ts";

const t: Thresholds = { yellowAfterDays: 15, redReturns: 2 };
const base: ItemFacts = { status: "on_track", dueDate: "2026-12-31", obligations: [], returns: 0 };
const w = (over: Partial<ItemFacts>, today = "2026-07-20") => itemWarning({ ...base, ...over }, t, today);
const overdue = (days: number) => ({ state: "overdue" as const, daysOverdue: days });

test("warning rules, one case each", () => {
  assert.deepEqual(w({}), { level: "none", reasons: [] });
  assert.deepEqual(w({ obligations: [overdue(3)] }), { level: "blue", reasons: ["report_overdue"] });
  // 15 days is still blue; the 16th day turns it yellow
  assert.equal(w({ obligations: [overdue(15)] }).level, "blue");
  assert.deepEqual(w({ obligations: [overdue(16)] }), {
    level: "yellow",
    reasons: ["report_overdue_long", "report_overdue"],
  });
  assert.deepEqual(w({ status: "behind" }), { level: "yellow", reasons: ["behind_trajectory"] });
  assert.deepEqual(w({ returns: 1 }), { level: "none", reasons: [] });
  assert.deepEqual(w({ returns: 2 }), { level: "red", reasons: ["returned_repeatedly"] });
  assert.deepEqual(w({ status: "overdue", dueDate: "2026-06-30", obligations: [overdue(1)] }), {
    level: "red",
    reasons: ["past_deadline", "report_overdue"],
  });
  // the deadline day itself is not past it
  assert.equal(w({ dueDate: "2026-07-20" }).level, "none");
  // done wins over everything
  assert.equal(
    w({ status: "done", dueDate: "2026-01-01", returns: 5, obligations: [overdue(99)] }).level,
    "none",
  );
  // reports still open or due are not overdue
  assert.equal(w({ obligations: [{ state: "due", daysOverdue: 0 }] }).level, "none");
});

test("thresholds are the plan's", () => {
  const strict: Thresholds = { yellowAfterDays: 0, redReturns: 1 };
  assert.equal(itemWarning({ ...base, obligations: [overdue(1)] }, strict, "2026-07-20").level, "yellow");
  assert.equal(itemWarning({ ...base, returns: 1 }, strict, "2026-07-20").level, "red");
});

test("a unit takes its highest level and counts each", () => {
  assert.deepEqual(unitWarning(["none", "blue", "yellow", "blue"]), {
    level: "yellow",
    counts: { none: 1, blue: 2, yellow: 1, red: 0 },
  });
  assert.deepEqual(unitWarning([]), { level: "none", counts: { none: 0, blue: 0, yellow: 0, red: 0 } });
});
