// Progress reports: reporters file them for their own unit's confirmed
// commitments; supervisors for any, and for the plan's indicators.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import { LantuError } from "../../../errors.ts";
import type { Services } from "../../../services/context.ts";
import { fileProgress } from "../../../services/tracking.service.ts";
import { listProgress } from "../../../storage/progress.repo.ts";
import { getTarget } from "../../../storage/target.repo.ts";
import { decodeCursor, page } from "../../../storage/util.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentProgress } from "../../presenters/internal.ts";
import { IdParams } from "../../schemas.ts";
import { visibleCommitment } from "../commitments/route.ts";
import { IndicatorBody, ProgressBody, ProgressQuery } from "./schema.ts";

export function progressRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/commitments/:id/progress",
    {
      schema: {
        tags: ["progress"],
        summary: "A commitment's reports, newest first",
        params: IdParams,
        querystring: ProgressQuery,
      },
    },
    async (req) => {
      const c = await visibleCommitment(s, req, (req.params as { id: number }).id);
      const q = req.query as Static<typeof ProgressQuery>;
      const limit = q.limit ?? 50;
      const rows = await listProgress(s.store.db, c.id, decodeCursor(q.cursor)?.[1] ?? null, limit);
      const p = page(rows, limit, (r) => r.id);
      return { items: p.items.map(presentProgress), next: p.next };
    },
  );
  app.post(
    "/api/commitments/:id/progress",
    {
      schema: { tags: ["progress"], summary: "File a progress report", params: IdParams, body: ProgressBody },
    },
    async (req, reply) => {
      const c = await visibleCommitment(s, req, (req.params as { id: number }).id, "report");
      const b = req.body as Static<typeof ProgressBody>;
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
        params: IdParams,
        body: IndicatorBody,
      },
    },
    async (req, reply) => {
      const id = (req.params as { id: number }).id;
      const t = await getTarget(s.store.db, id);
      if (!t) throw new LantuError("not_found", `target ${id} not found`);
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
      const b = req.body as Static<typeof IndicatorBody>;
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
