// Who the browser is, without an error when nobody is signed in: the web app
// asks on every load, and a 401 there would be noise in the console.
import type { App } from "../../app-type.ts";
import { csrfFor, SESSION_COOKIE } from "../../auth.ts";
import { presentUser } from "../../presenters/internal.ts";
import { MeBody } from "./schema.ts";

export function meRoutes(app: App) {
  app.get(
    "/api/me",
    {
      schema: {
        tags: ["session"],
        summary: "The signed-in user and a CSRF token, or nulls when signed out (never 401)",
        response: { 200: MeBody },
      },
    },
    async (req, reply) =>
      req.user
        ? { user: presentUser(req.user), csrf_token: csrfFor(reply, req.cookies[SESSION_COOKIE]!) }
        : { user: null, csrf_token: null },
  );
}
