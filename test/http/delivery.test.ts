/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// Delivery fields, error codes and history over real HTTP on both databases:
// lead and cooperating units and the deadline; milestones added, ticked off
// on a chosen day, opened again, and flagged when late (on the item and in
// lists); every error a stable code from the catalogue, validation errors
// with the field and the rule; a goal edit recorded with goal names; a merge
// readable from both items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { ERRORS, VALIDATION_RULES } from "../../src/errors.ts";

const now = () => new Date("2023-06-15T00:00:00Z");

for (const { name } of DIALECTS) {
  test(`${name}: delivery fields, error codes, readable history`, async (t) => {
    await withServer(name, { now, extractor: fakeExtract, loginLimit: 20 }, async ({ s, base }) => {
      const first = await firstAdmin(s);
      const admin = new Client(base);
      await admin.login("admin", first.password);
      const call = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
        const r = await admin.call(method, path, body, headers);
        if (r.status >= 400) {
          // every error names a code of the catalogue, and a rule of its list
          assert.ok(r.body.error.code in ERRORS, `code ${JSON.stringify(r.body)}`);
          assert.equal(ERRORS[r.body.error.code as keyof typeof ERRORS], r.status, JSON.stringify(r.body));
          if (r.body.error.rule !== undefined)
            assert.ok((VALIDATION_RULES as readonly string[]).includes(r.body.error.rule), r.body.error.rule);
        }
        return r;
      };
      const ok = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
        const r = await call(method, path, body, headers);
        assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
        return r;
      };
      const ing = await ok("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试",
      });
      const planId: number = ing.body.plan.id;
      const units = (await ok("GET", "/api/units")).body.items as { id: number; name: string }[];
      const unit = (n: string) => units.find((u) => u.name === n)!.id;
      const items = (await ok("GET", `/api/plans/${planId}/commitments`)).body.items as any[];
      const byUnit = (n: string) => items.find((c) => c.unit_id === unit(n));
      const item = async (id: number) => (await ok("GET", `/api/commitments/${id}`)).body;
      const nangang = byUnit("南岗区");
      for (const c of items)
        await ok("POST", `/api/commitments/${c.id}/confirm`, {}, { "if-match": `"${c.version}"` });

      await t.test("lead and cooperating units and the deadline, set and read back", async () => {
        const c = await item(nangang.id);
        const r = await ok(
          "PATCH",
          `/api/commitments/${c.id}`,
          {
            lead_unit_id: unit("道里区"),
            cooperating_unit_ids: [unit("香坊区"), unit("呼兰区")],
            deadline: "2024-06-30",
          },
          { "if-match": `"${c.version}"` },
        );
        assert.equal(r.body.lead_unit_id, unit("道里区"));
        assert.deepEqual([...r.body.cooperating_unit_ids].sort(), [unit("香坊区"), unit("呼兰区")].sort());
        assert.equal(r.body.deadline, "2024-06-30");
        assert.equal(r.body.due_date, "2024-06-30", "the header's due date is the deadline set");
        const cleared = await ok(
          "PATCH",
          `/api/commitments/${c.id}`,
          { cooperating_unit_ids: [unit("香坊区")] },
          { "if-match": `"${r.body.version}"` },
        );
        assert.deepEqual(cleared.body.cooperating_unit_ids, [unit("香坊区")]);
        const audit = (await ok("GET", `/api/audit?entity=commitment&entity_id=${c.id}&limit=1`)).body
          .items[0];
        assert.equal(audit.action, "track");
        assert.equal(audit.before.cooperating_unit_ids.length, 2);
        assert.deepEqual(audit.after.cooperating_unit_ids, [unit("香坊区")]);
      });

      await t.test(
        "milestones: late ones are flagged on the item and in lists; ticked off on a chosen day",
        async () => {
          const m = await ok("POST", `/api/commitments/${nangang.id}/milestones`, {
            title: "完成选址",
            due_date: "2023-03-01",
          });
          await ok("POST", `/api/commitments/${nangang.id}/milestones`, {
            title: "开工",
            due_date: "2023-09-01",
          });
          assert.equal((await item(nangang.id)).late_milestones, 1);
          const listed = (await ok("GET", `/api/plans/${planId}/commitments`)).body.items as any[];
          assert.deepEqual(
            listed.map((c) => [c.id, c.late_milestones]),
            items.map((c) => [c.id, c.id === nangang.id ? 1 : 0]),
          );

          const future = await call(
            "PATCH",
            `/api/milestones/${m.body.id}`,
            { done_on: "2023-06-16" },
            { "if-match": `"${m.body.version}"` },
          );
          assert.equal(future.status, 400);
          assert.deepEqual(
            [future.body.error.code, future.body.error.field, future.body.error.rule],
            ["validation", "done_on", "in_future"],
          );
          const done = await ok(
            "PATCH",
            `/api/milestones/${m.body.id}`,
            { done_on: "2023-03-05" },
            { "if-match": `"${m.body.version}"` },
          );
          assert.equal(done.body.done_at.slice(0, 10), "2023-03-05");
          assert.equal((await item(nangang.id)).late_milestones, 0);
          const edited = await ok(
            "PATCH",
            `/api/milestones/${m.body.id}`,
            { title: "完成选址和规划", due_date: "2023-03-10" },
            { "if-match": `"${done.body.version}"` },
          );
          assert.equal(edited.body.done_at, done.body.done_at, "an edit keeps the done day");
          const reopened = await ok(
            "PATCH",
            `/api/milestones/${m.body.id}`,
            { done: false },
            { "if-match": `"${edited.body.version}"` },
          );
          assert.equal(reopened.body.done_at, null);
          const after = await item(nangang.id);
          assert.equal(after.late_milestones, 1);
          assert.deepEqual(
            after.milestones.map((x: any) => [x.title, x.due_date, x.done_at]),
            [
              ["完成选址和规划", "2023-03-10", null],
              ["开工", "2023-09-01", null],
            ],
          );
          const both = await call(
            "PATCH",
            `/api/milestones/${m.body.id}`,
            { done: false, done_on: "2023-03-05" },
            { "if-match": `"${reopened.body.version}"` },
          );
          assert.deepEqual([both.status, both.body.error.field], [400, "done_on"]);
        },
      );

      await t.test("errors: a stable code; validation names the field and the rule", async () => {
        const c = await item(nangang.id);
        const cases: [string, string, unknown, string, string | undefined, number | undefined][] = [
          ["PATCH", `/api/commitments/${c.id}`, { deadline: "2024/06/30" }, "deadline", "date", undefined],
          ["PATCH", `/api/commitments/${c.id}`, { deadline: "2023-02-30" }, "deadline", "date", undefined],
          ["PATCH", `/api/commitments/${c.id}`, { colour: "red" }, "colour", "unknown_field", undefined],
          ["PATCH", `/api/commitments/${c.id}`, { lead_unit_id: "x" }, "lead_unit_id", "type", undefined],
          [
            "PATCH",
            `/api/commitments/${c.id}`,
            { lead_unit_id: 999999 },
            "lead_unit_id",
            "unknown_reference",
            undefined,
          ],
          [
            "POST",
            `/api/commitments/${c.id}/milestones`,
            { due_date: "2024-01-01" },
            "title",
            "required",
            undefined,
          ],
          [
            "POST",
            `/api/commitments/${c.id}/milestones`,
            { title: "", due_date: "2024-01-01" },
            "title",
            "required",
            undefined,
          ],
          [
            "POST",
            `/api/commitments/${c.id}/milestones`,
            { title: "x".repeat(501), due_date: "2024-01-01" },
            "title",
            "too_long",
            500,
          ],
          [
            "POST",
            "/api/users",
            { username: "u1", password: "short", role: "supervisor" },
            "password",
            "too_short",
            8,
          ],
          [
            "GET",
            `/api/plans/${planId}/commitments?status=late`,
            undefined,
            "status",
            "not_allowed",
            undefined,
          ],
        ];
        for (const [method, path, body, field, rule, limit] of cases) {
          const r = await call(method, path, body, { "if-match": `"${c.version}"` });
          assert.equal(r.status, 400, `${path} ${JSON.stringify(body)} ${JSON.stringify(r.body)}`);
          assert.deepEqual(
            [r.body.error.code, r.body.error.field, r.body.error.rule, r.body.error.limit],
            ["validation", field, rule, limit],
            JSON.stringify(r.body),
          );
        }
        const stale = await call(
          "PATCH",
          `/api/commitments/${c.id}`,
          { deadline: null },
          { "if-match": `"${c.version - 1}"` },
        );
        assert.equal(stale.status, 409);
        assert.equal(stale.body.error.code, "stale_version");
        assert.deepEqual(stale.body.error.details, { entity: "commitment", current_version: c.version });
        await ok("POST", "/api/users", { username: "twice", password: "long-enough", role: "supervisor" });
        const taken = await call("POST", "/api/users", {
          username: "twice",
          password: "long-enough",
          role: "supervisor",
        });
        assert.deepEqual(
          [taken.status, taken.body.error.code, taken.body.error.field],
          [409, "duplicate", "username"],
        );
        const missing = await call("GET", "/api/commitments/999999");
        assert.deepEqual([missing.status, missing.body.error.code], [404, "not_found"]);
        const noRoute = await call("GET", "/api/nothing-here");
        assert.deepEqual([noRoute.status, noRoute.body.error.code], [404, "not_found"]);
        const anon = await new Client(base).call("GET", `/api/commitments/${c.id}`);
        assert.deepEqual([anon.status, anon.body.error.code], [401, "unauthorized"]);
        const csrf = await admin.call("POST", "/api/plans", { name: "无令牌" }, { "x-csrf-token": "" });
        assert.deepEqual([csrf.status, csrf.body.error.code], [403, "csrf"]);
      });

      await t.test(
        "history: a goal edit keeps the goal names; a merge is readable from both items",
        async () => {
          const goals = (await ok("GET", `/api/plans/${planId}/goals`)).body.items as any[];
          const huxi = await item(byUnit("呼兰区").id);
          const names = (gs: any[]) => gs.map((g) => g.name);
          await ok(
            "POST",
            `/api/commitments/${huxi.id}/edit`,
            { goals: [{ goal_id: goals[1].id }] },
            { "if-match": `"${huxi.version}"` },
          );
          const edit = (await ok("GET", `/api/audit?entity=commitment&entity_id=${huxi.id}&limit=1`)).body
            .items[0];
          assert.equal(edit.action, "edit");
          assert.deepEqual(names(edit.before.goals), names(huxi.goals));
          assert.deepEqual(names(edit.after.goals), [goals[1].name]);

          const xiangfang = await item(byUnit("香坊区").id);
          const survivor = await item(huxi.id);
          await ok(
            "POST",
            `/api/commitments/${xiangfang.id}/merge`,
            { into: survivor.id },
            { "if-match": `"${xiangfang.version}"` },
          );
          const merged = await item(xiangfang.id);
          assert.deepEqual([merged.review_state, merged.merged_into_id], ["merged", survivor.id]);
          assert.deepEqual((await item(survivor.id)).merged_from, [
            { id: xiangfang.id, text: xiangfang.text },
          ]);
          assert.deepEqual(merged.merged_from, []);
        },
      );
    });
  });
}
