// Extension requests (延期申请): a unit asks, a supervisor approves or refuses.
import type { App } from "../../app-type.ts";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import {
  decideExtension,
  extensionsForCommitment,
  extensionsForPlan,
  requestExtension,
} from "../../../services/cycle/extension.service.ts";
import { actor, etag, ifMatch } from "../../auth.ts";
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
  const id = (p: unknown) => (p as { id: number }).id;
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
      const e = await requestExtension(s, actor(req), id(req.params), {
        newDate: b.new_date,
        reason: b.reason,
      });
      return etag(reply.status(201), e.version).send(presentExtension(e));
    },
  );
  app.get(
    "/api/commitments/:id/extensions",
    {
      schema: {
        tags,
        summary: "An item's extension requests, both dates each",
        params: IdParams,
        response: { 200: ExtensionList },
      },
    },
    async (req) => ({
      items: (await extensionsForCommitment(s, actor(req), id(req.params))).map(presentExtension),
    }),
  );
  app.get(
    "/api/plans/:id/extensions",
    {
      schema: {
        tags,
        summary: "A plan's extension requests (reporters: their unit's)",
        params: IdParams,
        querystring: StateQuery,
        response: { 200: ExtensionList },
      },
    },
    async (req) => ({
      items: (await extensionsForPlan(s, actor(req), id(req.params), req.query.state)).map(presentExtension),
    }),
  );
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
      const b = (req.body ?? {}) as Static<typeof DecisionBody>;
      const e = await decideExtension(s, actor(req), id(req.params), ifMatch(req), {
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
      const e = await decideExtension(s, actor(req), id(req.params), ifMatch(req), {
        approve: false,
        reason: b.reason,
      });
      return etag(reply, e.version).send(presentExtension(e));
    },
  );
}
