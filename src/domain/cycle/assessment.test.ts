import { test } from "node:test";
import assert from "node:assert/strict";
import { assess, components, DEFAULT_WEIGHTS, score, validateWeights, type UnitFacts } from "./assessment.ts";

// Worked by hand with weights 30/30/20/20:
//  甲: onTime 8/10 = .8; onTrack 3/4 = .75; targets 1/2 = .5;
//      warnings 1 − (1 + 2·1 + 0)/(3·4) = 1 − 3/12 = .75
//      score = 100·(30·.8 + 30·.75 + 20·.5 + 20·.75)/100 = 24 + 22.5 + 10 + 15 = 71.5
//  乙: onTime 4/4 = 1; onTrack 2/2 = 1; no targets (weight left out);
//      warnings 1 − 0 = 1 → score = 100·(30 + 30 + 20)/80 = 100
//  丙: onTime 0/3 = 0; onTrack 0/3 = 0; targets 0/1 = 0; warnings 1 − (3·3)/(3·3) = 0 → 0
//  丁: same facts as 甲 → 71.5, shares rank 2; 丙 then ranks 4
//  戊: nothing to measure → no score, no rank
const f = (unitId: number, unit: string, o: Omit<UnitFacts, "unitId" | "unit">): UnitFacts => ({
  unitId,
  unit,
  ...o,
});
const jia = f(1, "甲区", {
  reports: { onTime: 8, late: 1, missing: 1 },
  items: { total: 4, onTrackOrDone: 3 },
  targets: { total: 2, met: 1 },
  warnings: { blue: 1, yellow: 1, red: 0 },
});
const units: UnitFacts[] = [
  jia,
  f(2, "乙区", {
    reports: { onTime: 4, late: 0, missing: 0 },
    items: { total: 2, onTrackOrDone: 2 },
    targets: { total: 0, met: 0 },
    warnings: { blue: 0, yellow: 0, red: 0 },
  }),
  f(3, "丙区", {
    reports: { onTime: 0, late: 0, missing: 3 },
    items: { total: 3, onTrackOrDone: 0 },
    targets: { total: 1, met: 0 },
    warnings: { blue: 0, yellow: 0, red: 3 },
  }),
  { ...jia, unitId: 4, unit: "丁区" },
  f(5, "戊区", {
    reports: { onTime: 0, late: 0, missing: 0 },
    items: { total: 0, onTrackOrDone: 0 },
    targets: { total: 0, met: 0 },
    warnings: { blue: 0, yellow: 0, red: 0 },
  }),
];

test("components and score of one unit, by hand", () => {
  assert.deepEqual(components(jia), { onTime: 0.8, onTrack: 0.75, targetsMet: 0.5, warnings: 0.75 });
  assert.equal(score(components(jia), DEFAULT_WEIGHTS), 71.5);
});

test("ranks: shared on equal scores, the next skips; no score, no rank", () => {
  const got = assess(units, DEFAULT_WEIGHTS).map((u) => [u.unit, u.score, u.rank]);
  assert.deepEqual(got, [
    ["乙区", 100, 1],
    ["丁区", 71.5, 2],
    ["甲区", 71.5, 2],
    ["丙区", 0, 4],
    ["戊区", null, null],
  ]);
});

test("weights change the order", () => {
  // only on-time reporting counts: 乙 1.0, 甲/丁 .8, 丙 0
  const w = { onTime: 1, onTrack: 0, targetsMet: 0, warnings: 0 };
  assert.deepEqual(
    assess(units, w).map((u) => [u.unit, u.score]),
    [
      ["乙区", 100],
      ["丁区", 80],
      ["甲区", 80],
      ["丙区", 0],
      ["戊区", null],
    ],
  );
  assert.equal(validateWeights(w), null);
  assert.match(validateWeights({ ...w, onTime: 0 }) ?? "", /at least one/);
  assert.match(validateWeights({ ...w, warnings: -1 }) ?? "", /weights.warnings/);
});
