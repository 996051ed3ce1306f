// Assessment (考核): a score and a rank per unit for a period. Pure.
//
// Components, each a share in [0, 1], or null when the unit has nothing to
// measure it by (then its weight is left out, not counted as zero):
//  A1. onTime     = reports filed on time / reports owed in the period
//                   (owed = on time + late + missing).
//  A2. onTrack    = items on track or done / the unit's items.
//  A3. targetsMet = targets met / the unit's targets.
//  A4. warnings   = max(0, 1 − (blue + 2·yellow + 3·red) / (3 · items)),
//                   counting warnings raised during the period: one red per
//                   item is as bad as it gets.
// Score = 100 · Σ wᵢ·cᵢ / Σ wᵢ over the components that are not null,
// rounded to one decimal. A unit with no component has no score and no rank.
// Rank: by score, highest first; equal scores share a rank and the next rank
// skips (1, 2, 2, 4); ties are listed by unit name.

export interface Weights {
  onTime: number;
  onTrack: number;
  targetsMet: number;
  warnings: number;
}

export const DEFAULT_WEIGHTS: Weights = { onTime: 30, onTrack: 30, targetsMet: 20, warnings: 20 };

export interface UnitFacts {
  unitId: number;
  unit: string;
  reports: { onTime: number; late: number; missing: number };
  items: { total: number; onTrackOrDone: number };
  targets: { total: number; met: number };
  warnings: { blue: number; yellow: number; red: number };
}

export interface Components {
  onTime: number | null;
  onTrack: number | null;
  targetsMet: number | null;
  warnings: number | null;
}

export interface UnitScore extends UnitFacts {
  components: Components;
  score: number | null;
  rank: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function components(f: UnitFacts): Components {
  const owed = f.reports.onTime + f.reports.late + f.reports.missing;
  const penalty = f.warnings.blue + 2 * f.warnings.yellow + 3 * f.warnings.red;
  return {
    onTime: share(f.reports.onTime, owed),
    onTrack: share(f.items.onTrackOrDone, f.items.total),
    targetsMet: share(f.targets.met, f.targets.total),
    warnings: f.items.total > 0 ? Math.max(0, 1 - penalty / (3 * f.items.total)) : null,
  };
}

export function score(c: Components, w: Weights): number | null {
  let sum = 0;
  let weight = 0;
  for (const k of Object.keys(w) as (keyof Weights)[]) {
    const v = c[k];
    if (v === null || w[k] <= 0) continue;
    sum += w[k] * v;
    weight += w[k];
  }
  return weight > 0 ? Math.round((1000 * sum) / weight) / 10 : null;
}

export function assess(units: UnitFacts[], w: Weights): UnitScore[] {
  const scored = units.map((f) => {
    const c = components(f);
    return { ...f, components: c, score: score(c, w), rank: null as number | null };
  });
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unit.localeCompare(b.unit, "zh"));
  let prev: number | null = null;
  let prevRank = 0;
  scored.forEach((u, i) => {
    if (u.score === null) return;
    u.rank = u.score === prev ? prevRank : i + 1;
    prev = u.score;
    prevRank = u.rank;
  });
  return scored;
}

export function validateWeights(w: Weights): string | null {
  for (const [k, v] of Object.entries(w)) {
    if (!Number.isFinite(v) || v < 0) return `weights.${k}: must be a number ≥ 0 (got ${v})`;
  }
  return Object.values(w).some((v) => v > 0) ? null : "weights: at least one weight must be above 0";
}
