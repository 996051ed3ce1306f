// Progress reports: reporters file them for their own unit's confirmed
// commitments; supervisors for any, and for the plan's indicators.
import type { App } from "../../app-type.ts";
import { LantuError } from "../../../errors.ts";
import type { Services } from "../../../services/context.ts";
import { requireTarget, visibleCommitment } from "../../../services/access.ts";
import { progressPage } from "../../../services/progress.read.ts";
import { fileProgress } from "../../../services/tracking.service.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentProgress } from "../../presenters/internal.ts";
import { PageOf, ProgressOut, created, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { IndicatorBody, ProgressBody, ProgressQuery } from "./schema.ts";

export function progressRoutes(app: App, s: Services) {
  app.get(
    "/api/commitments/:id/progress",
    {
      config: { cached: true },
      schema: {
        tags: ["progress"],
        summary: "A commitment's reports, newest first",
        response: ok(PageOf(ProgressOut)),
        params: IdParams,
        querystring: ProgressQuery,
      },
    },
    async (req) => {
      const c = await visibleCommitment(s, actor(req), req.params.id);
      const p = await progressPage(s, c.id, req.query);
      return { items: p.items.map(presentProgress), next: p.next };
    },
  );
  app.post(
    "/api/commitments/:id/progress",
    {
      schema: {
        tags: ["progress"],
        summary: "File a progress report",
        response: created(ProgressOut),
        params: IdParams,
        body: ProgressBody,
      },
    },
    async (req, reply) => {
      const c = await visibleCommitment(s, actor(req), req.params.id, "report");
      const b = req.body;
      const row = await fileProgress(
        s,
        actor(req),
        { commitmentId: c.id },
        {
          period: b.period,
          narrative: b.narrative,
          figure: b.figure,
          targetId: b.target_id,
          complete: b.complete,
          evidenceLinks: b.evidence_links,
        },
      );
      return etag(reply.status(201), row.version).send(presentProgress(row));
    },
  );
  app.post(
    "/api/targets/:id/progress",
    {
      schema: {
        tags: ["progress"],
        summary: "Report a figure for a plan indicator",
        response: created(ProgressOut),
        params: IdParams,
        body: IndicatorBody,
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      const t = await requireTarget(s, id);
      if (t.commitment_id !== null) {
        throw new LantuError(
          "validation",
          `target ${id} belongs to commitment ${t.commitment_id}; report there with target_id`,
          {
            field: "id",
          },
        );
      }
      const a = authorize(req, "report", [t.unit_id]);
      const b = req.body;
      const row = await fileProgress(
        s,
        a,
        { targetId: id },
        { period: b.period, narrative: b.narrative, figure: b.figure, evidenceLinks: b.evidence_links },
      );
      return etag(reply.status(201), row.version).send(presentProgress(row));
    },
  );
}
