// The public portal's API: no login, confirmed items only, public presenter.
// Its reads are the same for every caller, so each answer is kept once for
// all of them until the next write (`cached: "public"`, http/response-cache.ts).
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { confirmedCommitment, requirePlan } from "../../../services/access.ts";
import { commitmentInFull, publicCommitmentsPage } from "../../../services/commitments.read.ts";
import { publicOverview } from "../../../services/overview.read.ts";
import { publicPlans } from "../../../services/plans.read.ts";
import { latestProgress } from "../../../services/progress.read.ts";
import {
  publicCommitment,
  publicCommitmentDetail,
  publicPlan,
  publicTarget,
} from "../../presenters/public.ts";
import { PageOf, PublicCommitmentDetailOut, PublicCommitmentOut, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { PublicListQuery } from "../commitments/schema.ts";
import { PublicOverviewOut, PublicPlansOut } from "./schema.ts";

export function publicRoutes(app: App, s: Services) {
  const tags = ["public"];
  app.get(
    "/api/public/plans",
    { config: { cached: "public" }, schema: { tags, summary: "Plans", response: ok(PublicPlansOut) } },
    async () => ({
      items: (await publicPlans(s)).map(publicPlan),
    }),
  );
  app.get(
    "/api/public/plans/:id/overview",
    {
      config: { cached: "public" },
      schema: { tags, summary: "A plan at a glance", response: ok(PublicOverviewOut), params: IdParams },
    },
    async (req) => {
      const plan = await requirePlan(s, req.params.id);
      const o = await publicOverview(s, plan.id);
      return {
        plan: publicPlan(plan),
        goals: o.goals.map((g) => ({ id: g.id, name: g.name })),
        units: o.units,
        matrix: o.cells,
        // The matrix holds the busiest units' rows; goal totals and the unit count cover every unit.
        goal_totals: o.goalTotals,
        matrix_unit_count: o.unitCount,
        status_counts: o.status,
        indicators: o.indicators.map(publicTarget),
      };
    },
  );
  app.get(
    "/api/public/plans/:id/commitments",
    {
      config: { cached: "public" },
      schema: {
        tags,
        summary: "Confirmed commitments",
        response: ok(PageOf(PublicCommitmentOut)),
        params: IdParams,
        querystring: PublicListQuery,
      },
    },
    async (req) => {
      const plan = await requirePlan(s, req.params.id);
      const p = await publicCommitmentsPage(s, plan.id, req.query);
      return { items: p.items.map(publicCommitment), next: p.next };
    },
  );
  app.get(
    "/api/public/commitments/:id",
    {
      config: { cached: "public" },
      schema: {
        tags,
        summary: "A confirmed commitment with its source sentence and progress",
        response: ok(PublicCommitmentDetailOut),
        params: IdParams,
      },
    },
    async (req) => {
      const c = await confirmedCommitment(s, req.params.id);
      return publicCommitmentDetail(await commitmentInFull(s, c), await latestProgress(s, c.id));
    },
  );
}
