/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// The HTTP API over real HTTP (listen on port 0 + fetch) on both databases:
// every endpoint, the role × endpoint × own/other-unit matrix, stale writes,
// validation errors naming the field, CSRF, login rate limit, re-ingest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, DOC_V2, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { ensureAdmin } from "../../src/services/admin.service.ts";

const now = () => new Date("2023-06-15T00:00:00Z");

for (const { name } of DIALECTS) {
  test(`${name}: HTTP API`, async (t) => {
    await withServer(name, { now, extractor: fakeExtract, loginLimit: 20 }, async ({ s, base }) => {
      const first = (await ensureAdmin(s))!;
      assert.equal(await ensureAdmin(s), null, "the admin is created once");
      const admin = new Client(base);
      assert.equal((await admin.login("admin", first.password)).status, 200);
      // The printed one-time password opens only the way to replace it.
      assert.equal((await admin.call("GET", "/api/plans")).body.error.code, "password_change_required");
      const changed = await admin.call("POST", "/api/session/password", {
        current_password: first.password,
        new_password: "admin-chosen-pw",
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.user.must_change_password, false);

      // Setup through the API itself.
      const ing = await admin.call("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试计划",
      });
      assert.equal(ing.status, 201, JSON.stringify(ing.body));
      const planId: number = ing.body.plan.id;
      const units = (await admin.call("GET", "/api/units")).body.items as {
        id: number;
        name: string;
        version: number;
      }[];
      const unit = (n: string) => units.find((u) => u.name === n)!.id;
      const list = (await admin.call("GET", `/api/plans/${planId}/commitments`)).body.items as any[];
      const own = list.find((c) => c.unit_id === unit("南岗区"));
      const other = list.find((c) => c.unit_id === unit("道里区"));
      const proposed = list.find((c) => c.unit_id === unit("香坊区"));
      for (const c of [own, other]) {
        const r = await admin.call(
          "POST",
          `/api/commitments/${c.id}/confirm`,
          {},
          { "if-match": `"${c.version}"` },
        );
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
      for (const [username, role, unitId] of [
        ["sup", "supervisor", null],
        ["rep", "reporter", unit("南岗区")],
      ] as const) {
        const r = await admin.call("POST", "/api/users", {
          username,
          password: "password-" + username,
          role,
          unit_id: unitId,
        });
        assert.equal(r.status, 201, JSON.stringify(r.body));
      }
      const sup = new Client(base);
      await sup.login("sup", "password-sup");
      const rep = new Client(base);
      await rep.login("rep", "password-rep");
      const anon = new Client(base);
      const targetId = (await admin.call("GET", `/api/plans/${planId}/targets`)).body.items[0].id as number;
      const version = async (id: number) =>
        (await admin.call("GET", `/api/commitments/${id}`)).body.version as number;

      await t.test("role × endpoint × own/other unit", async (tt) => {
        type Who = "admin" | "supervisor" | "reporter" | "public";
        const as: Record<Who, Client> = { admin, supervisor: sup, reporter: rep, public: anon };
        let seq = 0;
        // [label, method, path, body?, needs If-Match of commitment?, allowed roles]
        const rows: [string, string, (c: number) => string, (() => unknown) | null, boolean, Who[]][] = [
          [
            "list commitments",
            "GET",
            () => `/api/plans/${planId}/commitments`,
            null,
            false,
            ["admin", "supervisor", "reporter"],
          ],
          [
            "overview",
            "GET",
            () => `/api/plans/${planId}/overview`,
            null,
            false,
            ["admin", "supervisor", "reporter"],
          ],
          ["documents", "GET", () => `/api/plans/${planId}/documents`, null, false, ["admin", "supervisor"]],
          ["targets", "GET", () => `/api/plans/${planId}/targets`, null, false, ["admin", "supervisor"]],
          [
            "owing",
            "GET",
            () => `/api/plans/${planId}/owing?period=2023Q2`,
            null,
            false,
            ["admin", "supervisor"],
          ],
          ["audit", "GET", () => `/api/audit`, null, false, ["admin", "supervisor"]],
          ["users", "GET", () => `/api/users`, null, false, ["admin"]],
          ["add unit", "POST", () => `/api/units`, () => ({ name: `单位${++seq}` }), false, ["admin"]],
          [
            "add plan",
            "POST",
            () => `/api/plans`,
            () => ({ name: `计划${++seq}` }),
            false,
            ["admin", "supervisor"],
          ],
          [
            "ingest",
            "POST",
            () => `/api/documents`,
            () => ({ text: `测试${++seq}\n南岗区：第${seq}项建设任务全面推进。` }),
            false,
            ["admin", "supervisor"],
          ],
          [
            "public list",
            "GET",
            () => `/api/public/plans/${planId}/commitments`,
            null,
            false,
            ["admin", "supervisor", "reporter", "public"],
          ],
          [
            "read own-unit commitment",
            "GET",
            () => `/api/commitments/${own.id}`,
            null,
            false,
            ["admin", "supervisor", "reporter"],
          ],
          [
            "read other-unit commitment",
            "GET",
            () => `/api/commitments/${other.id}`,
            null,
            false,
            ["admin", "supervisor"],
          ],
          [
            "read own-unit progress",
            "GET",
            () => `/api/commitments/${own.id}/progress`,
            null,
            false,
            ["admin", "supervisor", "reporter"],
          ],
          [
            "read other-unit progress",
            "GET",
            () => `/api/commitments/${other.id}/progress`,
            null,
            false,
            ["admin", "supervisor"],
          ],
          [
            "report own unit",
            "POST",
            () => `/api/commitments/${own.id}/progress`,
            () => ({ period: "2023Q1", narrative: "进展" }),
            false,
            ["admin", "supervisor", "reporter"],
          ],
          [
            "report other unit",
            "POST",
            () => `/api/commitments/${other.id}/progress`,
            () => ({ period: "2023Q1", narrative: "进展" }),
            false,
            ["admin", "supervisor"],
          ],
          [
            "track own unit",
            "PATCH",
            () => `/api/commitments/${own.id}`,
            () => ({ deadline: "2025-12-31" }),
            true,
            ["admin", "supervisor"],
          ],
          [
            "review (edit) own unit",
            "POST",
            () => `/api/commitments/${own.id}/edit`,
            () => ({ goals: [] }),
            true,
            ["admin", "supervisor"],
          ],
          [
            "read proposed item",
            "GET",
            () => `/api/commitments/${proposed.id}`,
            null,
            false,
            ["admin", "supervisor"],
          ],
        ];
        for (const [label, method, path, body, versioned, allowed] of rows) {
          for (const who of ["admin", "supervisor", "reporter", "public"] as Who[]) {
            const ok = allowed.includes(who);
            await tt.test(`${label} as ${who}: ${ok ? "allowed" : "denied"}`, async () => {
              const headers: Record<string, string> = versioned
                ? { "if-match": String(await version(own.id)) }
                : {};
              const r = await as[who].call(method, path(0), body ? body() : undefined, headers);
              if (ok) assert.ok(r.status >= 200 && r.status < 300, `${r.status} ${JSON.stringify(r.body)}`);
              else assert.equal(r.status, who === "public" ? 401 : 403, JSON.stringify(r.body));
            });
          }
        }
      });

      await t.test("a reporter's list holds only its unit's confirmed items", async () => {
        const r = await rep.call("GET", `/api/plans/${planId}/commitments`);
        assert.ok(r.body.items.length >= 1);
        assert.ok(
          r.body.items.every(
            (c: any) =>
              c.review_state === "confirmed" && [c.unit_id, c.lead_unit_id].includes(unit("南岗区")),
          ),
        );
        assert.equal(
          (await rep.call("GET", `/api/plans/${planId}/commitments?unit=${unit("道里区")}`)).status,
          403,
        );
      });

      await t.test("stale write: 409 and nothing changed; no If-Match: 428", async () => {
        const before = await admin.call("GET", `/api/commitments/${proposed.id}`);
        const stale = `"${before.body.version - 1 || 99}"`;
        const r = await sup.call(
          "POST",
          `/api/commitments/${proposed.id}/reject`,
          { reason: "重复" },
          { "if-match": stale },
        );
        assert.equal(r.status, 409);
        const after = await admin.call("GET", `/api/commitments/${proposed.id}`);
        assert.deepEqual(after.body, before.body);
        assert.equal(after.headers.get("etag"), `"${before.body.version}"`);
        const none = await sup.call("POST", `/api/commitments/${proposed.id}/confirm`, {});
        assert.equal(none.status, 428);
        const ok = await sup.call("POST", `/api/commitments/${proposed.id}/confirm`, undefined, {
          "if-match": after.headers.get("etag")!,
        });
        assert.equal(ok.status, 200);
        const again = await sup.call(
          "POST",
          `/api/commitments/${proposed.id}/confirm`,
          {},
          { "if-match": after.headers.get("etag")! },
        );
        assert.equal(again.status, 409);
      });

      await t.test("400s name the field", async () => {
        const cases: [string, string, unknown, string][] = [
          ["POST", `/api/commitments/${own.id}/progress`, { period: "2023Q9", narrative: "x" }, "period"],
          ["POST", `/api/commitments/${own.id}/progress`, { period: "2023Q1" }, "narrative"],
          [
            "POST",
            `/api/commitments/${own.id}/progress`,
            { period: "2023Q1", narrative: "x", figure: "many" },
            "figure",
          ],
          ["POST", `/api/users`, { username: "x", password: "longenough" }, "role"],
          ["POST", `/api/users`, { username: "x", password: "longenough", role: "reporter" }, "unit_id"],
          ["POST", `/api/plans`, { name: "p", colour: "red" }, "colour"],
          ["GET", `/api/plans/${planId}/commitments?status=late`, undefined, "status"],
          ["GET", `/api/plans/${planId}/commitments?cursor=zzz`, undefined, "cursor"],
          ["GET", `/api/commitments/abc`, undefined, "id"],
        ];
        for (const [method, path, body, field] of cases) {
          const r = await admin.call(method, path, body);
          assert.equal(r.status, 400, `${path} ${JSON.stringify(r.body)}`);
          assert.equal(r.body.error.field, field, JSON.stringify(r.body));
          assert.match(r.body.error.message, new RegExp(field));
        }
      });

      await t.test("CSRF: a cookie-borne write without the token is refused", async () => {
        const r = await sup.call("POST", "/api/plans", { name: "无令牌" }, { "x-csrf-token": "" });
        assert.equal(r.status, 403);
      });

      await t.test("search finds Chinese by one, two and more characters", async () => {
        for (const [q, n] of [
          ["楼", 0],
          ["大厦", 1],
          ["创", 2],
          ["智能制造", 1],
        ] as const) {
          const r = await admin.call(
            "GET",
            `/api/plans/${planId}/commitments?q=${encodeURIComponent(q)}&document=${ing.body.document.id}`,
          );
          assert.equal(r.body.items.length, n, q);
        }
      });

      await t.test("keyset pages cover the list once", async () => {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const qs: string = cursor ? `&cursor=${cursor}` : "";
          const r = await admin.call("GET", `/api/plans/${planId}/commitments?limit=2&sort=-id${qs}`);
          seen.push(...r.body.items.map((c: any) => c.id));
          cursor = r.body.next;
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length);
        assert.deepEqual(
          seen,
          [...seen].sort((a, b) => b - a),
        );
        const all = (await admin.call("GET", `/api/plans/${planId}/commitments?limit=200`)).body.items.length;
        assert.equal(seen.length, all);
      });

      await t.test("re-ingest over HTTP: idempotent, then a recognised revision", async () => {
        const again = await admin.call("POST", "/api/documents", { text: DOC_V1, source: "again.txt" });
        assert.equal(again.status, 200);
        assert.equal(again.body.created, false);
        const rev = await admin.call("POST", "/api/documents", {
          text: DOC_V2,
          source: "v2.txt",
          year: 2022,
        });
        assert.equal(rev.status, 201);
        assert.equal(rev.body.revises, ing.body.document.id);
        assert.equal(rev.body.counts.added, 1);
        assert.equal(rev.body.counts.kept, 3, "three reviewed items kept");
      });

      await t.test("every other endpoint answers", async () => {
        const ok = async (
          method: string,
          path: string,
          body?: unknown,
          headers?: Record<string, string>,
          c = admin,
        ) => {
          const r = await c.call(method, path, body, headers);
          assert.ok(
            r.status >= 200 && r.status < 300,
            `${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`,
          );
          return r;
        };
        assert.equal((await ok("GET", "/api/health")).body.database, name);
        const spec = (await ok("GET", "/api/openapi.json")).body;
        assert.ok(Object.keys(spec.paths).length >= 30, "paths " + Object.keys(spec.paths).length);
        assert.match((await ok("GET", "/api/docs")).body, /\/api\/plans\/\{id\}\/commitments/);
        assert.equal((await ok("GET", "/api/session")).body.user.username, "admin");
        const plan = await ok("GET", `/api/plans/${planId}`);
        await ok(
          "PATCH",
          `/api/plans/${planId}`,
          { framework_name: "测试都市" },
          { "if-match": plan.headers.get("etag")! },
        );
        await ok("GET", "/api/plans?limit=1");
        const goals = (await ok("GET", `/api/plans/${planId}/goals`)).body.items;
        const g = await ok("POST", `/api/plans/${planId}/goals`, { name: "宜居幸福之都", aliases: ["宜居"] });
        await ok(
          "PATCH",
          `/api/goals/${g.body.id}`,
          { subjects: ["养老"] },
          { "if-match": `"${g.body.version}"` },
        );
        const u = units[0]!;
        await ok("PATCH", `/api/units/${u.id}`, { aliases: ["别名"] }, { "if-match": String(u.version) });
        const users = (await ok("GET", "/api/users")).body.items;
        const supUser = users.find((x: any) => x.username === "sup");
        await ok(
          "PATCH",
          `/api/users/${supUser.id}`,
          { display_name: "督查室" },
          { "if-match": String(supUser.version) },
        );
        await ok("GET", `/api/documents/${ing.body.document.id}`);
        const fresh = (await ok("GET", `/api/plans/${planId}/commitments?review=proposed`)).body
          .items as any[];
        const [a, b] = fresh;
        await ok(
          "POST",
          `/api/commitments/${a.id}/edit`,
          { text: a.text + "（核）", goals: [{ goal_id: goals[0].id }] },
          { "if-match": String(a.version) },
        );
        await ok("POST", `/api/commitments/${b.id}/merge`, { into: a.id }, { "if-match": String(b.version) });
        const split = await ok(
          "POST",
          `/api/commitments/${a.id}/split`,
          { parts: ["第一部分", "第二部分"] },
          { "if-match": String(a.version + 2) },
        );
        await ok(
          "POST",
          `/api/commitments/${split.body.items[1].id}/reject`,
          { reason: "重复" },
          { "if-match": String(split.body.items[1].version) },
        );
        const m = await ok("POST", `/api/commitments/${own.id}/milestones`, {
          title: "开工",
          due_date: "2023-03-01",
        });
        assert.equal(
          (await ok("GET", `/api/commitments/${own.id}`)).body.status,
          "behind",
          "a late milestone puts it behind",
        );
        await ok(
          "PATCH",
          `/api/milestones/${m.body.id}`,
          { done: true },
          { "if-match": String(m.body.version) },
        );
        const target = await ok("GET", `/api/targets/${targetId}`);
        await ok(
          "PATCH",
          `/api/targets/${targetId}`,
          { baseline_value: 10, baseline_year: 2021 },
          { "if-match": target.headers.get("etag")! },
        );
        const daoli = await ok("GET", `/api/commitments/${other.id}`);
        // (a report for a period not yet begun is refused: the clock says 2023)
        await ok("POST", `/api/commitments/${other.id}/progress`, {
          period: "2023",
          narrative: "完成",
          figure: 40,
          target_id: targetId,
        });
        assert.equal((await ok("GET", `/api/targets/${targetId}`)).body.status, "done");
        assert.equal((await ok("GET", `/api/commitments/${other.id}`)).body.status, "done");
        assert.ok(daoli.body.evidence?.includes("智能制造"), "evidence " + daoli.body.evidence);
        const ind = await ok("POST", `/api/plans`, { name: "指标计划" });
        void ind;
        await ok("GET", `/api/plans/${planId}/targets?indicators=true`);
        await ok("GET", `/api/plans/${planId}/overdue`);
        const ov = (await ok("GET", `/api/plans/${planId}/overview`)).body;
        assert.ok(
          ov.matrix.some((c: any) => c.unit_id === unit("道里区") && c.n >= 1),
          "matrix " + JSON.stringify(ov.matrix),
        );
        assert.equal(
          Object.values(ov.status_counts as Record<string, number>).reduce((x, y) => x + y, 0),
          ov.review_counts.confirmed,
        );
        // The matrix may be cut to the busiest units; the totals per goal and the unit count cover them all.
        for (const o of [
          ov,
          (await ok("GET", `/api/public/plans/${planId}/overview`, undefined, undefined, anon)).body,
        ]) {
          const units = new Set(o.matrix.filter((c: any) => c.unit_id !== null).map((c: any) => c.unit_id));
          assert.ok(units.size > 0 && o.matrix_unit_count === units.size, `units ${o.matrix_unit_count}`);
          for (const g of o.goals) {
            const cells = o.matrix.filter((c: any) => c.goal_id === g.id && c.n > 0);
            const total = o.goal_totals.find((x: any) => x.goal_id === g.id);
            assert.deepEqual(
              total && { n: total.n, units: total.units },
              cells.length
                ? { n: cells.reduce((x: number, c: any) => x + c.n, 0), units: cells.length }
                : undefined,
              `goal ${g.id} totals ${JSON.stringify(o.goal_totals)}`,
            );
          }
        }
        const owing = (await ok("GET", `/api/plans/${planId}/owing?period=2023Q3`)).body.items;
        assert.ok(
          owing.some((o: any) => o.unit_id === unit("南岗区")),
          "owing " + JSON.stringify(owing),
        );
        const audit = (await ok("GET", `/api/audit?plan=${planId}&limit=5`)).body;
        assert.equal(audit.items.length, 5);
        assert.ok(audit.next, "audit next");
        assert.ok(
          !JSON.stringify((await ok("GET", "/api/audit?entity=user")).body).includes("password_hash"),
        );
        await ok("GET", "/api/public/plans", undefined, undefined, anon);
        await ok("GET", `/api/public/plans/${planId}/overview`, undefined, undefined, anon);
        const pub = (await ok("GET", `/api/public/commitments/${own.id}`, undefined, undefined, anon)).body;
        assert.ok(
          pub.source_sentence && !("reviewed_by" in pub) && !("version" in pub),
          "pub " + JSON.stringify(pub),
        );
        assert.equal(
          (await anon.call("GET", `/api/public/commitments/${split.body.items[1].id}`)).status,
          404,
        );
        assert.equal((await ok("DELETE", "/api/session", undefined, undefined, rep)).status, 204);
        assert.equal((await rep.call("GET", "/api/session")).status, 401);
      });

      await t.test("login is rate limited", async () => {
        const c = new Client(base);
        let last = 0;
        for (let i = 0; i < 25 && last !== 429; i++) last = (await c.login("admin", "wrong")).status;
        assert.equal(last, 429);
      });
    });
  });
}
