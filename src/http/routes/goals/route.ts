import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { addGoal, updateGoal } from "../../../services/admin.service.ts";
import { requirePlan } from "../../../services/access.ts";
import { planGoals } from "../../../services/plans.read.ts";
import { actor, authorize, etag, ifMatch } from "../../auth.ts";
import { presentGoal } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { CreateGoal, UpdateGoal } from "./schema.ts";

export function goalRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/plans/:id/goals",
    { schema: { tags: ["goals"], summary: "A plan's goal framework", params: IdParams } },
    async (req) => {
      actor(req);
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      return { items: (await planGoals(s, plan.id)).map(presentGoal), next: null };
    },
  );
  app.post(
    "/api/plans/:id/goals",
    { schema: { tags: ["goals"], summary: "Add a goal", params: IdParams, body: CreateGoal } },
    async (req, reply) => {
      const a = authorize(req, "manage_plan");
      const b = req.body as Static<typeof CreateGoal>;
      const g = await addGoal(s, a, (req.params as { id: number }).id, b);
      return etag(reply.status(201), g.version).send(presentGoal(g));
    },
  );
  app.patch(
    "/api/goals/:id",
    {
      schema: {
        tags: ["goals"],
        summary: "Change a goal",
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateGoal,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_plan");
      const g = await updateGoal(
        s,
        a,
        (req.params as { id: number }).id,
        ifMatch(req),
        req.body as Static<typeof UpdateGoal>,
      );
      return etag(reply, g.version).send(presentGoal(g));
    },
  );
}
