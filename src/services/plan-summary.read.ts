// A plan's summary for the overview: confirmed commitments per goal and
// status, and the period the plan spans (its documents' years to the latest
// due year). The goal counts read one plan's goal links: fine at a city's
// size; the aggregate tables are the place for them if plans grow large.
import type { DB } from "../storage/dialects/dialect.ts";
import type { Services } from "./context.ts";

const goalStatusCounts = (db: DB, planId: number) =>
  db
    .selectFrom("commitments as c")
    .leftJoin("commitment_goals as cg", "cg.commitment_id", "c.id")
    .select(["cg.goal_id", "c.status"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("c.plan_id", "=", planId)
    .where("c.review_state", "=", "confirmed")
    .groupBy(["cg.goal_id", "c.status"])
    .execute();

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
    goalStatusCounts(s.store.db, planId),
    planPeriod(s.store.db, planId),
  ]);
  return {
    period,
    goalStatus: rows.map((r) => ({
      goal_id: r.goal_id === null ? null : Number(r.goal_id),
      status: r.status,
      n: Number(r.n),
    })),
  };
}
