// Commitment lists (filters, search, keyset pages), one commitment, and its
// tracking fields and milestones.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { requireMilestone, requirePlan, visibleCommitment } from "../../../services/access.ts";
import { commitmentInFull, commitmentsPage } from "../../../services/commitments.read.ts";
import { addMilestone, updateMilestone, updateTracking } from "../../../services/tracking.service.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentCommitment, presentCommitmentDetail, presentMilestone } from "../../presenters/internal.ts";
import { CommitmentDetailOut, CommitmentOut, MilestoneOut, PageOf, created, ok } from "../../responses.ts";
import { IdParams } from "../../schemas.ts";
import { ListQuery, MilestoneBody, MilestonePatch, TrackingBody } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function commitmentRoutes(app: App, s: Services) {
  app.get(
    "/api/plans/:id/commitments",
    {
      config: { cached: true },
      schema: {
        tags: ["commitments"],
        summary: "Commitments: filter by unit, goal, status, review state; search; sort; keyset pages",
        response: ok(PageOf(CommitmentOut)),
        params: IdParams,
        querystring: ListQuery,
      },
    },
    async (req) => {
      const a = actor(req);
      const plan = await requirePlan(s, req.params.id);
      const p = await commitmentsPage(s, a, plan.id, req.query);
      return { items: p.items.map(presentCommitment), next: p.next };
    },
  );
  app.get(
    "/api/commitments/:id",
    {
      config: { cached: true },
      schema: {
        tags: ["commitments"],
        summary: "A commitment with evidence, goals, targets, milestones",
        response: ok(CommitmentDetailOut),
        params: IdParams,
      },
    },
    async (req, reply) => {
      const c = await visibleCommitment(s, actor(req), req.params.id);
      return etag(reply, c.version).send(presentCommitmentDetail(await commitmentInFull(s, c)));
    },
  );
  patchRoute(app, "/api/commitments/:id", {
    tags: ["tracking"],
    summary: "Set lead and cooperating units and the deadline",
    permission: "track",
    body: TrackingBody,
    out: CommitmentDetailOut,
    change: (a, id, version, b) =>
      updateTracking(s, a, id, version, {
        leadUnitId: b.lead_unit_id,
        cooperatingUnitIds: b.cooperating_unit_ids,
        deadline: b.deadline,
      }),
    present: async (c) => presentCommitmentDetail(await commitmentInFull(s, c)),
  });
  app.post(
    "/api/commitments/:id/milestones",
    {
      schema: {
        tags: ["tracking"],
        summary: "Add a milestone",
        response: created(MilestoneOut),
        params: IdParams,
        body: MilestoneBody,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "track");
      const b = req.body;
      const m = await addMilestone(s, a, req.params.id, b.title, b.due_date);
      return etag(reply.status(201), m.version).send(presentMilestone(m));
    },
  );
  patchRoute(app, "/api/milestones/:id", {
    tags: ["tracking"],
    summary: "Change or tick off a milestone",
    permission: "track",
    body: MilestonePatch,
    out: MilestoneOut,
    exists: (id) => requireMilestone(s, id),
    change: (a, id, version, b) =>
      updateMilestone(s, a, id, version, {
        title: b.title,
        dueDate: b.due_date,
        done: b.done,
        doneOn: b.done_on,
      }),
    present: presentMilestone,
  });
}
