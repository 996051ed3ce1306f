import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { addGoal, updateGoal } from "../../../services/admin.service.ts";
import { requirePlan } from "../../../services/access.ts";
import { planGoals } from "../../../services/plans.read.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentGoal } from "../../presenters/internal.ts";
import { GoalOut, ListOf, created, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { CreateGoal, UpdateGoal } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function goalRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/goals",
    {
      schema: {
        tags: ["goals"],
        summary: "A plan's goal framework",
        response: ok(ListOf(GoalOut)),
        params: IdParams,
      },
    },
    async (req) => {
      actor(req);
      const plan = await requirePlan(s, req.params.id);
      return { items: (await planGoals(s, plan.id)).map(presentGoal), next: null };
    },
  );
  app.post(
    "/api/plans/:id/goals",
    {
      schema: {
        tags: ["goals"],
        summary: "Add a goal",
        response: created(GoalOut),
        params: IdParams,
        body: CreateGoal,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_plan");
      const b = req.body;
      const g = await addGoal(s, a, req.params.id, b);
      return etag(reply.status(201), g.version).send(presentGoal(g));
    },
  );
  patchRoute(app, "/api/goals/:id", {
    tags: ["goals"],
    summary: "Change a goal",
    permission: "manage_plan",
    body: UpdateGoal,
    out: GoalOut,
    change: (a, id, version, b) => updateGoal(s, a, id, version, b),
    present: presentGoal,
  });
}
