// The dashboard's data: aggregates (unit × goal matrix, status counts),
// deadlines, indicators; overdue items; units that owe a report.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { today } from "../../../services/context.ts";
import { overview } from "../../../services/overview.service.ts";
import { commitmentViews } from "../../../services/read.service.ts";
import { deadlines, unitsOwingReport } from "../../../storage/commitment.repo.ts";
import { decodeCursor, page } from "../../../storage/util.ts";
import { actor, authorize } from "../../auth.ts";
import { presentCommitment, presentGoal, presentTarget } from "../../presenters/internal.ts";
import { IdParams } from "../../schemas.ts";
import { requirePlan } from "../plans/route.ts";
import { OverdueQuery, OwingQuery } from "./schema.ts";

export function overviewRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/plans/:id/overview",
    {
      schema: {
        tags: ["overview"],
        summary: "Matrix of confirmed commitments, status and review counts, deadlines, indicators",
        params: IdParams,
      },
    },
    async (req) => {
      actor(req);
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const o = await overview(s.store.db, plan.id, today(s));
      const views = await commitmentViews(s.store.db, [...o.upcoming, ...o.overdue]);
      const byId = new Map(views.map((v) => [v.row.id, presentCommitment(v)]));
      return {
        plan_id: plan.id,
        goals: o.goals.map(presentGoal),
        units: o.units,
        matrix: o.cells,
        status_counts: o.status,
        review_counts: o.review,
        upcoming: o.upcoming.map((r) => byId.get(r.id)),
        overdue: o.overdue.map((r) => byId.get(r.id)),
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
        params: IdParams,
        querystring: OverdueQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const q = req.query as Static<typeof OverdueQuery>;
      const limit = q.limit ?? 50;
      const rows = await deadlines(s.store.db, plan.id, "overdue", today(s), limit, decodeCursor(q.cursor));
      const p = page(rows, limit, (r) => r.due_date);
      return { items: (await commitmentViews(s.store.db, p.items)).map(presentCommitment), next: p.next };
    },
  );
  app.get(
    "/api/plans/:id/owing",
    {
      schema: {
        tags: ["overview"],
        summary: "Units that owe a report for a period",
        params: IdParams,
        querystring: OwingQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const { period } = req.query as Static<typeof OwingQuery>;
      const rows = await unitsOwingReport(s.store.db, plan.id, period);
      return {
        period,
        items: rows.map((r) => ({ unit_id: r.unit_id, unit_name: r.unit_name, missing: Number(r.missing) })),
      };
    },
  );
}
