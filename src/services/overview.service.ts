// The overview: read from the aggregate tables and a few indexed lists, never
// a scan of every commitment.
import { STATUSES, REVIEW_STATES, type Unit } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { boundMatrix, type BoundedMatrix } from "../domain/matrix.ts";
import { matrixCells, stateCounts } from "../storage/aggregate.repo.ts";
import { byGeneration } from "./generation-cache.ts";
import { deadlines } from "../storage/commitment.repo.ts";
import { listGoals } from "../storage/plan.repo.ts";
import { indicators } from "../storage/target.repo.ts";

/** What the overview derives from the aggregate tables alone (cached: see generation-cache.ts). */
interface AggregatePart {
  matrix: BoundedMatrix;
  states: { review_state: string; status: string; n: number }[];
}

const aggregatePart = (db: DB, planId: number): Promise<AggregatePart> =>
  byGeneration(db, planId, "overview", async () => {
    const [cells, states] = await Promise.all([matrixCells(db, planId), stateCounts(db, planId)]);
    return {
      matrix: boundMatrix(
        cells.map((c) => ({ unitId: Number(c.unit_id) || null, goalId: Number(c.goal_id), n: Number(c.n) })),
      ),
      states: states.map((r) => ({ review_state: r.review_state, status: r.status, n: Number(r.n) })),
    };
  });

export async function overview(db: DB, planId: number, day: string) {
  const [part, goals, upcoming, overdue, plainIndicators] = await Promise.all([
    aggregatePart(db, planId),
    listGoals(db, planId),
    deadlines(db, planId, "upcoming", day, 10),
    deadlines(db, planId, "overdue", day, 10),
    indicators(db, planId, 50),
  ]);
  const { matrix, states } = part;
  const found: Pick<Unit, "id" | "name">[] = matrix.unitIds.length
    ? await db.selectFrom("units").select(["id", "name"]).where("id", "in", matrix.unitIds).execute()
    : [];
  const byId = new Map(found.map((u) => [u.id, u]));
  const units = matrix.unitIds.flatMap((id) => byId.get(id) ?? []);
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  const review = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<string, number>;
  for (const r of states) {
    review[r.review_state] = (review[r.review_state] ?? 0) + Number(r.n);
    if (r.review_state === "confirmed") status[r.status] = (status[r.status] ?? 0) + Number(r.n);
  }
  return {
    goals,
    units,
    cells: matrix.cells.map((c) => ({ unit_id: c.unitId, goal_id: c.goalId, n: c.n })),
    goalTotals: matrix.goals.map((g) => ({ goal_id: g.goalId, n: g.n, units: g.units })),
    unitCount: matrix.unitCount,
    status,
    review,
    upcoming: upcoming.slice(0, 10),
    overdue: overdue.slice(0, 10),
    indicators: plainIndicators,
  };
}
