// Sessions (httpOnly cookie), the current user, permission checks and the
// If-Match version every write must carry.
import type { FastifyReply, FastifyRequest } from "fastify";
import { LantuError } from "../errors.ts";
import { MAX_VERSION } from "./schemas.ts";
import { can, type Permission } from "../domain/permissions.ts";
import type { Actor } from "../domain/types.ts";
import { actorOf, type SessionUser } from "../services/admin.service.ts";

export const SESSION_COOKIE = "lantu_session";

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** The signed-in actor, or 401. */
export function actor(req: FastifyRequest): Actor {
  if (!req.user) throw new LantuError("unauthorized", "sign in first (POST /api/session)");
  return actorOf(req.user);
}

/** Requires a permission; for unit-scoped ones pass the record's units. */
export function authorize(req: FastifyRequest, perm: Permission, units?: (number | null)[]): Actor {
  const a = actor(req);
  if (!can({ role: req.user!.role, unitId: req.user!.unit_id }, perm, units)) {
    throw new LantuError(
      "forbidden",
      `your role (${a.role}) may not do this${units ? " for this unit" : ""}`,
    );
  }
  return a;
}

/** The version a write is based on, from If-Match ("3", W/"3" or 3). */
export function ifMatch(req: FastifyRequest): number {
  const raw = req.headers["if-match"];
  if (raw === undefined) {
    throw new LantuError(
      "precondition_required",
      "If-Match: send the version you are changing (from ETag or version)",
      {
        field: "If-Match",
      },
    );
  }
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(String(raw).trim());
  if (!m) throw new LantuError("validation", `If-Match: "${raw}" is not a version`, { field: "If-Match" });
  const version = Number(m[1]);
  if (version > MAX_VERSION)
    throw new LantuError("validation", `If-Match: ${m[1]} is past any version`, { field: "If-Match" });
  return version;
}

export function etag(reply: FastifyReply, version: number): FastifyReply {
  return reply.header("etag", `"${version}"`);
}

/** A CSRF token for the session `token` (app.ts binds tokens to the session cookie). */
export function csrfFor(reply: FastifyReply, token: string): string {
  // userInfo is passed on to the CSRF secret's cookie options too, where it is ignored.
  return reply.generateCsrf({ userInfo: token } as Parameters<FastifyReply["generateCsrf"]>[0]);
}
