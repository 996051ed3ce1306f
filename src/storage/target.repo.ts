// Numeric targets: a commitment's, or the plan's own indicators (no commitment).
import type { DB } from "./dialects/dialect.ts";
import type { Target } from "../domain/types.ts";
import type { NewTarget } from "./schema.ts";

export const getTarget = (db: DB, id: number) =>
  db.selectFrom("targets").selectAll().where("id", "=", id).executeTakeFirst();

export const insertTarget = (db: DB, t: NewTarget): Promise<Target> =>
  db.insertInto("targets").values(t).returningAll().executeTakeFirstOrThrow();

export async function targetsOf(db: DB, commitmentIds: number[]): Promise<Target[]> {
  if (!commitmentIds.length) return [];
  return db
    .selectFrom("targets")
    .selectAll()
    .where("commitment_id", "in", commitmentIds)
    .orderBy("id")
    .execute();
}

/** The statuses of items' targets, baselines apart (what the target aggregate counts). */
export async function targetStatuses(db: DB, commitmentIds: number[]) {
  if (!commitmentIds.length) return [];
  return db
    .selectFrom("targets")
    .select(["commitment_id", "status"])
    .where("commitment_id", "in", commitmentIds)
    .where("is_baseline", "=", 0)
    .orderBy("id")
    .execute();
}

export async function listTargets(
  db: DB,
  f: { planId: number; indicators?: boolean; after: number | null; limit: number },
): Promise<Target[]> {
  let q = db
    .selectFrom("targets")
    .selectAll()
    .where("plan_id", "=", f.planId)
    .orderBy("id")
    .limit(f.limit + 1);
  if (f.indicators === true) q = q.where("commitment_id", "is", null);
  if (f.indicators === false) q = q.where("commitment_id", "is not", null);
  if (f.after !== null) q = q.where("id", ">", f.after);
  return q.execute();
}

export const indicators = (db: DB, planId: number, limit: number) =>
  db
    .selectFrom("targets")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("commitment_id", "is", null)
    .where("is_baseline", "=", 0)
    .orderBy("id")
    .limit(limit)
    .execute();
