// The overview's summary: each goal's confirmed commitments by status (for
// the goal cards) and the plan's period.
import type { FastifyInstance } from "fastify";
import type { Services } from "../../../services/context.ts";
import { actor } from "../../auth.ts";
import { IdParams } from "../../schemas.ts";
import { requirePlan } from "../plans/route.ts";
import { goalStatusCounts, planPeriod } from "./read.ts";
import { SummaryBody } from "./schema.ts";

export function planSummaryRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/plans/:id/summary",
    {
      schema: {
        tags: ["overview"],
        summary: "Confirmed commitments per goal and status (goal_id null: unaligned); the plan's years",
        params: IdParams,
        response: { 200: SummaryBody },
      },
    },
    async (req) => {
      actor(req);
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const [rows, period] = await Promise.all([
        goalStatusCounts(s.store.db, plan.id),
        planPeriod(s.store.db, plan.id),
      ]);
      return {
        plan_id: plan.id,
        period,
        goal_status: rows.map((r) => ({
          goal_id: r.goal_id === null ? null : Number(r.goal_id),
          status: r.status,
          n: Number(r.n),
        })),
      };
    },
  );
}
