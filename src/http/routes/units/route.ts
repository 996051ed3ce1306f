import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { addUnit, updateUnit } from "../../../services/admin.service.ts";
import { allUnits } from "../../../services/people.read.ts";
import { actor, authorize, etag } from "../../auth.ts";
import { presentUnit } from "../../presenters/internal.ts";
import { ListOf, UnitOut, created, ok } from "../../responses.ts";
import { CreateUnit, UpdateUnit } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function unitRoutes(app: App, s: Services) {
  app.get(
    "/api/units",
    { schema: { tags: ["units"], summary: "All units", response: ok(ListOf(UnitOut)) } },
    async (req) => {
      actor(req);
      return { items: (await allUnits(s)).map(presentUnit), next: null };
    },
  );
  app.post(
    "/api/units",
    {
      schema: {
        tags: ["units"],
        summary: "Add a unit (admin)",
        response: created(UnitOut),
        body: CreateUnit,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_units");
      const b = req.body;
      const u = await addUnit(s, a, {
        name: b.name,
        kind: b.kind,
        aliases: b.aliases,
        parentId: b.parent_id,
      });
      return etag(reply.status(201), u.version).send(presentUnit(u));
    },
  );
  patchRoute(app, "/api/units/:id", {
    tags: ["units"],
    summary: "Change a unit (admin)",
    permission: "manage_units",
    body: UpdateUnit,
    out: UnitOut,
    change: (a, id, version, b) =>
      updateUnit(s, a, id, version, {
        name: b.name,
        kind: b.kind,
        aliases: b.aliases,
        parentId: b.parent_id,
      }),
    present: presentUnit,
  });
}
