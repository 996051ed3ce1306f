// The shape of a synthetic province, pure: its places and units, its plans
// with their goals and sizes, and each plan's documents. One big provincial
// plan holds a fifth of the items (the "plan under test"); the rest follow a
// long tail, as a province's city, district and department plans do.
import type { Random } from "./random.ts";
import { DEPARTMENTS, GOAL_FORMS, SYLLABLES, THEMES } from "./words.ts";

export interface UnitSpec {
  name: string;
  kind: "city" | "district" | "county" | "department";
  /** Index of the parent place in the list, or null. */
  parent: number | null;
}

export interface PlanSpec {
  name: string;
  goals: string[];
  /** Items in the plan, and how they split into documents (the first document is the largest). */
  documents: number[];
  /** Indexes into the unit list that answer for this plan's items. */
  units: number[];
  year: number;
}

/** Place and department units: each place brings its departments, until `count` units exist. */
export function provinceUnits(r: Random, count: number): UnitSpec[] {
  const pairs: string[] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) if (a !== b) pairs.push(a + b);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const units: UnitSpec[] = [];
  let place = 0;
  while (units.length < count && place < pairs.length) {
    const kind = place % 14 === 0 ? "city" : place % 3 === 0 ? "county" : "district";
    const suffix = kind === "city" ? "市" : kind === "county" ? "县" : "区";
    const placeName = pairs[place++]! + suffix;
    const parent = units.length;
    units.push({ name: placeName, kind, parent: null });
    for (const d of DEPARTMENTS) {
      if (units.length >= count) break;
      units.push({ name: placeName + d, kind: "department", parent });
    }
  }
  return units;
}

export function goalNames(n: number): string[] {
  const all = GOAL_FORMS.flatMap((f) => THEMES.map((t) => f.replace("{}", t)));
  return all.slice(0, Math.max(1, Math.min(n, all.length)));
}

/** Splits `total` items into plans and documents. */
export function provincePlans(
  r: Random,
  total: number,
  planCount: number,
  units: UnitSpec[],
  maxDocument = 5000,
): PlanSpec[] {
  const sizes = planSizes(total, planCount);
  const places = units.flatMap((u, i) => (u.parent === null ? [i] : []));
  return sizes.map((size, p) => {
    // The provincial plan involves every unit; a city's plan the units of a few places.
    let unitIdx: number[];
    if (p === 0) unitIdx = units.map((_, i) => i);
    else {
      const first = r.int(0, places.length - 1);
      const span = Math.min(places.length, r.int(2, 12));
      const chosen = new Set(Array.from({ length: span }, (_, k) => places[(first + k) % places.length]!));
      unitIdx = units.flatMap((u, i) =>
        chosen.has(i) || (u.parent !== null && chosen.has(u.parent)) ? [i] : [],
      );
    }
    const home = units[unitIdx[0]!]!.name.replace(/(市|区|县).*$/, "$1");
    const year = 2021 + (p % 4);
    const kind = p === 0 ? "国民经济和社会发展规划" : THEMES[p % THEMES.length] + "专项规划";
    return {
      name: `${home}${year}年${kind}（合成数据 ${p + 1}）`,
      goals: p === 0 ? goalNames(50) : goalNames(5 + r.int(0, 10)).slice(r.int(0, 3)),
      documents: documentSizes(r, size, maxDocument),
      units: unitIdx,
      year,
    };
  });
}

/** A fifth for the first plan (all of it when there is one), the rest by a long tail. */
export function planSizes(total: number, planCount: number): number[] {
  if (planCount <= 1) return [total];
  const first = Math.round(total * 0.2);
  const weights = Array.from({ length: planCount - 1 }, (_, i) => 1 / Math.pow(i + 1, 0.8));
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = weights.map((w) => Math.floor(((total - first) * w) / sum));
  rest[0]! += total - first - rest.reduce((a, b) => a + b, 0);
  return [first, ...rest];
}

function documentSizes(r: Random, size: number, maxDocument: number): number[] {
  const docs: number[] = [];
  let left = size;
  let first = true;
  while (left > 0) {
    const n = Math.min(
      left,
      first ? maxDocument : r.int(Math.ceil(maxDocument / 25), Math.ceil(maxDocument / 2)),
    );
    docs.push(n);
    left -= n;
    first = false;
  }
  return docs;
}
