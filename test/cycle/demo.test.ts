// The demo's simulated history: deterministic (two loads give the same
// records), clearly labelled, and showing the whole cycle at work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStore } from "../helpers/stores.ts";
import { makeServices } from "../../src/services/context.ts";
import { loadDemo } from "../../src/cli/commands/serve.ts";
import { assessmentOf } from "../../src/services/cycle/assessment.service.ts";
import { DEMO_LABEL, DEMO_QUARTER } from "../../src/services/cycle/demo-history.ts";

async function load() {
  const made = await freshStore("sqlite");
  const s = makeServices(made.store, () => new Date("2026-12-06T08:00:00Z"));
  const message = await loadDemo(s);
  const db = made.store.db;
  const snapshot = {
    reports: await db
      .selectFrom("progress_reports")
      .select(["commitment_id", "period", "narrative", "reporter_name", "reported_at"])
      .orderBy("id")
      .execute(),
    marks: await db.selectFrom("progress_marks").select(["due_on", "late"]).orderBy("progress_id").execute(),
    proposals: await db
      .selectFrom("completion_proposals")
      .select(["commitment_id", "state", "return_reason"])
      .orderBy("id")
      .execute(),
    extensions: await db
      .selectFrom("extension_requests")
      .select(["commitment_id", "old_date", "new_date", "state"])
      .orderBy("id")
      .execute(),
    notices: await db
      .selectFrom("notices")
      .select(["number", "commitment_id", "level", "state"])
      .orderBy("id")
      .execute(),
    warnings: await db
      .selectFrom("warnings")
      .select(["commitment_id", "level", "raised_on", "cleared_on"])
      .orderBy("id")
      .execute(),
    notifications: (await db.selectFrom("notifications").select("id").execute()).length,
  };
  return { made, s, message, snapshot };
}

test("demo history: deterministic, labelled, the cycle at work", async () => {
  const a = await load();
  const b = await load();
  try {
    assert.deepEqual(a.snapshot, b.snapshot, "two loads give the same history");
    const h = a.snapshot;
    assert.match(a.message, /示例数据/);
    assert.ok(h.reports.length > 100, `${h.reports.length} reports`);
    assert.ok(
      h.reports.every((r) => r.narrative.startsWith(DEMO_LABEL) && r.reporter_name.startsWith("示例")),
    );
    assert.ok(
      h.marks.some((m) => m.late === 1) && h.marks.some((m) => m.late === 0),
      "some late, some on time",
    );
    const states = new Set(h.proposals.map((p) => p.state));
    assert.ok(states.has("accepted") && states.has("returned"));
    assert.ok(
      h.proposals.filter((p) => p.state === "returned").every((p) => p.return_reason?.startsWith(DEMO_LABEL)),
    );
    assert.deepEqual(new Set(h.extensions.map((e) => e.state)), new Set(["approved", "refused"]));
    assert.ok(h.extensions.every((e) => e.new_date !== e.old_date));
    assert.ok(
      h.notices.length > 0 &&
        h.notices.some((n) => n.state === "answered") &&
        h.notices.some((n) => n.state === "open"),
    );
    assert.ok(new Set(h.warnings.map((w) => w.level)).size >= 2, "warnings of more than one level");
    assert.ok(h.notifications > 0);
    const scored = await assessmentOf(a.made.store.db, 1, DEMO_QUARTER, "2026-12-06");
    const ranked = scored.units.filter((u) => u.rank !== null);
    assert.ok(ranked.length >= 5, "the quarter ranks the units");
    assert.ok(new Set(ranked.map((u) => u.score)).size > 1, "scores differ");
    // loading again changes nothing
    assert.match(await loadDemo(a.s), /already loaded/);
  } finally {
    await a.made.drop();
    await b.made.drop();
  }
});
