// Commitment lists (filters, search, keyset pages), one commitment, and its
// tracking fields and milestones.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Static } from "@sinclair/typebox";
import { LantuError } from "../../../errors.ts";
import { can, unitScope } from "../../../domain/permissions.ts";
import { planQuery } from "../../../domain/search-terms.ts";
import type { Services } from "../../../services/context.ts";
import { commitmentDetail, commitmentViews, unitsOf } from "../../../services/read.service.ts";
import { addMilestone, updateMilestone, updateTracking } from "../../../services/tracking.service.ts";
import { getCommitment, listCommitments } from "../../../storage/commitment.repo.ts";
import { getMilestone } from "../../../storage/progress.repo.ts";
import type { CommitmentRow } from "../../../storage/schema.ts";
import { decodeCursor } from "../../../storage/util.ts";
import { actor, authorize, etag, ifMatch } from "../../auth.ts";
import { presentCommitment, presentCommitmentDetail, presentMilestone } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { requirePlan } from "../plans/route.ts";
import { ListQuery, MilestoneBody, MilestonePatch, TrackingBody } from "./schema.ts";

/** Loads a commitment the caller may see with `perm`: staff any, reporters their unit's confirmed ones. */
export async function visibleCommitment(
  s: Services,
  req: FastifyRequest,
  id: number,
  perm: "read_unit" | "report" = "read_unit",
): Promise<CommitmentRow> {
  const a = actor(req);
  const c = await getCommitment(s.store.db, id);
  if (!c) throw new LantuError("not_found", `commitment ${id} not found`);
  const principal = { role: req.user!.role as never, unitId: a.unitId };
  if (req.user!.role === "reporter" && c.review_state !== "confirmed") {
    throw new LantuError(
      "forbidden",
      `commitment ${id} is not confirmed; reporters see confirmed items only`,
    );
  }
  if (!can(principal, perm, await unitsOf(s.store.db, c))) {
    throw new LantuError("forbidden", `your role (${a.role}) may not do this for this unit`);
  }
  return c;
}

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
      actor(req);
      const plan = await requirePlan(s, (req.params as { id: number }).id);
      const q = req.query as Static<typeof ListQuery>;
      const scope = unitScope({ role: req.user!.role as never, unitId: req.user!.unit_id });
      if (scope !== null && q.unit !== undefined && q.unit !== scope) {
        throw new LantuError("forbidden", "reporters list their own unit's commitments only");
      }
      if (scope !== null && q.review !== undefined && q.review !== "confirmed") {
        throw new LantuError("forbidden", "reporters see confirmed items only");
      }
      const p = await listCommitments(s.store.db, {
        planId: plan.id,
        unitId: scope ?? q.unit,
        goalId: q.goal,
        status: q.status,
        reviewState: scope !== null ? "confirmed" : q.review,
        documentId: q.document,
        search: q.q ? planQuery(q.q) : undefined,
        sort: q.sort ?? "id",
        cursor: decodeCursor(q.cursor),
        limit: q.limit ?? 50,
      });
      return { items: (await commitmentViews(s.store.db, p.items)).map(presentCommitment), next: p.next };
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
      const c = await visibleCommitment(s, req, (req.params as { id: number }).id);
      return etag(reply, c.version).send(presentCommitmentDetail(await commitmentDetail(s.store.db, c)));
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
      return etag(reply, c.version).send(presentCommitmentDetail(await commitmentDetail(s.store.db, c)));
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
      if (!(await getMilestone(s.store.db, id)))
        throw new LantuError("not_found", `milestone ${id} not found`);
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
