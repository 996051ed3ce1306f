import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceHashes, sentences, similarity } from "./similarity.ts";
import { planQuery, searchTerms } from "./search-terms.ts";
import { aggregateDelta, NO_GOAL, NO_UNIT } from "./aggregates.ts";
import { can } from "./permissions.ts";
import type { Status } from "./types.ts";

test("similarity: same text 1, reworded text high, unrelated low", () => {
  assert.equal(similarity("推进临空经济区建设", "推进临空经济区建设"), 1);
  assert.ok(similarity("加快推进临空经济区建设", "推进临空经济区建设。") > 0.8);
  assert.ok(similarity("推进临空经济区建设", "发展冰雪旅游产业") < 0.2);
});

test("sentences ignore whitespace and short fragments", () => {
  assert.deepEqual(sentences("第一句话很长。\n 第二 句话也很长！短"), ["第一句话很长", "第二句话也很长"]);
  assert.equal(sentenceHashes("一句话说完了。一句话说完了。").length, 1);
});

test("search terms: words and sub-words; two letters by their pair, one by substring", () => {
  const terms = searchTerms("推进临空经济区建设，食品工业产值翻两番");
  for (const w of ["经济", "经济区", "工业产值", "翻两番"]) assert.ok(terms.includes(w), w);
  assert.ok(!terms.includes("，"));
  assert.deepEqual(planQuery(" 冰 "), { kind: "substring", text: "冰" });
  assert.deepEqual(planQuery("经济"), { kind: "gram", gram: "经济", text: "经济" });
  assert.deepEqual(planQuery("经，"), { kind: "substring", text: "经，" });
  assert.equal(planQuery("食品工业").kind, "terms");
});

test("aggregate delta: confirming moves counts and adds the matrix cells", () => {
  const before = {
    planId: 1,
    unitId: 2,
    reviewState: "proposed" as const,
    status: "not_started" as const,
    goalIds: [5, 6],
    targets: [],
  };
  const d = aggregateDelta(before, { ...before, reviewState: "confirmed" });
  assert.deepEqual(
    d.matrix.map((m) => [m.goalId, m.n]),
    [
      [5, 1],
      [6, 1],
    ],
  );
  assert.deepEqual(
    d.states.map((s) => [s.reviewState, s.n]),
    [
      ["proposed", -1],
      ["confirmed", 1],
    ],
  );
  assert.deepEqual(aggregateDelta(before, before), {
    matrix: [],
    states: [],
    cycleGoals: [],
    cycleUnits: [],
    targets: [],
  });
});

test("aggregate delta: a status change moves the goal cells; an item aligned to none counts under NO_GOAL", () => {
  const confirmed = {
    planId: 1,
    unitId: null,
    reviewState: "confirmed" as const,
    status: "on_track" as const,
    goalIds: [],
    targets: [],
  };
  const d = aggregateDelta(confirmed, { ...confirmed, status: "behind" });
  assert.deepEqual(
    d.matrix.map((m) => [m.unitId, m.goalId, m.status, m.n]),
    [
      [NO_UNIT, NO_GOAL, "on_track", -1],
      [NO_UNIT, NO_GOAL, "behind", 1],
    ],
  );
});

test("aggregate delta: the cycle's counts follow the answering unit (lead, else owner) and the warning level", () => {
  const item = {
    planId: 1,
    unitId: 2,
    leadUnitId: 7,
    reviewState: "confirmed" as const,
    status: "on_track" as const,
    goalIds: [5, 6],
    warningLevel: "none",
    targets: [],
  };
  const d = aggregateDelta(item, { ...item, warningLevel: "red" });
  assert.deepEqual(d.matrix, [], "the overview's counts do not see the warning");
  assert.deepEqual(
    d.cycleGoals.map((m) => [m.unitId, m.goalId, m.level, m.n]),
    [
      [7, 5, "none", -1],
      [7, 6, "none", -1],
      [7, 5, "red", 1],
      [7, 6, "red", 1],
    ],
  );
  assert.deepEqual(
    d.cycleUnits.map((m) => [m.unitId, m.level, m.n]),
    [
      [7, "none", -1],
      [7, "red", 1],
    ],
    "one per item, not per goal link",
  );
  const unled = aggregateDelta(null, { ...item, leadUnitId: null, goalIds: [] });
  assert.deepEqual(
    unled.cycleGoals.map((m) => [m.unitId, m.goalId, m.level]),
    [[2, NO_GOAL, "none"]],
  );
  assert.deepEqual(aggregateDelta(null, { ...item, reviewState: "proposed" }).cycleUnits, []);
});

test("aggregate delta: targets count per answering unit and target status while the item is confirmed", () => {
  const item = {
    planId: 1,
    unitId: 2,
    leadUnitId: 7,
    reviewState: "proposed" as const,
    status: "on_track" as const,
    goalIds: [5],
    targets: ["done", "behind", "done"] as Status[],
  };
  const cells = (d: ReturnType<typeof aggregateDelta>) => d.targets.map((t) => [t.unitId, t.status, t.n]);
  assert.deepEqual(cells(aggregateDelta(null, item)), [], "a proposed item's targets are not counted");
  const confirmed = { ...item, reviewState: "confirmed" as const };
  assert.deepEqual(cells(aggregateDelta(item, confirmed)), [
    [7, "done", 2],
    [7, "behind", 1],
  ]);
  assert.deepEqual(
    cells(aggregateDelta(confirmed, { ...confirmed, leadUnitId: null })),
    [
      [7, "done", -2],
      [7, "behind", -1],
      [2, "done", 2],
      [2, "behind", 1],
    ],
    "they follow the answering unit",
  );
  assert.deepEqual(
    cells(aggregateDelta(confirmed, { ...confirmed, targets: ["done", "done", "done"] })),
    [
      [7, "done", 1],
      [7, "behind", -1],
    ],
    "a target's status change moves one count",
  );
  assert.deepEqual(cells(aggregateDelta(confirmed, { ...confirmed, reviewState: "merged" })), [
    [7, "done", -2],
    [7, "behind", -1],
  ]);
});

test("permissions: reporters only for their unit", () => {
  assert.ok(can({ role: "reporter", unitId: 3 }, "report", [3]));
  assert.ok(!can({ role: "reporter", unitId: 3 }, "report", [4]));
  assert.ok(!can({ role: "reporter", unitId: 3 }, "review", [3]));
  assert.ok(can({ role: "supervisor", unitId: null }, "review"));
  assert.ok(!can({ role: "supervisor", unitId: null }, "manage_users"));
});
