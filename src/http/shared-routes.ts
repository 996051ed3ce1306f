// Routes of the same shape in several resources, written once: the change of
// one versioned record (PATCH with If-Match), and the two lists of a unit's
// cycle records.
import type { Static, TLiteral, TObject, TOptional, TSchema, TUnion } from "@sinclair/typebox";
import type { App } from "./app-type.ts";
import type { Permission } from "../domain/permissions.ts";
import type { Actor } from "../domain/types.ts";
import type { Services } from "../services/context.ts";
import { actor, authorize, etag, ifMatch } from "./auth.ts";
import { IdParams, IfMatchHeaders } from "./schemas.ts";

export interface Change<Body extends TSchema, R extends { version: number }> {
  tags: string[];
  summary: string;
  /** Who may make it. */
  permission: Permission;
  body: Body;
  /** The changed record's schema. */
  out: TSchema;
  /** Where the record is checked before the If-Match header: an unknown one is 404 even without it. */
  exists?(id: number): Promise<unknown>;
  /** The service's change of record `id`, at the version the caller sent in If-Match. */
  change(a: Actor, id: number, version: number, body: Static<Body>): Promise<R>;
  present(r: R): unknown;
}

/** PATCH `path` (ending in /:id): authorize, change through one service call, send the record and its ETag. */
export function patchRoute<Body extends TSchema, R extends { version: number }>(
  app: App,
  path: string,
  route: Change<Body, R>,
) {
  const { tags, summary, body } = route;
  app.patch(
    path,
    {
      schema: {
        tags,
        summary,
        response: { 200: route.out },
        params: IdParams,
        headers: IfMatchHeaders,
        body,
      },
    },
    async (req, reply) => {
      const a = authorize(req, route.permission);
      await route.exists?.(req.params.id);
      const r = await route.change(a, req.params.id, ifMatch(req), req.body);
      return etag(reply, r.version).send(await route.present(r));
    },
  );
}

// The lists of a unit's cycle records (completion proposals, extension
// requests, notices): an item's, and a plan's by state, where a reporter sees
// only its unit's (the services scope them).

export interface UnitRecordKind<R, State extends string> {
  /** The last part of both paths: /api/commitments/:id/<path> and /api/plans/:id/<path>. */
  path: string;
  tags: string[];
  /** `{ items: [...] }` of the presented records. */
  list: TSchema;
  stateQuery: TObject<{ state: TOptional<TUnion<TLiteral<State>[]>> }>;
  ofItem: { summary: string; read(s: Services, actor: Actor, commitmentId: number): Promise<R[]> };
  ofPlan: { summary: string; read(s: Services, actor: Actor, planId: number, state?: State): Promise<R[]> };
  present(r: R): unknown;
}

export function unitRecordLists<R, State extends string>(
  app: App,
  s: Services,
  kind: UnitRecordKind<R, State>,
) {
  const { tags, list, present } = kind;
  app.get(
    `/api/commitments/:id/${kind.path}`,
    { schema: { tags, summary: kind.ofItem.summary, params: IdParams, response: { 200: list } } },
    async (req) => ({ items: (await kind.ofItem.read(s, actor(req), req.params.id)).map(present) }),
  );
  app.get(
    `/api/plans/:id/${kind.path}`,
    {
      schema: {
        tags,
        summary: kind.ofPlan.summary,
        params: IdParams,
        querystring: kind.stateQuery,
        response: { 200: list },
      },
    },
    async (req) => ({
      items: (await kind.ofPlan.read(s, actor(req), req.params.id, req.query.state)).map(present),
    }),
  );
}
