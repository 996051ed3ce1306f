// The defects found by probing the API from outside, one request each, on
// both databases: every one answered 500 (or stored something it should not)
// before, and must now answer a 4xx that names the problem.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import type { Extractor } from "../../src/services/ingest.service.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

// The fake extractor, without a framework: a plan is then named after the document's title.
const noFramework: Extractor = (text, options) => ({ ...fakeExtract(text, options), framework: null });

const LISTS = [
  "/api/plans",
  "/api/plans/1/documents",
  "/api/plans/1/commitments",
  "/api/plans/1/targets",
  "/api/commitments/1/progress",
  "/api/plans/1/overdue",
  "/api/audit",
  "/api/public/plans/1/commitments",
];

for (const { name } of DIALECTS) {
  test(`${name}: hostile requests answer 4xx naming the problem`, async (t) => {
    const options = { now: () => new Date("2023-06-15T00:00:00Z"), extractor: noFramework, loginLimit: 1000 };
    await withServer(name, options, async ({ s, app }) => {
      const first = await firstAdmin(s);
      const login = await app.inject({
        method: "POST",
        url: "/api/session",
        payload: { username: "admin", password: first.password },
      });
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const headers = { cookie, "x-csrf-token": login.json().csrf_token as string };
      const call = (method: string, url: string, payload?: unknown, more: Record<string, string> = {}) =>
        app.inject({
          method: method as "GET",
          url,
          payload: payload as object,
          headers: { ...headers, ...more },
        });
      const expect = async (res: ReturnType<typeof call>, status: number, message: RegExp): Promise<void> => {
        const r = await res;
        assert.equal(r.statusCode, status, `${r.statusCode} ${r.body}`);
        assert.match(r.json().error.message, message);
      };
      const ing = await call("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试计划",
      });
      assert.equal(ing.statusCode, 201, ing.body);
      const commitments = (await call("GET", "/api/plans/1/commitments")).json().items as {
        id: number;
        version: number;
      }[];
      const c = commitments[0]!;

      await t.test("limit=1e400 on every list is a 400, signed in or not", async () => {
        for (const url of LISTS) {
          await expect(call("GET", `${url}?limit=1e400`), 400, /limit: must be a finite number/);
          await expect(call("GET", `${url}?limit=-1e400`), 400, /limit: must be a finite number/);
        }
        const anon = await app.inject({ url: "/api/public/plans/1/commitments?limit=1e400" });
        assert.equal(anon.statusCode, 400);
      });

      await t.test(
        "ids past 2^53, NUL bytes, foreign cursors and huge If-Match versions are 400s",
        async () => {
          await expect(call("GET", "/api/public/commitments/99999999999999999999"), 400, /id: must be <=/);
          await expect(call("GET", "/api/commitments/9223372036854775808"), 400, /id: must be <=/);
          await expect(call("GET", "/api/public/plans/1/commitments?q=a%00b"), 400, /q: contains a NUL/);
          const cursor = Buffer.from(JSON.stringify(["a", 1.5])).toString("base64url");
          await expect(
            call("GET", `/api/plans/1/commitments?cursor=${cursor}`),
            400,
            /not a cursor this API issued/,
          );
          await expect(
            call("PATCH", "/api/plans/1", { name: "新名称" }, { "if-match": "999999999999" }),
            400,
            /If-Match: 999999999999 is past any version/,
          );
          await expect(
            call("PATCH", "/api/plans/1", { name: "a\u0000b" }, { "if-match": '"1"' }),
            400,
            /name: contains a NUL/,
          );
          await expect(
            call(
              "POST",
              `/api/commitments/${c.id}/reject`,
              { reason: "理由\u0000" },
              { "if-match": `"${c.version}"` },
            ),
            400,
            /reason: contains a NUL/,
          );
          await expect(
            call("POST", "/api/documents", '{"text":"x","year":1e400}', {
              "content-type": "application/json",
            }),
            400,
            /year/,
          );
        },
      );

      await t.test("a duplicate name is 409, a reference to nothing 422", async () => {
        const units = (await call("GET", "/api/units")).json().items as {
          id: number;
          name: string;
          version: number;
        }[];
        const [a, b] = units;
        await expect(
          call("PATCH", `/api/units/${b!.id}`, { name: a!.name }, { "if-match": `"${b!.version}"` }),
          409,
          /unit name is already taken/,
        );
        for (const goal of ["创新之都", "制造之都"])
          assert.equal((await call("POST", "/api/plans/1/goals", { name: goal })).statusCode, 201);
        const goals = (await call("GET", "/api/plans/1/goals")).json().items as {
          id: number;
          name: string;
          version: number;
        }[];
        await expect(
          call(
            "PATCH",
            `/api/goals/${goals[1]!.id}`,
            { name: goals[0]!.name },
            { "if-match": `"${goals[1]!.version}"` },
          ),
          409,
          /goal name is already taken/,
        );
        await expect(
          call("POST", `/api/commitments/${c.id}/edit`, { unit_id: 9999 }, { "if-match": `"${c.version}"` }),
          422,
          name === "postgres" ? /unit_id: no unit 9999/ : /referenced record does not exist/,
        );
        // Nothing of the refused writes was stored.
        const after = (await call("GET", `/api/commitments/${c.id}`)).json();
        assert.equal(after.version, c.version);
      });

      await t.test("impossible dates are refused", async () => {
        const fresh = (await call("GET", `/api/commitments/${c.id}`)).json();
        for (const day of ["2024-13-45", "0000-00-00", "2023-02-29", "2024-02-30"]) {
          await expect(
            call("POST", `/api/commitments/${c.id}/milestones`, { title: "节点", due_date: day }),
            400,
            /due_date: must match format "date"|due_date: must match pattern/,
          );
          await expect(
            call(
              "POST",
              `/api/commitments/${c.id}/edit`,
              { deadline: day },
              { "if-match": `"${fresh.version}"` },
            ),
            400,
            /deadline/,
          );
        }
        const ok = await call("POST", `/api/commitments/${c.id}/milestones`, {
          title: "节点",
          due_date: "2024-02-29",
        });
        assert.equal(ok.statusCode, 201, ok.body);
      });

      await t.test(
        "a 350,000-character single-line document does not become an over-long plan name",
        async () => {
          const line = "南岗区：" + "推进创新发展".repeat(58_333);
          const r = await call("POST", "/api/documents", { text: line, source: "one-line.txt", year: 2022 });
          assert.equal(r.statusCode, 201, r.body.slice(0, 300));
          const plan = r.json().plan as { name: string };
          assert.ok(Array.from(plan.name).length <= 200, `plan name of ${plan.name.length} characters`);
          assert.ok(plan.name.startsWith("南岗区：推进创新发展") && plan.name.endsWith("…"));
        },
      );
    });
  });
}
