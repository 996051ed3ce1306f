// The overview's aggregate part is cached per plan while the plan's aggregate
// generation holds: a write between two reads must be seen by the second,
// on both databases, and the matrix stays bounded however many units a plan has;
// the plan summary's goal counts likewise.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { makeServices } from "../../src/services/context.ts";
import { seedSynthetic } from "../../src/services/synthetic/seed.service.ts";
import { overview } from "../../src/services/overview.service.ts";
import { planSummary } from "../../src/services/plan-summary.read.ts";
import { confirm } from "../../src/services/review.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { MATRIX_UNITS } from "../../src/domain/matrix.ts";

const now = () => new Date("2025-06-15T00:00:00Z");

for (const { name } of DIALECTS) {
  test(`${name}: the overview is bounded and never older than the data`, async () => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    try {
      const seeded = await seedSynthetic(s, { commitments: 1500, reports: 0, plans: 1, units: 120, seed: 3 });
      const plan = seeded.planIds[0]!;
      const first = await overview(store.db, plan, "2025-06-15");
      assert.ok(first.unitCount > MATRIX_UNITS, `units ${first.unitCount}`);
      assert.equal(first.units.length, MATRIX_UNITS);
      assert.ok(first.cells.every((c) => c.unit_id === null || first.units.some((u) => u.id === c.unit_id)));
      const cellSum = first.goalTotals.reduce((a, g) => a + g.n, 0);
      const again = await overview(store.db, plan, "2025-06-15");
      assert.deepEqual(again, first);

      const summary = await planSummary(s, plan);
      const confirmedIn = (x: typeof summary) => x.goalStatus.reduce((a, r) => a + r.n, 0);

      const item = await store.db
        .selectFrom("commitments as c")
        .innerJoin("commitment_goals as cg", "cg.commitment_id", "c.id")
        .select(["c.id", "c.version"])
        .where("c.review_state", "=", "proposed")
        .orderBy("c.id")
        .executeTakeFirstOrThrow();
      await confirm(s, SYSTEM_ACTOR, item.id, item.version);
      const after = await overview(store.db, plan, "2025-06-15");
      assert.equal(after.review.confirmed, first.review.confirmed! + 1);
      assert.equal(after.review.proposed, first.review.proposed! - 1);
      assert.ok(after.goalTotals.reduce((a, g) => a + g.n, 0) > cellSum);
      // The plan summary's goal counts are cached the same way: the confirmation shows at once.
      assert.ok(confirmedIn(await planSummary(s, plan)) > confirmedIn(summary));
    } finally {
      await drop();
    }
  });
}
