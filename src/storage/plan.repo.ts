// Plans and their goal frameworks.
import type { Goal, Plan } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";
import type { GoalRow } from "./schema.ts";
import { json, parseList, updateVersioned } from "./util.ts";

export const getPlan = (db: DB, id: number): Promise<Plan | undefined> =>
  db.selectFrom("plans").selectAll().where("id", "=", id).executeTakeFirst();

export const findPlanByName = (db: DB, name: string): Promise<Plan | undefined> =>
  db.selectFrom("plans").selectAll().where("name", "=", name).executeTakeFirst();

export async function listPlans(db: DB, after: number | null, limit: number): Promise<Plan[]> {
  let q = db
    .selectFrom("plans")
    .selectAll()
    .orderBy("id")
    .limit(limit + 1);
  if (after !== null) q = q.where("id", ">", after);
  return q.execute();
}

export async function insertPlan(
  db: DB,
  name: string,
  frameworkName: string | null,
  now: string,
): Promise<Plan> {
  return db
    .insertInto("plans")
    .values({ name, framework_name: frameworkName, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const toGoal = (r: GoalRow): Goal => ({
  ...r,
  aliases: parseList(r.aliases),
  subjects: parseList(r.subjects),
});

export const listGoals = async (db: DB, planId: number): Promise<Goal[]> =>
  (
    await db
      .selectFrom("goals")
      .selectAll()
      .where("plan_id", "=", planId)
      .orderBy("position")
      .orderBy("id")
      .execute()
  ).map(toGoal);

export async function getGoal(db: DB, id: number): Promise<Goal | undefined> {
  const r = await db.selectFrom("goals").selectAll().where("id", "=", id).executeTakeFirst();
  return r && toGoal(r);
}

export async function insertGoal(
  db: DB,
  g: { planId: number; key: string; name: string; aliases: string[]; subjects: string[]; position: number },
): Promise<Goal> {
  const r = await db
    .insertInto("goals")
    .values({
      plan_id: g.planId,
      key: g.key,
      name: g.name,
      aliases: json(g.aliases),
      subjects: json(g.subjects),
      position: g.position,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGoal(r);
}

/** The versioned update of a goal's name and word lists (a 409 when the version is stale). */
export async function updateGoal(
  db: DB,
  id: number,
  version: number,
  p: Partial<Pick<Goal, "name" | "aliases" | "subjects">>,
): Promise<void> {
  const patch: Record<string, unknown> = {};
  if (p.name !== undefined) patch.name = p.name;
  if (p.aliases !== undefined) patch.aliases = json(p.aliases);
  if (p.subjects !== undefined) patch.subjects = json(p.subjects);
  await updateVersioned(db, "goals", id, version, patch);
}
