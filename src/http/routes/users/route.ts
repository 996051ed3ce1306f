import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { createUser, updateUser } from "../../../services/admin.service.ts";
import { allUsers } from "../../../services/people.read.ts";
import { authorize, etag } from "../../auth.ts";
import { presentUser } from "../../presenters/internal.ts";
import { ListOf, UserOut, created, ok } from "../../responses.ts";
import { CreateUser, UpdateUser } from "./schema.ts";
import { patchRoute } from "../../shared-routes.ts";

export function userRoutes(app: App, s: Services) {
  app.get(
    "/api/users",
    { schema: { tags: ["users"], summary: "All users (admin)", response: ok(ListOf(UserOut)) } },
    async (req) => {
      authorize(req, "manage_users");
      return { items: (await allUsers(s)).map(presentUser), next: null };
    },
  );
  app.post(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        summary: "Add a user (admin)",
        response: created(UserOut),
        body: CreateUser,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_users");
      const b = req.body;
      const u = await createUser(s, a, {
        username: b.username,
        password: b.password,
        role: b.role,
        unitId: b.unit_id ?? null,
        displayName: b.display_name,
      });
      return etag(reply.status(201), u.version).send(presentUser(u));
    },
  );
  patchRoute(app, "/api/users/:id", {
    tags: ["users"],
    summary: "Change a user (admin)",
    permission: "manage_users",
    body: UpdateUser,
    out: UserOut,
    change: (a, id, version, b) =>
      updateUser(s, a, id, version, {
        role: b.role,
        unitId: b.unit_id,
        displayName: b.display_name,
        password: b.password,
        disabled: b.disabled,
      }),
    present: presentUser,
  });
}
