import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { updateTarget } from "../../../services/tracking.service.ts";
import { requirePlan, requireTarget, visibleCommitment } from "../../../services/access.ts";
import { targetsPage } from "../../../services/targets.read.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentTarget } from "../../presenters/internal.ts";
import { IdParams } from "../../schemas.ts";
import { PageOf, TargetOut, ok } from "../../responses.ts";
import { TargetPatch, TargetQuery } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function targetRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/targets",
    {
      schema: {
        tags: ["targets"],
        summary: "Targets; indicators=true for the plan's own indicators",
        response: ok(PageOf(TargetOut)),
        params: IdParams,
        querystring: TargetQuery,
      },
    },
    async (req) => {
      authorize(req, "read_plan");
      const plan = await requirePlan(s, req.params.id);
      const q = req.query;
      const p = await targetsPage(s, plan.id, q);
      return { items: p.items.map(presentTarget), next: p.next };
    },
  );
  app.get(
    "/api/targets/:id",
    { schema: { tags: ["targets"], summary: "One target", response: ok(TargetOut), params: IdParams } },
    async (req, reply) => {
      const t = await requireTarget(s, req.params.id);
      if (t.commitment_id !== null && req.user?.role === "reporter")
        await visibleCommitment(s, actor(req), t.commitment_id);
      else authorize(req, "read_plan");
      return etag(reply, t.version).send(presentTarget(t));
    },
  );
  patchRoute(app, "/api/targets/:id", {
    tags: ["targets"],
    summary: "Correct a target (baseline, due year, value)",
    permission: "track",
    body: TargetPatch,
    out: TargetOut,
    change: (a, id, version, b) =>
      updateTarget(s, a, id, version, {
        value: b.value,
        comparator: b.comparator,
        baselineValue: b.baseline_value,
        baselineYear: b.baseline_year,
        dueYear: b.due_year,
        unitOfMeasure: b.unit_of_measure,
      }),
    present: presentTarget,
  });
}
