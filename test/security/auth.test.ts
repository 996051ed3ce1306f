// Sessions and roles as an attacker would try them, on both databases: a
// reporter's overview, the Secure flag behind a TLS proxy, a CSRF token
// replayed with another session, guessing one account from many addresses.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { buildApp } from "../../src/http/app.ts";
import { insertTarget } from "../../src/storage/target.repo.ts";

interface Session {
  cookie: string;
  csrf: string;
  setCookie: string[];
}

async function signIn(
  app: FastifyInstance,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Session> {
  const r = await app.inject({
    method: "POST",
    url: "/api/session",
    payload: { username, password },
    headers,
  });
  assert.equal(r.statusCode, 200, r.body);
  const setCookie = ([] as string[]).concat(r.headers["set-cookie"] ?? []);
  return {
    cookie: r.cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    csrf: r.json().csrf_token,
    setCookie,
  };
}

for (const { name } of DIALECTS) {
  test(`${name}: sessions and roles hold against misuse`, async (t) => {
    const options = {
      now: () => new Date("2023-06-15T00:00:00Z"),
      extractor: fakeExtract,
      loginLimit: 1000,
      trustProxy: "127.0.0.1",
    };
    await withServer(name, options, async ({ store, s, app }) => {
      const first = await firstAdmin(s);
      const admin = await signIn(app, "admin", first.password);
      const as = (
        who: Session,
        method: string,
        url: string,
        payload?: object,
        headers: Record<string, string> = {},
      ) =>
        app.inject({
          method: method as "GET",
          url,
          payload,
          headers: { cookie: who.cookie, "x-csrf-token": who.csrf, ...headers },
        });
      assert.equal(
        (
          await as(admin, "POST", "/api/documents", {
            text: DOC_V1,
            source: "v1.txt",
            year: 2022,
            plan: "测试计划",
          })
        ).statusCode,
        201,
      );
      assert.equal((await as(admin, "POST", "/api/documents/1/confirm")).statusCode < 500, true);
      const units = (await as(admin, "GET", "/api/units")).json().items as { id: number; name: string }[];
      const own = units.find((u) => u.name === "南岗区")!.id;
      // Every item confirmed with a deadline this month, so that all of them are "upcoming".
      const items = (await as(admin, "GET", "/api/plans/1/commitments")).json().items as {
        id: number;
        version: number;
      }[];
      for (const c of items) {
        const r1 = await as(
          admin,
          "POST",
          `/api/commitments/${c.id}/confirm`,
          {},
          { "if-match": `"${c.version}"` },
        );
        assert.equal(r1.statusCode, 200, r1.body);
        const r2 = await as(
          admin,
          "PATCH",
          `/api/commitments/${c.id}`,
          { deadline: "2023-06-30" },
          { "if-match": `"${r1.json().version}"` },
        );
        assert.equal(r2.statusCode, 200, r2.body);
      }
      // Plan indicators (targets of no commitment): one per unit, one of the whole plan.
      for (const unit of [...units.map((u) => u.id), null]) {
        await insertTarget(store.db, {
          plan_id: 1,
          unit_id: unit,
          metric: "指标",
          comparator: ">=",
          value: 1,
          value_kind: "absolute",
          is_baseline: 0,
          status: "not_started",
          status_reason: "",
          created_at: "2023-06-15T00:00:00.000Z",
          updated_at: "2023-06-15T00:00:00.000Z",
        });
      }
      for (const [username, role, unit] of [
        ["rep", "reporter", own],
        ["rep2", "reporter", own],
        ["sup", "supervisor", null],
      ] as const) {
        const r = await as(admin, "POST", "/api/users", {
          username,
          password: "password-" + username,
          role,
          unit_id: unit,
        });
        assert.equal(r.statusCode, 201, r.body);
      }

      await t.test("a reporter's overview holds its own unit's items and indicators only", async () => {
        const rep = await signIn(app, "rep", "password-rep");
        const o = (await as(rep, "GET", "/api/plans/1/overview")).json();
        const seen = [...o.upcoming, ...o.overdue] as {
          id: number;
          unit_id: number;
          lead_unit_id: number;
          cooperating_unit_ids: number[];
        }[];
        assert.ok(seen.length > 0, "its own items are there");
        for (const c of seen)
          assert.ok(
            [c.unit_id, c.lead_unit_id, ...c.cooperating_unit_ids].includes(own),
            `item ${c.id} is another unit's`,
          );
        assert.deepEqual(
          (o.indicators as { unit_id: number | null }[]).map((x) => x.unit_id),
          [own, null],
          "its unit's indicator and the plan's",
        );
        // Each item it sees, it may open; the supervisor sees more.
        for (const c of seen)
          assert.equal((await as(rep, "GET", `/api/commitments/${c.id}`)).statusCode, 200);
        const sup = await signIn(app, "sup", "password-sup");
        const all = (await as(sup, "GET", "/api/plans/1/overview")).json();
        assert.ok(all.upcoming.length + all.overdue.length > seen.length);
        assert.equal(all.indicators.length, units.length + 1);
      });

      await t.test("the session cookie is Secure behind a trusted TLS proxy, and only then", async () => {
        const viaProxy = await signIn(app, "sup", "password-sup", { "x-forwarded-proto": "https" });
        const session = viaProxy.setCookie.find((c) => c.startsWith("lantu_session="))!;
        assert.match(session, /; Secure/i);
        assert.match(session, /HttpOnly/i);
        assert.match(session, /SameSite=Strict/i);
        const plain = await signIn(app, "sup", "password-sup");
        assert.doesNotMatch(
          plain.setCookie.find((c) => c.startsWith("lantu_session="))!,
          /; Secure/i,
        );
        // A client the proxy setting does not trust cannot claim https.
        const untrusted = await buildApp(s, { extractor: fakeExtract, loginLimit: 1000 });
        const spoofed = await signIn(untrusted, "sup", "password-sup", { "x-forwarded-proto": "https" });
        await untrusted.close();
        assert.doesNotMatch(
          spoofed.setCookie.find((c) => c.startsWith("lantu_session="))!,
          /; Secure/i,
        );
      });

      await t.test("a CSRF token works with its own session only", async () => {
        const one = await signIn(app, "sup", "password-sup");
        const two = await signIn(app, "rep", "password-rep");
        const write = (cookie: string, csrf: string) =>
          app.inject({
            method: "POST",
            url: "/api/plans/1/goals",
            payload: { name: "目标" + csrf.slice(0, 6) },
            headers: { cookie, "x-csrf-token": csrf },
          });
        const mixed = await write(
          one.cookie.replace(/lantu_csrf=[^;]+/, two.cookie.match(/lantu_csrf=[^;]+/)![0]),
          two.csrf,
        );
        assert.equal(mixed.statusCode, 403, "another user's token and CSRF cookie with this session");
        assert.equal(mixed.json().error.code, "csrf");
        const swapped = await write(one.cookie, two.csrf);
        assert.equal(swapped.statusCode, 403, "another user's token with this session");
        const own = await write(one.cookie, one.csrf);
        assert.equal(own.statusCode, 201, own.body);
      });

      await t.test(
        "guessing one account's password is slowed per account, whatever the address",
        async () => {
          for (let i = 0; i < 5; i++) {
            const r = await app.inject({
              method: "POST",
              url: "/api/session",
              payload: { username: "rep2", password: "wrong-" + i },
              remoteAddress: `10.0.0.${i + 1}`,
            });
            assert.equal(r.statusCode, 401);
          }
          const locked = await app.inject({
            method: "POST",
            url: "/api/session",
            payload: { username: "rep2", password: "password-rep2" },
            remoteAddress: "10.0.0.99",
          });
          assert.equal(locked.statusCode, 429, locked.body);
          assert.match(locked.json().error.message, /too many failed sign-ins for this account; wait 1 s/);
          assert.equal(locked.headers["retry-after"], "1");
          // A colleague behind the same address signs in.
          await signIn(app, "sup", "password-sup");
        },
      );
    });
  });
}
