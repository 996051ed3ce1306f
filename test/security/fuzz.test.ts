// API fuzzing: requests generated from the OpenAPI document for every
// operation, sent as each role and signed out, on SQLite and PostgreSQL. No
// answer may be a 5xx or show a stack frame, a source path or SQL. The
// number of requests per operation and role is LANTU_FUZZ_RUNS (default 25, 4,900 requests:
// one to two minutes per database here); the figures are printed as diagnostics.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { officeTaskTable } from "../helpers/office-tables.ts";
import { LEAK, operationsOf, requestsFor, type FuzzRequest } from "../helpers/openapi-requests.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

const RUNS = Number(process.env.LANTU_FUZZ_RUNS ?? 25);
const ROLES = ["admin", "supervisor", "reporter", "signed out"] as const;
type Role = (typeof ROLES)[number];

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const r = await app.inject({ method: "POST", url: "/api/session", payload: { username, password } });
  assert.equal(r.statusCode, 200, r.body);
  const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie, csrf: r.json().csrf_token };
}

for (const { name } of DIALECTS) {
  test(`${name}: fuzzed requests from the OpenAPI document never answer 5xx or leak internals`, async (t) => {
    const options = {
      now: () => new Date("2023-06-15T00:00:00Z"),
      extractor: fakeExtract,
      loginLimit: 1_000_000,
    };
    await withServer(name, options, async ({ s, app }) => {
      const first = await firstAdmin(s);
      const passwords: Record<Exclude<Role, "signed out">, [string, string]> = {
        admin: ["admin", first.password],
        supervisor: ["sup", "password-sup"],
        reporter: ["rep", "password-rep"],
      };
      const sessions = new Map<Role, Session>();
      sessions.set("admin", await signIn(app, ...passwords.admin));
      const admin = sessions.get("admin")!;
      const adminCall = (method: "POST" | "GET", url: string, payload?: object) =>
        app.inject({ method, url, payload, headers: { cookie: admin.cookie, "x-csrf-token": admin.csrf } });
      const ing = await adminCall("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试计划",
      });
      assert.equal(ing.statusCode, 201, ing.body);
      const unitId = (await adminCall("GET", "/api/units")).json().items[0].id as number;
      for (const [role, [username, password]] of Object.entries(passwords)) {
        if (role === "admin") continue;
        const r = await adminCall("POST", "/api/users", {
          username,
          password,
          role,
          unit_id: role === "reporter" ? unitId : null,
        });
        assert.equal(r.statusCode, 201, r.body);
        sessions.set(role as Role, await signIn(app, username, password));
      }
      // Users the fuzzer may change: not the three it signs in as.
      for (const extra of ["victim1", "victim2"])
        await adminCall("POST", "/api/users", {
          username: extra,
          password: "password-" + extra,
          role: "supervisor",
        });
      const protectedUsers = new Set(
        ((await adminCall("GET", "/api/users")).json().items as { id: number; username: string }[])
          .filter((u) => ["admin", "sup", "rep"].includes(u.username))
          .map((u) => u.id),
      );
      const workbook = await officeTaskTable();
      const bodies = fc.oneof(
        fc.constant(workbook),
        fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
        fc.constant(Buffer.from("PK\u0003\u0004 not really a zip")),
      );

      const doc = app.swagger() as object;
      const operations = operationsOf(doc).filter(
        (op) => !(op.method === "DELETE" && op.path === "/api/session"),
      );
      assert.ok(operations.length > 40, `the document lists the operations (${operations.length})`);
      const failures: string[] = [];
      let sent = 0;
      let fiveHundreds = 0;
      const statuses = new Map<number, number>();
      const debug = new Map<string, number>();

      for (const op of operations) {
        const ids = op.path.startsWith("/api/users/")
          ? fc.integer({ min: 1, max: 12 }).filter((id) => !protectedUsers.has(id))
          : fc.integer({ min: 1, max: 12 });
        for (const role of ROLES) {
          await fc.assert(
            fc.asyncProperty(requestsFor(op, ids, bodies), async (req: FuzzRequest) => {
              const session = sessions.get(role);
              const headers = { ...req.headers };
              if (session) {
                headers.cookie = session.cookie;
                headers["x-csrf-token"] = session.csrf;
              }
              const res = await app.inject({
                method: req.method as "GET",
                url: req.url,
                headers,
                payload: req.payload,
              });
              sent++;
              if (process.env.LANTU_FUZZ_DEBUG && res.statusCode === 400) {
                const m = `${op.method} ${op.path} ${res.body.replace(/\d+/g, "N").slice(0, 100)}`;
                debug.set(m, (debug.get(m) ?? 0) + 1);
              }
              statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
              const leak = res.statusCode >= 400 ? LEAK.exec(res.body) : null;
              if (res.statusCode >= 500 || leak) {
                if (res.statusCode >= 500) fiveHundreds++;
                const what = `${role}: ${req.method} ${req.url.slice(0, 200)} ${JSON.stringify(req.headers).slice(0, 120)} ${String(req.payload ?? "").slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
                failures.push(what);
              }
              // A signed-in role that lost its session (a fuzzed change) signs in again.
              if (session && res.statusCode === 401 && role !== "signed out")
                sessions.set(role, await signIn(app, ...passwords[role as Exclude<Role, "signed out">]));
            }),
            { numRuns: RUNS, seed: Number(process.env.LANTU_FUZZ_SEED ?? 20261206) },
          );
        }
      }
      t.diagnostic(
        `${name}: ${sent} fuzzed requests over ${operations.length} operations × ${ROLES.length} roles, ${fiveHundreds} answered 5xx, ${failures.length - fiveHundreds} leaked; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
      );
      if (process.env.LANTU_FUZZ_DEBUG) {
        console.log([...debug].sort((a, b) => b[1] - a[1]).slice(0, 40));
        (await import("node:fs")).writeFileSync(
          `${process.env.LANTU_FUZZ_DEBUG}.${name}`,
          failures.join("\n"),
        );
      }
      assert.deepEqual(failures.slice(0, 25), [], `${failures.length} bad answers in ${sent}`);
    });
  });
}
