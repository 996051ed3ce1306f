// Builds the Fastify app: plugins (cookies, CSRF, login rate limit, OpenAPI),
// the session hook, the error handler and one route module per resource.
import { randomBytes } from "node:crypto";
import Fastify from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import type { Services } from "../services/context.ts";
import type { App } from "./app-type.ts";
import type { Extractor } from "../services/ingest.service.ts";
import { userForSession } from "../services/admin.service.ts";
import { responseCache, type AnswerCounts } from "./response-cache.ts";
import type { ExportFiles } from "./export-files.ts";
import { SESSION_COOKIE } from "./auth.ts";
import { LantuError } from "../errors.ts";
import { registerErrorHandler } from "./error-handler.ts";
import { guardInput } from "./input-guard.ts";
import { keepLazySchemas, lazySchemas } from "./lazy-schemas.ts";
import { ErrorBody } from "./schemas.ts";
import { sessionRoutes } from "./routes/session/route.ts";
import { userRoutes } from "./routes/users/route.ts";
import { unitRoutes } from "./routes/units/route.ts";
import { planRoutes } from "./routes/plans/route.ts";
import { goalRoutes } from "./routes/goals/route.ts";
import { documentRoutes } from "./routes/documents/route.ts";
import { commitmentRoutes } from "./routes/commitments/route.ts";
import { reviewRoutes } from "./routes/review/route.ts";
import { targetRoutes } from "./routes/targets/route.ts";
import { progressRoutes } from "./routes/progress/route.ts";
import { reportingRoutes } from "./routes/reporting/route.ts";
import { overviewRoutes } from "./routes/overview/route.ts";
import { auditRoutes } from "./routes/audit/route.ts";
import { publicRoutes } from "./routes/public/route.ts";
import { referenceRoutes } from "./routes/reference/route.ts";
import { exchangeRoutes } from "./routes/exchange/route.ts";
import { readerRoutes } from "./routes/reader/route.ts";
import { planSummaryRoutes } from "./routes/plan-summary/route.ts";
import { meRoutes } from "./routes/me/route.ts";
import { cycleSettingsRoutes } from "./routes/cycle-settings/route.ts";
import { completionRoutes } from "./routes/completion/route.ts";
import { extensionRoutes } from "./routes/extensions/route.ts";
import { noticeRoutes } from "./routes/notices/route.ts";
import { inboxRoutes } from "./routes/inbox/route.ts";
import { assessmentRoutes } from "./routes/assessment/route.ts";
import { verdictRoutes } from "./routes/verdicts/route.ts";
import { jobRoutes } from "./routes/jobs/route.ts";
import { webApp } from "./static.ts";

