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
  // One statement of four scalar subqueries (each reads its own index) rather
  // than three: on PostgreSQL each statement is a round trip to the server.
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("documents")
        .select((e) => e.fn.min("year").as("v"))
        .where("plan_id", "=", planId)
        .as("from"),
      eb
        .selectFrom("documents")
        .select((e) => e.fn.max("year").as("v"))
        .where("plan_id", "=", planId)
        .as("last"),
      eb
        .selectFrom("targets")
        .select((e) => e.fn.max("due_year").as("v"))
        .where("plan_id", "=", planId)
        .as("to"),
      eb
        .selectFrom("commitments")
        .select((e) => e.fn.max("due_date").as("v"))
        .where("plan_id", "=", planId)
        .where("review_state", "=", "confirmed")
        .as("due"),
    ])
    .executeTakeFirst();
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const from = num(row?.from);
  const ends = [num(row?.last), num(row?.to), row?.due ? Number(String(row.due).slice(0, 4)) : null];
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
