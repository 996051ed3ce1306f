import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { createUser, updateUser } from "../../../services/admin.service.ts";
import { allUsers } from "../../../services/people.read.ts";
import { authorize, etag, ifMatch } from "../../auth.ts";
import { presentUser } from "../../presenters/internal.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { CreateUser, UpdateUser } from "./schema.ts";

export function userRoutes(app: FastifyInstance, s: Services) {
  app.get("/api/users", { schema: { tags: ["users"], summary: "All users (admin)" } }, async (req) => {
    authorize(req, "manage_users");
    return { items: (await allUsers(s)).map(presentUser), next: null };
  });
  app.post(
    "/api/users",
    { schema: { tags: ["users"], summary: "Add a user (admin)", body: CreateUser } },
    async (req, reply) => {
      const a = authorize(req, "manage_users");
      const b = req.body as Static<typeof CreateUser>;
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
  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Change a user (admin)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateUser,
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_users");
      const { id } = req.params as { id: number };
      const b = req.body as Static<typeof UpdateUser>;
      const u = await updateUser(s, a, id, ifMatch(req), {
        role: b.role,
        unitId: b.unit_id,
        displayName: b.display_name,
        password: b.password,
        disabled: b.disabled,
      });
      return etag(reply, u.version).send(presentUser(u));
    },
  );
}
