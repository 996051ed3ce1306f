// The dashboard's data: aggregates (unit × goal matrix, status counts),
// deadlines, indicators; overdue items; units that owe a report.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { requirePlan } from "../../../services/access.ts";
import { overduePage, planOverview, unitsOwing } from "../../../services/overview.read.ts";
import { unitScope } from "../../../domain/permissions.ts";
import { actor, authorize } from "../../auth.ts";
import { presentCommitment, presentGoal, presentTarget } from "../../presenters/internal.ts";
import { CommitmentOut, PageOf, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { OverdueQuery, OwingQuery, OverviewOut, OwingOut } from "./schema.ts";

export function overviewRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/overview",
    {
      config: { cached: true },
      schema: {
        tags: ["overview"],
        summary: "Matrix of confirmed commitments, status and review counts, deadlines, indicators",
        response: ok(OverviewOut),
        params: IdParams,
      },
    },
    async (req) => {
      const a = actor(req);
      const plan = await requirePlan(s, req.params.id);
      const o = await planOverview(s, plan.id, unitScope(a));
      return {
        plan_id: plan.id,
        goals: o.goals.map(presentGoal),
        units: o.units,
        matrix: o.cells,
        // The matrix holds the busiest units' rows; goal totals and the unit count cover every unit.
        goal_totals: o.goalTotals,
        matrix_unit_count: o.unitCount,
        status_counts: o.status,
        review_counts: o.review,
        upcoming: o.upcoming.map(presentCommitment),
        overdue: o.overdue.map(presentCommitment),
        indicators: o.indicators.map(presentTarget),
      };
    },
  );
  app.get(
    "/api/plans/:id/overdue",
    {
      schema: {
        tags: ["overview"],
        summary: "Confirmed items past their due date, oldest first",
        response: ok(PageOf(CommitmentOut)),
        params: IdParams,
        querystring: OverdueQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, req.params.id);
      const p = await overduePage(s, plan.id, req.query);
      return { items: p.items.map(presentCommitment), next: p.next };
    },
  );
  app.get(
    "/api/plans/:id/owing",
    {
      schema: {
        tags: ["overview"],
        summary: "Units that owe a report for a period",
        response: ok(OwingOut),
        params: IdParams,
        querystring: OwingQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, req.params.id);
      const { period } = req.query;
      return { period, items: await unitsOwing(s, plan.id, period) };
    },
  );
}
