// Unit names as offices type them into a table cell, resolved against the
// units Lantu knows (their names and aliases). Tolerated differences: width
// and spacing, a trailing 人民政府/政府, a note in brackets ("南岗区（牵头）").

export interface KnownUnit {
  id: number;
  name: string;
  aliases: string[];
}

const NOTE = /[(（][^)）]*[)）]/g;

export function normalizeUnitName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(NOTE, "")
    .replace(/\s+/g, "")
    .replace(/(?:人民政府|政府)$/, "")
    .trim();
}

/** Splits a cell listing units at 、，,；; / and spaces (not at 和: 住房和城乡建设局 is one unit). */
export function splitUnits(cell: string): string[] {
  return cell
    .normalize("NFKC")
    .replace(NOTE, "")
    .split(/[、,;，；/\s]+/)
    .map((s) => s.trim())
    .filter((s) => s && !/^(?:等|等单位|各相关单位)$/.test(s));
}

export type UnitResolver = (name: string) => number | null;

export function unitResolver(units: KnownUnit[]): UnitResolver {
  const byName = new Map<string, number>();
  // Names first, then aliases: an alias never shadows another unit's own name.
  for (const u of units) byName.set(normalizeUnitName(u.name), u.id);
  for (const u of units) {
    for (const a of u.aliases) {
      const key = normalizeUnitName(a);
      if (!byName.has(key)) byName.set(key, u.id);
    }
  }
  return (name) => byName.get(normalizeUnitName(name)) ?? null;
}
