import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { createPlan, updatePlan } from "../../../services/admin.service.ts";
import { requirePlan } from "../../../services/access.ts";
import { plansPage } from "../../../services/plans.read.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentPlan } from "../../presenters/internal.ts";
import { PageOf, PlanOut, created, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { CreatePlan, PageQuery, UpdatePlan } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function planRoutes(app: App, s: Services) {
  app.get(
    "/api/plans",
    {
      schema: {
        tags: ["plans"],
        summary: "Plans, by keyset pages",
        response: ok(PageOf(PlanOut)),
        querystring: PageQuery,
      },
    },
    async (req) => {
      actor(req);
      const q = req.query;
      const p = await plansPage(s, q);
      return { items: p.items.map(presentPlan), next: p.next };
    },
  );
  app.get(
    "/api/plans/:id",
    { schema: { tags: ["plans"], summary: "One plan", response: ok(PlanOut), params: IdParams } },
    async (req, reply) => {
      actor(req);
      const plan = await requirePlan(s, req.params.id);
      return etag(reply, plan.version).send(presentPlan(plan));
    },
  );
  app.post(
    "/api/plans",
    { schema: { tags: ["plans"], summary: "Create a plan", response: created(PlanOut), body: CreatePlan } },
    async (req, reply) => {
      const a = authorize(req, "manage_plan");
      const b = req.body;
      const plan = await createPlan(s, a, b.name, b.framework_name ?? null);
      return etag(reply.status(201), plan.version).send(presentPlan(plan));
    },
  );
  patchRoute(app, "/api/plans/:id", {
    tags: ["plans"],
    summary: "Rename a plan",
    permission: "manage_plan",
    body: UpdatePlan,
    out: PlanOut,
    change: (a, id, version, b) =>
      updatePlan(s, a, id, version, { name: b.name, frameworkName: b.framework_name }),
    present: presentPlan,
  });
}
