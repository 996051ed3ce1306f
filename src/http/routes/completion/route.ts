// Closing an item (办结销号): a unit proposes, a supervisor accepts or returns.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import {
  acceptCompletion,
  proposalsForCommitment,
  proposalsForPlan,
  proposeCompletion,
  returnCompletion,
} from "../../../services/cycle/completion.service.ts";
import { actor, etag, ifMatch } from "../../auth.ts";
import { unitRecordLists } from "../../shared-routes.ts";
import { presentProposal } from "../../presenters/cycle.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { ProposalList, ProposalResponse, ProposeBody, ReturnBody, StateQuery } from "./schema.ts";

export function completionRoutes(app: App, s: Services) {
  const tags = ["completion"];
  app.post(
    "/api/commitments/:id/completion",
    {
      schema: {
        tags,
        summary:
          "Propose completion (提请销号) with the figure reached and evidence; a figure is required when the item has a numeric target (reporter of the item's unit, supervisor, admin)",
        params: IdParams,
        body: ProposeBody,
        response: { 201: ProposalResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const p = await proposeCompletion(s, actor(req), req.params.id, {
        narrative: b.narrative,
        figure: b.figure,
        targetId: b.target_id,
        period: b.period,
        evidenceLinks: b.evidence_links,
      });
      return etag(reply.status(201), p.version).send(presentProposal(p));
    },
  );
  unitRecordLists(app, s, {
    path: "completion",
    tags,
    list: ProposalList,
    stateQuery: StateQuery,
    ofItem: {
      summary: "An item's completion proposals, newest first, with return reasons (who may see the item)",
      read: proposalsForCommitment,
    },
    ofPlan: { summary: "A plan's completion proposals (reporters: their unit's)", read: proposalsForPlan },
    present: presentProposal,
  });
  app.post(
    "/api/completion/:id/accept",
    {
      schema: {
        tags,
        summary: "Accept (销号): the item is done (supervisor, admin; If-Match)",
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: ProposalResponse },
      },
    },
    async (req, reply) => {
      const p = await acceptCompletion(s, actor(req), req.params.id, ifMatch(req));
      return etag(reply, p.version).send(presentProposal(p));
    },
  );
  app.post(
    "/api/completion/:id/return",
    {
      schema: {
        tags,
        summary: "Return (退回) with a reason the unit sees (supervisor, admin; If-Match)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: ReturnBody,
        response: { 200: ProposalResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const p = await returnCompletion(s, actor(req), req.params.id, ifMatch(req), b.reason);
      return etag(reply, p.version).send(presentProposal(p));
    },
  );
}
