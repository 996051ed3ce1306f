// Plans and their goal frameworks.
import type { DB } from "./dialects/dialect.ts";
import type { GoalRow, PlanRow } from "./schema.ts";
import { json } from "./util.ts";

export const getPlan = (db: DB, id: number) =>
  db.selectFrom("plans").selectAll().where("id", "=", id).executeTakeFirst();

export const findPlanByName = (db: DB, name: string) =>
  db.selectFrom("plans").selectAll().where("name", "=", name).executeTakeFirst();

export async function listPlans(db: DB, after: number | null, limit: number): Promise<PlanRow[]> {
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
): Promise<PlanRow> {
  return db
    .insertInto("plans")
    .values({ name, framework_name: frameworkName, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const listGoals = (db: DB, planId: number): Promise<GoalRow[]> =>
  db
    .selectFrom("goals")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("position")
    .orderBy("id")
    .execute();

export const getGoal = (db: DB, id: number) =>
  db.selectFrom("goals").selectAll().where("id", "=", id).executeTakeFirst();

export async function insertGoal(
  db: DB,
  g: { planId: number; key: string; name: string; aliases: string[]; subjects: string[]; position: number },
): Promise<GoalRow> {
  return db
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
}
