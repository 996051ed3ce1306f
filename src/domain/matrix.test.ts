import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { boundMatrix, type Cell } from "./matrix.ts";

test("the busiest units are kept, goal totals count every unit", () => {
  const cells: Cell[] = [
    { unitId: 1, goalId: 10, n: 1 },
    { unitId: 2, goalId: 10, n: 5 },
    { unitId: 3, goalId: 11, n: 3 },
    { unitId: 3, goalId: 10, n: 1 },
    { unitId: null, goalId: 11, n: 2 },
    { unitId: 4, goalId: 11, n: 0 },
  ];
  const m = boundMatrix(cells, 2);
  assert.deepEqual(m.unitIds, [2, 3]);
  assert.deepEqual(
    m.cells.map((c) => `${c.unitId}/${c.goalId}`),
    ["2/10", "3/11", "3/10", "null/11"],
  );
  assert.deepEqual(m.goals, [
    { goalId: 10, n: 7, units: 3 },
    { goalId: 11, n: 5, units: 2 },
  ]);
  assert.equal(m.unitCount, 3);
});

test("bounded: never more units than the limit, totals equal the full sums", () => {
  const cell = fc.record({
    unitId: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    goalId: fc.integer({ min: 1, max: 8 }),
    n: fc.integer({ min: 0, max: 9 }),
  });
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 300 }), fc.integer({ min: 1, max: 30 }), (cells, limit) => {
      const m = boundMatrix(cells, limit);
      assert.ok(m.unitIds.length <= limit);
      assert.ok(m.cells.every((c) => c.unitId === null || m.unitIds.includes(c.unitId)));
      const total = cells.reduce((a, c) => a + Math.max(0, c.n), 0);
      assert.equal(
        m.goals.reduce((a, g) => a + g.n, 0),
        total,
      );
    }),
  );
});
