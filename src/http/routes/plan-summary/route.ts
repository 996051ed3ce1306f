// The overview's summary: each goal's confirmed commitments by status (for
// the goal cards) and the plan's period.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { requirePlan } from "../../../services/access.ts";
import { planSummary } from "../../../services/plan-summary.read.ts";
import { actor } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import { SummaryBody } from "./schema.ts";

export function planSummaryRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/summary",
    {
      config: { cached: true },
      schema: {
        tags: ["overview"],
        summary: "Confirmed commitments per goal and status (goal_id null: unaligned); the plan's years",
        params: IdParams,
        response: { 200: SummaryBody },
      },
    },
    async (req) => {
      actor(req);
      const plan = await requirePlan(s, req.params.id);
      const { period, goalStatus } = await planSummary(s, plan.id);
      return { plan_id: plan.id, period, goal_status: goalStatus };
    },
  );
}
