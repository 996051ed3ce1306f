// Sign in, who am I, sign out. The CSRF token returned here goes in the
// x-csrf-token header of every later write.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { login, logout, SESSION_DAYS } from "../../../services/admin.service.ts";
import { actor, SESSION_COOKIE } from "../../auth.ts";
import { presentUser } from "../../presenters/internal.ts";
import { LoginBody } from "./schema.ts";

export function sessionRoutes(
  app: FastifyInstance,
  s: Services,
  loginLimit: { max: number; timeWindow: number },
) {
  app.post(
    "/api/session",
    { schema: { tags: ["session"], summary: "Sign in", body: LoginBody }, config: { rateLimit: loginLimit } },
    async (req, reply) => {
      const body = req.body as Static<typeof LoginBody>;
      const { token, user } = await login(s, body.username, body.password);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: "strict",
        path: "/",
        maxAge: SESSION_DAYS * 86400,
        secure: req.protocol === "https",
      });
      return { user: presentUser(user), csrf_token: reply.generateCsrf() };
    },
  );
  app.get(
    "/api/session",
    { schema: { tags: ["session"], summary: "The signed-in user and a CSRF token" } },
    async (req, reply) => {
      actor(req);
      return { user: presentUser(req.user!), csrf_token: reply.generateCsrf() };
    },
  );
  app.delete("/api/session", { schema: { tags: ["session"], summary: "Sign out" } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(s, token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });
}
