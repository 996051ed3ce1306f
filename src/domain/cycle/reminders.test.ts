import { test } from "node:test";
import assert from "node:assert/strict";
import { stageOf, unitReminders } from "./reminders.ts";
import type { Obligation } from "./calendar.ts";

const o = (over: Partial<Obligation>): Obligation => ({
  commitmentId: 1,
  unitId: 1,
  period: "2026Q3",
  dueOn: "2026-09-25",
  lateAfter: "2026-09-30",
  state: "open",
  daysOverdue: 0,
  ...over,
});

test("R1–R3: the stage of a reminder on a day", () => {
  assert.equal(stageOf(o({}), 7, "2026-09-17"), null); // 8 days ahead
  assert.equal(stageOf(o({}), 7, "2026-09-18"), "before"); // 7 days ahead
  assert.equal(stageOf(o({ state: "due" }), 7, "2026-09-25"), "at");
  assert.equal(stageOf(o({ state: "overdue", daysOverdue: 1 }), 7, "2026-10-01"), "after");
  assert.equal(stageOf(o({ state: "reported" }), 7, "2026-09-20"), null);
  assert.equal(stageOf(o({ state: "reported_late" }), 7, "2026-10-20"), null);
});

test("one reminder per unit, period and stage, listing its items", () => {
  const got = unitReminders(
    [
      o({
        commitmentId: 1,
        state: "overdue",
        period: "2026Q2",
        dueOn: "2026-06-25",
        lateAfter: "2026-06-30",
      }),
      o({
        commitmentId: 2,
        state: "overdue",
        period: "2026Q2",
        dueOn: "2026-06-25",
        lateAfter: "2026-06-30",
      }),
      o({ commitmentId: 1 }),
      o({ commitmentId: 3, unitId: 2 }),
      o({ commitmentId: 4, unitId: 2, state: "reported" }),
    ],
    7,
    "2026-09-20",
  );
  assert.deepEqual(
    got.map((r) => [r.unitId, r.period, r.stage, r.commitmentIds]),
    [
      [1, "2026Q2", "after", [1, 2]],
      [1, "2026Q3", "before", [1]],
      [2, "2026Q3", "before", [3]],
    ],
  );
});
