// Review actions: each a named command (one transaction, one audit entry)
// guarded by If-Match.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { confirm, edit, merge, reject, split } from "../../../services/review.service.ts";
import type { Commitment } from "../../../services/access.ts";
import { withViews } from "../../../services/commitments.read.ts";
import { authorize, etag, ifMatch } from "../../auth.ts";
import { presentCommitment } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { EditBody, MergeBody, RejectBody, SplitBody } from "./schema.ts";

export function reviewRoutes(app: FastifyInstance, s: Services) {
  const present = async (rows: Commitment[]) => (await withViews(s, rows)).map(presentCommitment);
  const schema = (summary: string, body?: object) => ({
    tags: ["review"],
    summary,
    params: IdParams,
    headers: IfMatchHeaders,
    ...(body ? { body } : {}),
  });
  const id = (p: unknown) => (p as { id: number }).id;

  app.post(
    "/api/commitments/:id/confirm",
    { schema: schema("Confirm a proposed item (no body)") },
    async (req, reply) => {
      const c = await confirm(s, authorize(req, "review"), id(req.params), ifMatch(req));
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
  app.post(
    "/api/commitments/:id/edit",
    { schema: schema("Correct text, unit or goals", EditBody) },
    async (req, reply) => {
      const b = req.body as Static<typeof EditBody>;
      const c = await edit(s, authorize(req, "review"), id(req.params), ifMatch(req), {
        text: b.text,
        unitId: b.unit_id,
        goals: b.goals?.map((g) => ({ goalId: g.goal_id, confidence: g.confidence })),
      });
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
  app.post(
    "/api/commitments/:id/merge",
    { schema: schema("Merge into another item", MergeBody) },
    async (req, reply) => {
      const b = req.body as Static<typeof MergeBody>;
      const r = await merge(s, authorize(req, "review"), id(req.params), ifMatch(req), b.into);
      const [merged, into] = await present([r.merged, r.into]);
      return etag(reply, r.merged.version).send({ merged, into });
    },
  );
  app.post(
    "/api/commitments/:id/split",
    { schema: schema("Split into several items", SplitBody) },
    async (req, reply) => {
      const b = req.body as Static<typeof SplitBody>;
      const rows = await split(s, authorize(req, "review"), id(req.params), ifMatch(req), b.parts);
      return etag(reply, rows[0]!.version).send({ items: await present(rows) });
    },
  );
  app.post(
    "/api/commitments/:id/reject",
    { schema: schema("Reject with a reason", RejectBody) },
    async (req, reply) => {
      const b = req.body as Static<typeof RejectBody>;
      const c = await reject(s, authorize(req, "review"), id(req.params), ifMatch(req), b.reason);
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
}
