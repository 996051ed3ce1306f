// Extension requests (延期申请): a unit asks, a supervisor approves or refuses.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import {
  decideExtension,
  extensionsForCommitment,
  extensionsForPlan,
  requestExtension,
} from "../../../services/cycle/extension.service.ts";
import { actor, etag, ifMatch } from "../../auth.ts";
import { unitRecordLists } from "../../shared-routes.ts";
import { presentExtension } from "../../presenters/cycle.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import {
  DecisionBody,
  ExtensionBody,
  ExtensionList,
  ExtensionResponse,
  RefuseBody,
  StateQuery,
} from "./schema.ts";

export function extensionRoutes(app: App, s: Services) {
  const tags = ["extensions"];
  app.post(
    "/api/commitments/:id/extensions",
    {
      schema: {
        tags,
        summary: "Ask for a later deadline with a reason (reporter of the item's unit, supervisor, admin)",
        params: IdParams,
        body: ExtensionBody,
        response: { 201: ExtensionResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const e = await requestExtension(s, actor(req), req.params.id, {
        newDate: b.new_date,
        reason: b.reason,
      });
      return etag(reply.status(201), e.version).send(presentExtension(e));
    },
  );
  unitRecordLists(app, s, {
    path: "extensions",
    tags,
    list: ExtensionList,
    stateQuery: StateQuery,
    ofItem: { summary: "An item's extension requests, both dates each", read: extensionsForCommitment },
    ofPlan: { summary: "A plan's extension requests (reporters: their unit's)", read: extensionsForPlan },
    present: presentExtension,
  });
  app.post(
    "/api/extensions/:id/approve",
    {
      schema: {
        tags,
        summary: "Approve: the item's deadline becomes the new date (supervisor, admin; If-Match)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: DecisionBody,
        response: { 200: ExtensionResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const e = await decideExtension(s, actor(req), req.params.id, ifMatch(req), {
        approve: true,
        reason: b.reason,
      });
      return etag(reply, e.version).send(presentExtension(e));
    },
  );
  app.post(
    "/api/extensions/:id/refuse",
    {
      schema: {
        tags,
        summary: "Refuse with a reason; the deadline stays (supervisor, admin; If-Match)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: RefuseBody,
        response: { 200: ExtensionResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const e = await decideExtension(s, actor(req), req.params.id, ifMatch(req), {
        approve: false,
        reason: b.reason,
      });
      return etag(reply, e.version).send(presentExtension(e));
    },
  );
}
