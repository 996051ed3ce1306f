import { test } from "node:test";
import assert from "node:assert/strict";
import { commitmentStatus, dueDate, goalFigure, targetStatus, type TargetInput } from "./status.ts";
import { periodEnd } from "./period.ts";

const base: TargetInput = {
  comparator: ">=",
  value: 100,
  valueKind: "absolute",
  baselineValue: 0,
  baselineYear: 2021,
  dueYear: 2025,
  figure: null,
  period: null,
};
const t = (over: Partial<TargetInput>, today = "2023-06-30") => targetStatus({ ...base, ...over }, today);

test("target rules", async (s) => {
  const cases: [string, Partial<TargetInput>, string, string][] = [
    ["T4 nothing reported", {}, "not_started", "no_report"],
    ["T5 on the line", { figure: 50, period: "2023" }, "on_track", "on_trajectory"],
    ["T5 within 5% tolerance", { figure: 46, period: "2023" }, "on_track", "on_trajectory"],
    ["T5 short of the line", { figure: 30, period: "2023" }, "behind", "below_trajectory"],
    ["T1 goal met early", { figure: 120, period: "2022" }, "done", "goal_met"],
    [
      "T6 no baseline: trajectory unknown",
      { baselineValue: null, figure: 1, period: "2023" },
      "on_track",
      "no_baseline",
    ],
    ["T6 no due year", { dueYear: null, figure: 1, period: "2023" }, "on_track", "no_due_year"],
    [
      "T2 multiple: baseline × factor",
      { valueKind: "multiple", value: 4, baselineValue: 10, figure: 40, period: "2024" },
      "done",
      "goal_met",
    ],
    [
      "T2 multiple short of the line",
      { valueKind: "multiple", value: 4, baselineValue: 10, figure: 12, period: "2023Q2" },
      "behind",
      "below_trajectory",
    ],
    [
      "T2 multiple without baseline",
      { valueKind: "multiple", value: 4, baselineValue: null, figure: 400, period: "2023" },
      "on_track",
      "no_baseline",
    ],
    [
      "T1 '<=' falling target met",
      { comparator: "<=", value: 10, baselineValue: 20, figure: 9, period: "2023" },
      "done",
      "goal_met",
    ],
    [
      "T5 '<=' falling too slowly",
      { comparator: "<=", value: 10, baselineValue: 20, figure: 19, period: "2023" },
      "behind",
      "below_trajectory",
    ],
    ["T1 '~' within 5%", { comparator: "~", figure: 96, period: "2023" }, "done", "goal_met"],
    [
      "T5 growth rate held",
      { valueKind: "growth_rate", value: 6, baselineValue: null, figure: 6.5, period: "2023" },
      "on_track",
      "rate_met",
    ],
    [
      "T5 growth rate short",
      { valueKind: "growth_rate", value: 6, baselineValue: null, figure: 5, period: "2023" },
      "behind",
      "rate_short",
    ],
  ];
  for (const [name, over, status, reason] of cases) {
    await s.test(name, () => assert.deepEqual(t(over), { status, reason }));
  }
});

test("T3 deadline: overdue after the due year, done wins even when reported late", () => {
  assert.equal(t({ figure: 50, period: "2025" }, "2026-01-01").status, "overdue");
  assert.equal(t({}, "2026-01-01").status, "overdue");
  assert.equal(t({ figure: 100, period: "2026Q1" }, "2026-04-01").status, "done");
  assert.equal(t({ dueYear: null }, "2099-01-01").status, "not_started");
});

test("commitment rules", async (s) => {
  const none = { dueDate: null, reportCount: 0, complete: false, targets: [], openMilestones: [] };
  const today = "2024-06-01";
  const cases: [string, Parameters<typeof commitmentStatus>[0], string][] = [
    ["C3 no report, no deadline", none, "not_started"],
    ["C5 reported", { ...none, reportCount: 1 }, "on_track"],
    ["C1 reported complete", { ...none, reportCount: 1, complete: true, dueDate: "2020-01-01" }, "done"],
    ["C1 all targets met", { ...none, reportCount: 1, targets: [{ status: "done", reason: "" }] }, "done"],
    ["C2 past the deadline", { ...none, dueDate: "2024-05-31" }, "overdue"],
    ["C2 deadline today is not yet overdue", { ...none, dueDate: today, reportCount: 1 }, "on_track"],
    [
      "C4 a target behind",
      {
        ...none,
        reportCount: 1,
        targets: [
          { status: "behind", reason: "" },
          { status: "done", reason: "" },
        ],
      },
      "behind",
    ],
    ["C4 milestone late", { ...none, reportCount: 1, openMilestones: ["2024-01-01"] }, "behind"],
  ];
  for (const [name, input, status] of cases) {
    await s.test(name, () => assert.equal(commitmentStatus(input, today).status, status));
  }
});

test("due date and periods", () => {
  assert.equal(dueDate(null, [2025, null, 2027]), "2027-12-31");
  assert.equal(dueDate("2024-03-01", [2027]), "2024-03-01");
  assert.equal(dueDate(null, [null]), null);
  assert.equal(goalFigure({ value: 4, valueKind: "multiple", baselineValue: 2.5 }), 10);
  assert.equal(periodEnd("2024Q1"), "2024-03-31");
  assert.equal(periodEnd("2024H1"), "2024-06-30");
  assert.equal(periodEnd("2024-02"), "2024-02-29");
  assert.equal(periodEnd("2024"), "2024-12-31");
  assert.equal(periodEnd("2024Q5"), null);
});
