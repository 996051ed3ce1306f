// A plan's summary for the overview: confirmed commitments per goal and
// status, and the period the plan spans (its documents' years to the latest
// due year). The goal counts come from the aggregate table the heat map reads
// too (one source for both), never from a scan of the commitments.
import { NO_GOAL } from "../domain/aggregates.ts";
import type { Status } from "../domain/types.ts";
import { goalStatusCounts } from "../storage/aggregate.repo.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import type { Services } from "./context.ts";
import { byGeneration } from "./generation-cache.ts";

async function planPeriod(db: DB, planId: number): Promise<{ from: number | null; to: number | null }> {
  const [docs, targets, due] = await Promise.all([
    db
      .selectFrom("documents")
      .select((eb) => [eb.fn.min("year").as("from"), eb.fn.max("year").as("last")])
      .where("plan_id", "=", planId)
      .executeTakeFirst(),
    db
      .selectFrom("targets")
      .select((eb) => eb.fn.max("due_year").as("to"))
      .where("plan_id", "=", planId)
      .executeTakeFirst(),
    db
      .selectFrom("commitments")
      .select((eb) => eb.fn.max("due_date").as("to"))
      .where("plan_id", "=", planId)
      .where("review_state", "=", "confirmed")
      .executeTakeFirst(),
  ]);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const from = num(docs?.from);
  const ends = [num(docs?.last), num(targets?.to), due?.to ? Number(String(due.to).slice(0, 4)) : null];
  const known = ends.filter((v): v is number => v !== null);
  return { from, to: known.length ? Math.max(...known) : null };
}

/** Each goal's confirmed commitments by status (goal null: unaligned) and the plan's years. */
export async function planSummary(s: Services, planId: number) {
  const [rows, period] = await Promise.all([
    // Cached under the aggregate generation: the GROUP BY grows with units × goals.
    byGeneration(s.store.db, planId, "goal-status", () => goalStatusCounts(s.store.db, planId)),
    planPeriod(s.store.db, planId),
  ]);
  return {
    period,
    goalStatus: rows.map((r) => ({
      goal_id: Number(r.goal_id) === NO_GOAL ? null : Number(r.goal_id),
      // The aggregate table keeps the item's status as written (one of STATUSES).
      status: r.status as Status,
      n: Number(r.n),
    })),
  };
}
