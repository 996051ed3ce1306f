// Review actions: each a named command (one transaction, one audit entry)
// guarded by If-Match.
import type { App } from "../../app-type.ts";
import type { TSchema } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { confirm, edit, merge, reject, split } from "../../../services/review.service.ts";
import type { Commitment } from "../../../services/access.ts";
import { withViews } from "../../../services/commitments.read.ts";
import { authorize, etag, ifMatch } from "../../auth.ts";
import { presentCommitment } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { CommitmentOut, ok } from "../../responses.ts";
import { EditBody, MergeBody, MergedOut, RejectBody, SplitBody, SplitOut } from "./schema.ts";

export function reviewRoutes(app: App, s: Services) {
  const present = async (rows: Commitment[]) => (await withViews(s, rows)).map(presentCommitment);
  const schema = <R extends TSchema>(summary: string, response: R) => ({
    tags: ["review"],
    summary,
    params: IdParams,
    headers: IfMatchHeaders,
    response: ok(response),
  });
  const withBody = <B extends TSchema, R extends TSchema>(summary: string, body: B, response: R) => ({
    ...schema(summary, response),
    body,
  });

  app.post(
    "/api/commitments/:id/confirm",
    { schema: schema("Confirm a proposed item (no body)", CommitmentOut) },
    async (req, reply) => {
      const c = await confirm(s, authorize(req, "review"), req.params.id, ifMatch(req));
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
  app.post(
    "/api/commitments/:id/edit",
    { schema: withBody("Correct text, unit or goals", EditBody, CommitmentOut) },
    async (req, reply) => {
      const b = req.body;
      const c = await edit(s, authorize(req, "review"), req.params.id, ifMatch(req), {
        text: b.text,
        unitId: b.unit_id,
        goals: b.goals?.map((g) => ({ goalId: g.goal_id, confidence: g.confidence })),
      });
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
  app.post(
    "/api/commitments/:id/merge",
    { schema: withBody("Merge into another item", MergeBody, MergedOut) },
    async (req, reply) => {
      const b = req.body;
      const r = await merge(s, authorize(req, "review"), req.params.id, ifMatch(req), b.into);
      const [merged, into] = await present([r.merged, r.into]);
      return etag(reply, r.merged.version).send({ merged, into });
    },
  );
  app.post(
    "/api/commitments/:id/split",
    { schema: withBody("Split into several items", SplitBody, SplitOut) },
    async (req, reply) => {
      const b = req.body;
      const rows = await split(s, authorize(req, "review"), req.params.id, ifMatch(req), b.parts);
      return etag(reply, rows[0]!.version).send({ items: await present(rows) });
    },
  );
  app.post(
    "/api/commitments/:id/reject",
    { schema: withBody("Reject with a reason", RejectBody, CommitmentOut) },
    async (req, reply) => {
      const b = req.body;
      const c = await reject(s, authorize(req, "review"), req.params.id, ifMatch(req), b.reason);
      return etag(reply, c.version).send((await present([c]))[0]);
    },
  );
}
