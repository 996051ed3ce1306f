// Read model of plans and their goal frameworks.
import { LantuError } from "../errors.ts";
import { listGoals, listPlans } from "../storage/plan.repo.ts";
import type { Services } from "./context.ts";
import { findPlan, onlyPlan } from "./task-table.service.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export async function plansPage(s: Services, q: PageQuery) {
  const limit = limitOf(q);
  return page(await listPlans(s.store.db, afterId(q), limit), limit, (r) => r.id);
}

/** The public portal's plan list: the first 200. */
export const publicPlans = async (s: Services) => (await listPlans(s.store.db, null, 200)).slice(0, 200);

export const planGoals = (s: Services, planId: number) => listGoals(s.store.db, planId);

/** A goal of the plan by its name or one of its aliases (the CLI's --goal). */
export async function goalByName(s: Services, planId: number, name: string) {
  const goal = (await listGoals(s.store.db, planId)).find((g) => g.name === name || g.aliases.includes(name));
  if (!goal) throw new LantuError("bad_argument", `--goal: no goal "${name}" in this plan`);
  return goal;
}

/** The plan named by id or name, or the only plan when none is named (the CLI's --plan). */
export const planByRefOrOnly = (s: Services, ref: string | undefined) =>
  ref ? findPlan(s.store.db, ref) : onlyPlan(s.store.db);
