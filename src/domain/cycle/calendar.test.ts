import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addDays,
  dueOn,
  isLate,
  lateAfter,
  obligations,
  periodOf,
  periodsBetween,
  periodStart,
  refuseFuturePeriod,
  type Calendar,
} from "./calendar.ts";

const quarterly: Calendar = { frequency: "quarterly", dueDay: 25, graceDays: 5 };
const monthly: Calendar = { frequency: "monthly", dueDay: 31, graceDays: 0 };

test("periods: start, the period of a day, ranges across a year end", () => {
  assert.equal(periodStart("2026Q3"), "2026-07-01");
  assert.equal(periodStart("2026-02"), "2026-02-01");
  assert.equal(periodStart("2026H2"), "2026-07-01");
  assert.equal(periodStart("nonsense"), null);
  assert.equal(periodOf("2026-08-15", "quarterly"), "2026Q3");
  assert.equal(periodOf("2026-08-15", "monthly"), "2026-08");
  assert.deepEqual(periodsBetween("2025-11-20", "2026-02-01", "monthly"), [
    "2025-11",
    "2025-12",
    "2026-01",
    "2026-02",
  ]);
  assert.deepEqual(periodsBetween("2025-12-31", "2026-04-01", "quarterly"), ["2025Q4", "2026Q1", "2026Q2"]);
  assert.deepEqual(periodsBetween("2026-05-01", "2026-04-01", "quarterly"), []);
});

test("K2/K3: due day in the period's last month, clamped; late after the grace days", () => {
  assert.equal(dueOn("2026Q1", quarterly), "2026-03-25");
  assert.equal(dueOn("2026-02", monthly), "2026-02-28");
  assert.equal(dueOn("2028-02", monthly), "2028-02-29");
  assert.equal(lateAfter("2026Q1", quarterly), "2026-03-30");
  assert.equal(lateAfter("2026Q4", { ...quarterly, graceDays: 10 }), "2027-01-04");
  assert.equal(isLate("2026Q1", "2026-03-30", quarterly), false);
  assert.equal(isLate("2026Q1", "2026-03-31", quarterly), true);
  assert.equal(addDays("2026-12-30", 3), "2027-01-02");
});

test("K4: a period that has not started is refused, with its start date", () => {
  assert.equal(refuseFuturePeriod("2026Q3", "2026-07-01"), null);
  assert.equal(refuseFuturePeriod("2026Q2", "2026-07-01"), null);
  assert.equal(
    refuseFuturePeriod("2030Q1", "2026-07-01"),
    "period 2030Q1 has not started (it starts on 2030-01-01); report it from then",
  );
  assert.match(refuseFuturePeriod("2026-08", "2026-07-31") ?? "", /2026-08-01/);
});

test("K5/K6: who owes which report, worked out by hand", () => {
  // Cycle starts 2026-01-10; today 2026-07-12. Unit 1 quarterly (due 25th, 5
  // grace days), unit 2 monthly from 2026-05 would be too long: unit 2 keeps
  // the plan calendar but item 3 is done and item 4 has no unit.
  const items = [
    { commitmentId: 1, unitId: 1, done: false },
    { commitmentId: 2, unitId: 1, done: false },
    { commitmentId: 3, unitId: 2, done: true },
    { commitmentId: 4, unitId: null, done: false },
  ];
  const reports = [
    { commitmentId: 1, period: "2026Q1", reportedOn: "2026-03-20" }, // on time
    { commitmentId: 1, period: "2026Q2", reportedOn: "2026-07-02" }, // after 06-30: late
    { commitmentId: 2, period: "2026Q1", reportedOn: "2026-03-30" }, // last on-time day
    { commitmentId: 3, period: "2026Q2", reportedOn: "2026-07-01" }, // done item: what it filed counts
  ];
  const got = obligations(items, reports, () => quarterly, "2026-01-10", "2026-07-12");
  const brief = got.map((o) => [o.commitmentId, o.period, o.state, o.daysOverdue]);
  assert.deepEqual(brief, [
    [1, "2026Q1", "reported", 0],
    [1, "2026Q2", "reported_late", 0],
    [1, "2026Q3", "open", 0],
    [2, "2026Q1", "reported", 0],
    // due 06-25, late after 06-30; 07-12 is 12 days past
    [2, "2026Q2", "overdue", 12],
    [2, "2026Q3", "open", 0],
    [3, "2026Q2", "reported_late", 0],
  ]);
  // On 2026-09-27 item 2's Q3 report is due (within the grace days).
  const q3 = obligations(items.slice(1, 2), [], () => quarterly, "2026-07-01", "2026-09-27");
  assert.deepEqual(
    q3.map((o) => o.state),
    ["due"],
  );
});

test("K1: a unit's own calendar overrides the plan's", () => {
  const items = [
    { commitmentId: 1, unitId: 1, done: false },
    { commitmentId: 2, unitId: 2, done: false },
  ];
  const cal = (u: number) => (u === 2 ? monthly : quarterly);
  const got = obligations(items, [], cal, "2026-04-01", "2026-05-31");
  assert.deepEqual(
    got.map((o) => [o.commitmentId, o.period, o.dueOn, o.state]),
    [
      [1, "2026Q2", "2026-06-25", "open"],
      [2, "2026-04", "2026-04-30", "overdue"],
      [2, "2026-05", "2026-05-31", "due"],
    ],
  );
});
