// Units (districts, departments…) are organisation-wide, not per plan: the
// same 南岗区 answers for its commitments in every plan.
import type { DB } from "./dialects/dialect.ts";
import type { UnitRow } from "./schema.ts";
import { json, parseList } from "./util.ts";

export const listUnits = (db: DB): Promise<UnitRow[]> =>
  db.selectFrom("units").selectAll().orderBy("id").execute();

export const getUnit = (db: DB, id: number) =>
  db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();

/** A unit by its name or one of its aliases. */
export async function findUnit(db: DB, name: string): Promise<UnitRow | undefined> {
  const exact = await db.selectFrom("units").selectAll().where("name", "=", name).executeTakeFirst();
  if (exact) return exact;
  const pattern = `%${JSON.stringify(name).slice(1, -1)}%`;
  const candidates = await db.selectFrom("units").selectAll().where("aliases", "like", pattern).execute();
  return candidates.find((u) => parseList(u.aliases).includes(name));
}

export async function insertUnit(
  db: DB,
  u: { name: string; kind: string; aliases: string[]; parentId: number | null },
  now: string,
): Promise<UnitRow> {
  return db
    .insertInto("units")
    .values({ name: u.name, kind: u.kind, aliases: json(u.aliases), parent_id: u.parentId, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}
