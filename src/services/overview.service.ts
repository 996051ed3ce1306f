// The overview: read from the aggregate tables and a few indexed lists, never
// a scan of every commitment.
import { STATUSES, REVIEW_STATES } from "../domain/types.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { matrixCells, stateCounts } from "../storage/aggregate.repo.ts";
import { deadlines } from "../storage/commitment.repo.ts";
import { listGoals } from "../storage/plan.repo.ts";
import { indicators } from "../storage/target.repo.ts";
import type { UnitRow } from "../storage/schema.ts";

export async function overview(db: DB, planId: number, day: string) {
  const [cells, states, goals, upcoming, overdue, plainIndicators] = await Promise.all([
    matrixCells(db, planId),
    stateCounts(db, planId),
    listGoals(db, planId),
    deadlines(db, planId, "upcoming", day, 10),
    deadlines(db, planId, "overdue", day, 10),
    indicators(db, planId, 50),
  ]);
  const unitIds = [...new Set(cells.map((c) => Number(c.unit_id)))].filter((u) => u !== 0);
  const units: Pick<UnitRow, "id" | "name">[] = unitIds.length
    ? await db.selectFrom("units").select(["id", "name"]).where("id", "in", unitIds).orderBy("id").execute()
    : [];
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  const review = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<string, number>;
  for (const r of states) {
    review[r.review_state] = (review[r.review_state] ?? 0) + Number(r.n);
    if (r.review_state === "confirmed") status[r.status] = (status[r.status] ?? 0) + Number(r.n);
  }
  return {
    goals,
    units,
    cells: cells.map((c) => ({
      unit_id: Number(c.unit_id) || null,
      goal_id: Number(c.goal_id),
      n: Number(c.n),
    })),
    status,
    review,
    upcoming: upcoming.slice(0, 10),
    overdue: overdue.slice(0, 10),
    indicators: plainIndicators,
  };
}
