// Units (districts, departments…) are organisation-wide, not per plan: the
// same 南岗区 answers for its commitments in every plan.
import type { Unit } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";
import type { UnitRow } from "./schema.ts";
import { json, parseList, updateVersioned } from "./util.ts";

const toUnit = (r: UnitRow): Unit => ({ ...r, aliases: parseList(r.aliases) });

export const listUnits = async (db: DB): Promise<Unit[]> =>
  (await db.selectFrom("units").selectAll().orderBy("id").execute()).map(toUnit);

export async function getUnit(db: DB, id: number): Promise<Unit | undefined> {
  const r = await db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toUnit(r);
}

/** A unit by its name or one of its aliases. */
export async function findUnit(db: DB, name: string): Promise<Unit | undefined> {
  const exact = await db.selectFrom("units").selectAll().where("name", "=", name).executeTakeFirst();
  if (exact) return toUnit(exact);
  // The aliases are a JSON list in text: a LIKE on the name as JSON encodes
  // it narrows the rows, the decoded list decides.
  const pattern = `%${JSON.stringify(name).slice(1, -1)}%`;
  const candidates = await db.selectFrom("units").selectAll().where("aliases", "like", pattern).execute();
  return candidates.map(toUnit).find((u) => u.aliases.includes(name));
}

/**
 * Finds units by name or alias from one read of the units table, as findUnit
 * would (the name first, then the first unit by id listing it as an alias).
 * Ingest resolves every unit a document names: with findUnit each miss scanned
 * the aliases of every unit, so a document naming thousands of new units took
 * time in the square of their number (a 20 MB document: minutes).
 */
export async function unitFinder(db: DB) {
  const byName = new Map<string, Unit>();
  const byAlias = new Map<string, Unit>();
  const add = (u: Unit) => {
    if (!byName.has(u.name)) byName.set(u.name, u);
    for (const a of u.aliases) if (!byAlias.has(a)) byAlias.set(a, u);
  };
  for (const u of await listUnits(db)) add(u);
  return {
    find: (name: string): Unit | undefined => byName.get(name) ?? byAlias.get(name),
    /** A unit stored since the read (by the same transaction). */
    add,
  };
}

export async function insertUnit(
  db: DB,
  u: { name: string; kind: string; aliases: string[]; parentId: number | null },
  now: string,
): Promise<Unit> {
  const r = await db
    .insertInto("units")
    .values({ name: u.name, kind: u.kind, aliases: json(u.aliases), parent_id: u.parentId, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUnit(r);
}

/** The versioned update of a unit (a 409 when the version is stale). */
export async function updateUnit(
  db: DB,
  id: number,
  version: number,
  p: Partial<Pick<Unit, "name" | "kind" | "aliases" | "parent_id">>,
): Promise<void> {
  const patch: Record<string, unknown> = {};
  if (p.name !== undefined) patch.name = p.name;
  if (p.kind !== undefined) patch.kind = p.kind;
  if (p.aliases !== undefined) patch.aliases = json(p.aliases);
  if (p.parent_id !== undefined) patch.parent_id = p.parent_id;
  await updateVersioned(db, "units", id, version, patch);
}
