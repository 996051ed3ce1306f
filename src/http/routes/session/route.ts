// Sign in, who am I, sign out. The CSRF token returned here goes in the
// x-csrf-token header of every later write.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { changeOwnPassword, login, logout, SESSION_DAYS } from "../../../services/admin.service.ts";
import { actor, csrfFor, SESSION_COOKIE } from "../../auth.ts";
import { presentUser } from "../../presenters/internal.ts";
import { NoContent, SessionOut, ok } from "../../responses.ts";
import { ChangePasswordBody, LoginBody } from "./schema.ts";
import { isLantuError } from "../../../errors.ts";
import { LoginBackoff } from "../../../services/login-backoff.ts";

export function sessionRoutes(
  app: App,
  s: Services,
  loginLimit: { max: number; timeWindow: number },
  backoff = new LoginBackoff(),
) {
  app.post(
    "/api/session",
    {
      schema: { tags: ["session"], summary: "Sign in", response: ok(SessionOut), body: LoginBody },
      config: { rateLimit: loginLimit },
    },
    async (req, reply) => {
      const body = req.body;
      const now = s.now().getTime();
      backoff.check(body.username, now);
      const { token, user } = await login(s, body.username, body.password).catch((err: unknown) => {
        if (isLantuError(err) && err.code === "unauthorized") backoff.failed(body.username, now);
        throw err;
      });
      backoff.succeeded(body.username);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: "strict",
        path: "/",
        maxAge: SESSION_DAYS * 86400,
        secure: req.protocol === "https",
      });
      return { user: presentUser(user), csrf_token: csrfFor(reply, token) };
    },
  );
  app.get(
    "/api/session",
    {
      schema: { tags: ["session"], summary: "The signed-in user and a CSRF token", response: ok(SessionOut) },
    },
    async (req, reply) => {
      actor(req);
      return { user: presentUser(req.user!), csrf_token: csrfFor(reply, req.cookies[SESSION_COOKIE]!) };
    },
  );
  app.post(
    "/api/session/password",
    {
      schema: {
        tags: ["session"],
        summary:
          "Change your own password (the one call, with sign-out and who-am-I, open to a user who must change a one-time password)",
        response: ok(SessionOut),
        body: ChangePasswordBody,
      },
    },
    async (req, reply) => {
      actor(req);
      const token = req.cookies[SESSION_COOKIE]!;
      const user = await changeOwnPassword(
        s,
        req.user!,
        token,
        req.body.current_password,
        req.body.new_password,
      );
      return { user: presentUser(user), csrf_token: csrfFor(reply, token) };
    },
  );
  app.delete(
    "/api/session",
    { schema: { tags: ["session"], summary: "Sign out", response: NoContent } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(s, token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );
}
