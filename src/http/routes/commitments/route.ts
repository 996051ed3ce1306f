// Commitment lists (filters, search, keyset pages), one commitment, and its
// tracking fields and milestones.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { requireMilestone, requirePlan, visibleCommitment } from "../../../services/access.ts";
import { commitmentInFull, commitmentsPage } from "../../../services/commitments.read.ts";
import { addMilestone, updateMilestone, updateTracking } from "../../../services/tracking.service.ts";
import { actor, authorize, etag, ifMatch } from "../../auth.ts";
import { presentCommitment, presentCommitmentDetail, presentMilestone } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { ListQuery, MilestoneBody, MilestonePatch, TrackingBody } from "./schema.ts";

export function commitmentRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/plans/:id/commitments",
    {
      schema: {
        tags: ["commitments"],
        summary: "Commitments: filter by unit, goal, status, review state; search; sort; keyset pages",
        params: IdParams,
        querystring: ListQuery,
      },
    },
    async (req) => {
      const a = actor(req);
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const p = await commitmentsPage(s, a, plan.id, req.query as Static<typeof ListQuery>);
      return { items: p.items.map(presentCommitment), next: p.next };
    },
  );
  app.get(
    "/api/commitments/:id",
    {
      schema: {
        tags: ["commitments"],
        summary: "A commitment with evidence, goals, targets, milestones",
        params: IdParams,
      },
    },
    async (req, reply) => {
      const c = await visibleCommitment(s, actor(req), (req.params as { id: number }).id);
      return etag(reply, c.version).send(presentCommitmentDetail(await commitmentInFull(s, c)));
    },
  );
  app.patch(
    "/api/commitments/:id",
    {
      schema: {
        tags: ["tracking"],
        summary: "Set lead and cooperating units and the deadline",
        params: IdParams,
        headers: IfMatchHeaders,
        body: TrackingBody,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "track");
      const b = req.body as Static<typeof TrackingBody>;
      const c = await updateTracking(s, a, (req.params as { id: number }).id, ifMatch(req), {
        leadUnitId: b.lead_unit_id,
        cooperatingUnitIds: b.cooperating_unit_ids,
        deadline: b.deadline,
      });
      return etag(reply, c.version).send(presentCommitmentDetail(await commitmentInFull(s, c)));
    },
  );
  app.post(
    "/api/commitments/:id/milestones",
    { schema: { tags: ["tracking"], summary: "Add a milestone", params: IdParams, body: MilestoneBody } },
    async (req, reply) => {
      const a = authorize(req, "track");
      const b = req.body as Static<typeof MilestoneBody>;
      const m = await addMilestone(s, a, (req.params as { id: number }).id, b.title, b.due_date);
      return etag(reply.status(201), m.version).send(presentMilestone(m));
    },
  );
  app.patch(
    "/api/milestones/:id",
    {
      schema: {
        tags: ["tracking"],
        summary: "Change or tick off a milestone",
        params: IdParams,
        headers: IfMatchHeaders,
        body: MilestonePatch,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "track");
      const id = (req.params as { id: number }).id;
      await requireMilestone(s, id);
      const b = req.body as Static<typeof MilestonePatch>;
      const m = await updateMilestone(s, a, id, ifMatch(req), {
        title: b.title,
        dueDate: b.due_date,
        done: b.done,
      });
      return etag(reply, m.version).send(presentMilestone(m));
    },
  );
}
