// The reporting page's data in one request: a unit's confirmed items, each
// with the period of its latest report.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { requirePlan } from "../../../services/access.ts";
import { reportingList } from "../../../services/reporting.read.ts";
import { actor } from "../../auth.ts";
import { presentCommitment } from "../../presenters/internal.ts";
import { ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { ReportingOut, ReportingQuery } from "./schema.ts";

export function reportingRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/reporting",
    {
      schema: {
        tags: ["progress"],
        summary: "A unit's confirmed items with the period of each one's latest report (the reporting page)",
        response: ok(ReportingOut),
        params: IdParams,
        querystring: ReportingQuery,
      },
    },
    async (req) => {
      const a = actor(req);
      const plan = await requirePlan(s, req.params.id);
      const r = await reportingList(s, a, plan.id, req.query.unit);
      return {
        unit_id: r.unitId,
        items: r.items.map(({ c, lastPeriod }) => ({
          commitment: presentCommitment(c),
          last_period: lastPeriod,
        })),
      };
    },
  );
}
