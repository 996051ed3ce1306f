// The unit × goal matrix the overview sends: bounded however many units a
// plan involves. A province's plan can span two thousand units and fifty
// goals (a hundred thousand cells, megabytes of JSON): the heat map shows the
// units carrying the most confirmed items, and every goal's total and count
// of units are computed over all units so that nothing is lost by the cut.

export interface Cell {
  unitId: number | null;
  goalId: number;
  n: number;
}

export interface BoundedMatrix {
  /** The units shown, most confirmed items first (ties by id). */
  unitIds: number[];
  /** Cells of the units shown only (the unaligned-unit row, null, is always kept). */
  cells: Cell[];
  /** Per goal, over every unit: confirmed items and how many units carry them. */
  goals: { goalId: number; n: number; units: number }[];
  /** Units with any confirmed, aligned item. */
  unitCount: number;
}

export const MATRIX_UNITS = 40;

export function boundMatrix(all: Cell[], limit = MATRIX_UNITS): BoundedMatrix {
  const byUnit = new Map<number, number>();
  const byGoal = new Map<number, { n: number; units: number }>();
  for (const c of all) {
    if (c.n <= 0) continue;
    if (c.unitId !== null) byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? 0) + c.n);
    const g = byGoal.get(c.goalId) ?? { n: 0, units: 0 };
    g.n += c.n;
    g.units += 1;
    byGoal.set(c.goalId, g);
  }
  const unitIds = [...byUnit]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([u]) => u);
  const shown = new Set(unitIds);
  return {
    unitIds,
    cells: all.filter((c) => c.n > 0 && (c.unitId === null || shown.has(c.unitId))),
    goals: [...byGoal].map(([goalId, g]) => ({ goalId, ...g })).sort((a, b) => a.goalId - b.goalId),
    unitCount: byUnit.size,
  };
}