export interface AppOptions {
  logger?: boolean;
  /** Login attempts allowed per client per minute. */
  loginLimit?: number;
  extractor?: Extractor;
  /**
   * Trust X-Forwarded-* headers from a TLS proxy in front (Fastify's
   * trustProxy: true, or the proxy's addresses "127.0.0.1,10.0.0.0/8"). Only then does
   * a request the proxy received over https count as https, and the session
   * cookie get its Secure flag.
   */
  trustProxy?: boolean | string;
  /**
   * The key CSRF tokens are signed with (bound to the session). Tokens made
   * under one key fail under another, so a server that restarts with a new
   * key asks the web app for a fresh token; default: random per process.
   */
  csrfKey?: string;
  /** Where finished csv and xlsx exports are kept (default: a temporary directory of this app's, 256 MB). */
  exportFiles?: ExportFiles;
  /** Counted as the kept answers serve reads (tests, the benchmark). */
  answerCounts?: AnswerCounts;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** What a user who must change their password may still call: who am I, sign out, change it. */
const OPEN_BEFORE_CHANGE = new Set([
  "GET /api/me",
  "GET /api/session",
  "POST /api/session",
  "DELETE /api/session",
  "POST /api/session/password",
  "GET /api/health",
]);
// The public portal is open too: anyone may read it signed out, so holding
// it back protects nothing (and the web app asks for it on every load).
const openBeforeChange = (req: { method: string; url: string; routeOptions: { url?: string } }) =>
  OPEN_BEFORE_CHANGE.has(`${req.method} ${req.routeOptions.url ?? ""}`) ||
  (req.method === "GET" && req.url.startsWith("/api/public/"));

export async function buildApp(s: Services, options: AppOptions = {}): Promise<App> {
  // Each route's validators and serializers are compiled at its first request (lazy-schemas.ts).
  const schemas = lazySchemas();
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", useDefaults: true } },
    schemaController: { compilersFactory: schemas.compilersFactory },
  }).withTypeProvider<TypeBoxTypeProvider>();
  keepLazySchemas(app, schemas);
  app.decorateRequest("user", null);
  registerErrorHandler(app);
  guardInput(app);

  await app.register(cookie);
  // The token is bound to the session cookie: one user's token fails with
  // another's session (the plugin's default binds it to nothing).
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: "lantu_csrf",
    cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", secure: "auto" },
    getUserInfo: (req) => req.cookies[SESSION_COOKIE] ?? "",
    csrfOpts: { hmacKey: options.csrfKey ?? randomBytes(32).toString("base64") },
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart);
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Lantu (蓝图)",
        version: "0.1.0",
        description:
          "Plans, their goals, commitments, targets and progress. Every error is the Error schema: {error: {code, message, field?, rule?, limit?, details?}}, with a stable code.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } },
        schemas: { Error: ErrorBody as unknown as Record<string, unknown> },
      },
    },
  });

  app.addHook("onRequest", async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    // The marks are read before the session, so a sign-out committed after
    // them is seen by the next request (services/admin.service.ts
    // userForSession). The session is kept under both: the data's mark (a
    // user's role, unit, password, disabling) and the sessions' (a
    // sign-out), which a sign-in moves neither of.
    if (token) {
      const marks = await s.store.changeMarks();
      req.changeMark = marks.data;
      req.user = (await userForSession(s, token, `${marks.data}/${marks.sessions}`)) ?? null;
    }
    // A one-time password (printed at the first start, or by `lantu user
    // add`) opens nothing but the way to replace it.
    if (req.user?.must_change_password && req.url.startsWith("/api/") && !openBeforeChange(req))
      throw new LantuError(
        "password_change_required",
        "change your one-time password first (POST /api/session/password)",
      );
  });
  // A write that rides on a session cookie must carry the CSRF token; signing
  // in (no session yet) and requests without a cookie are not at risk.
  app.addHook("preHandler", (req, reply, done) => {
    const signingIn = req.method === "POST" && req.routeOptions.url === "/api/session";
    if (UNSAFE.has(req.method) && req.cookies[SESSION_COOKIE] && !signingIn)
      return app.csrfProtection(req, reply, done);
    done();
  });

  responseCache(app, s, undefined, options.answerCounts);

  app.get(
    "/api/health",
    {
      schema: { hide: true, response: { 200: Type.Object({ ok: Type.Boolean(), database: Type.String() }) } },
    },
    async () => ({ ok: true, database: s.store.dialect }),
  );
  sessionRoutes(app, s, { max: options.loginLimit ?? 10, timeWindow: 60_000 });
  userRoutes(app, s);
  unitRoutes(app, s);
  planRoutes(app, s);
  goalRoutes(app, s);
  documentRoutes(app, s, options.extractor);
  jobRoutes(app, s);
  commitmentRoutes(app, s);
  reviewRoutes(app, s);
  targetRoutes(app, s);
  progressRoutes(app, s);
  reportingRoutes(app, s);
  overviewRoutes(app, s);
  auditRoutes(app, s);
  publicRoutes(app, s);
  exchangeRoutes(app, s, options.exportFiles);
  referenceRoutes(app);
  readerRoutes(app, s);
  planSummaryRoutes(app, s);
  meRoutes(app);
  // the supervision cycle (督查督办)
  cycleSettingsRoutes(app, s);
  completionRoutes(app, s);
  extensionRoutes(app, s);
  noticeRoutes(app, s);
  inboxRoutes(app, s);
  assessmentRoutes(app, s);
  verdictRoutes(app, s);
  webApp(app);
  await app.ready();
  return app;
}
