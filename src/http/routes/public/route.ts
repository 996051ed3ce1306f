// The public portal's API: no login, confirmed items only, public presenter.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import { LantuError } from "../../../errors.ts";
import { planQuery } from "../../../domain/search-terms.ts";
import type { Services } from "../../../services/context.ts";
import { today } from "../../../services/context.ts";
import { overview } from "../../../services/overview.service.ts";
import { commitmentDetail, commitmentViews } from "../../../services/read.service.ts";
import { getCommitment, listCommitments } from "../../../storage/commitment.repo.ts";
import { listProgress } from "../../../storage/progress.repo.ts";
import { listPlans } from "../../../storage/plan.repo.ts";
import { decodeCursor } from "../../../storage/util.ts";
import {
  publicCommitment,
  publicCommitmentDetail,
  publicPlan,
  publicTarget,
} from "../../presenters/public.ts";
import { IdParams } from "../../schemas.ts";
import { PublicListQuery } from "../commitments/schema.ts";
import { requirePlan } from "../plans/route.ts";

export function publicRoutes(app: FastifyInstance, s: Services) {
  const tags = ["public"];
  app.get("/api/public/plans", { schema: { tags, summary: "Plans" } }, async () => ({
    items: (await listPlans(s.store.db, null, 200)).slice(0, 200).map(publicPlan),
  }));
  app.get(
    "/api/public/plans/:id/overview",
    { schema: { tags, summary: "A plan at a glance", params: IdParams } },
    async (req) => {
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const o = await overview(s.store.db, plan.id, today(s));
      return {
        plan: publicPlan(plan),
        goals: o.goals.map((g) => ({ id: g.id, name: g.name })),
        units: o.units,
        matrix: o.cells,
        status_counts: o.status,
        indicators: o.indicators.map(publicTarget),
      };
    },
  );
  app.get(
    "/api/public/plans/:id/commitments",
    { schema: { tags, summary: "Confirmed commitments", params: IdParams, querystring: PublicListQuery } },
    async (req) => {
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const q = req.query as Static<typeof PublicListQuery>;
      const p = await listCommitments(s.store.db, {
        planId: plan.id,
        unitId: q.unit,
        goalId: q.goal,
        status: q.status,
        reviewState: "confirmed",
        search: q.q ? planQuery(q.q) : undefined,
        sort: "id",
        cursor: decodeCursor(q.cursor),
        limit: q.limit ?? 50,
      });
      return { items: (await commitmentViews(s.store.db, p.items)).map(publicCommitment), next: p.next };
    },
  );
  app.get(
    "/api/public/commitments/:id",
    {
      schema: {
        tags,
        summary: "A confirmed commitment with its source sentence and progress",
        params: IdParams,
      },
    },
    async (req) => {
      const id = (req.params as { id: number }).id;
      const c = await getCommitment(s.store.db, id);
      if (!c || c.review_state !== "confirmed")
        throw new LantuError("not_found", `commitment ${id} not found`);
      const progress = await listProgress(s.store.db, id, null, 100);
      return publicCommitmentDetail(await commitmentDetail(s.store.db, c), progress.slice(0, 100));
    },
  );
}
