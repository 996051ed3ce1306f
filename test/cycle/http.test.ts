/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// The cycle's endpoints over real HTTP on both databases: role rules (own and
// other unit), If-Match, bodies validated with the field named, the .docx and
// .xlsx files, and every route described in the OpenAPI document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { runCycle } from "../../src/services/cycle/run-cycle.ts";

for (const { name } of DIALECTS) {
  test(`${name}: cycle HTTP API`, async (t) => {
    let clock = new Date("2026-07-10T02:00:00Z");
    const options = { now: () => clock, extractor: fakeExtract, loginLimit: 50 };
    await withServer(name, options, async ({ s, base }) => {
      const first = await firstAdmin(s);
      const admin = new Client(base);
      await admin.login("admin", first.password);
      const ing = await admin.call("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试计划",
      });
      const planId: number = ing.body.plan.id;
      const units = (await admin.call("GET", "/api/units")).body.items as { id: number; name: string }[];
      const unit = (n: string) => units.find((u) => u.name === n)!.id;
      const list = (await admin.call("GET", `/api/plans/${planId}/commitments`)).body.items as any[];
      for (const c of list) {
        await admin.call("POST", `/api/commitments/${c.id}/confirm`, {}, { "if-match": `"${c.version}"` });
      }
      const item = (u: string) => list.find((c) => c.unit_id === unit(u))!.id as number;
      for (const [username, role, unitId] of [
        ["sup", "supervisor", null],
        ["ng", "reporter", unit("南岗区")],
        ["dl", "reporter", unit("道里区")],
      ] as const) {
        const r = await admin.call("POST", "/api/users", {
          username,
          password: "password-123",
          role,
          unit_id: unitId,
        });
        assert.equal(r.status, 201, JSON.stringify(r.body));
      }
      const sup = new Client(base);
      await sup.login("sup", "password-123");
      const ng = new Client(base);
      await ng.login("ng", "password-123");
      const dl = new Client(base);
      await dl.login("dl", "password-123");

      await t.test("settings: read by anyone signed in, changed by staff with If-Match", async () => {
        const got = await ng.call("GET", `/api/plans/${planId}/cycle`);
        assert.equal(got.status, 200);
        assert.deepEqual([got.body.frequency, got.body.due_day, got.body.version], ["quarterly", 25, 0]);
        assert.equal(
          (await ng.call("PUT", `/api/plans/${planId}/cycle`, { due_day: 20 }, { "if-match": "0" })).status,
          403,
        );
        const bad = await sup.call("PUT", `/api/plans/${planId}/cycle`, { due_day: 40 }, { "if-match": "0" });
        assert.equal(bad.status, 400);
        assert.match(bad.body.error.message, /due_day/);
        const ok = await sup.call(
          "PUT",
          `/api/plans/${planId}/cycle`,
          { starts_on: "2026-07-01", grace_days: 5, due_day: 25 },
          { "if-match": "0" },
        );
        assert.equal(ok.status, 200, JSON.stringify(ok.body));
        assert.equal(ok.body.version, 1);
        const stale = await sup.call(
          "PUT",
          `/api/plans/${planId}/cycle`,
          { due_day: 20 },
          { "if-match": "0" },
        );
        assert.equal(stale.status, 409);
      });

      await t.test("progress for 2030Q1 is refused with the reason", async () => {
        const r = await ng.call("POST", `/api/commitments/${item("南岗区")}/progress`, {
          period: "2030Q1",
          narrative: "x",
        });
        assert.equal(r.status, 400);
        assert.equal(r.body.error.field, "period");
        assert.match(r.body.error.message, /2030Q1 has not started/);
      });

      await t.test("completion: figure required, return with reason, accept; roles per unit", async () => {
        const daoli = item("道里区");
        const noFig = await dl.call("POST", `/api/commitments/${daoli}/completion`, { narrative: "完成" });
        assert.equal(noFig.status, 400);
        assert.equal(noFig.body.error.field, "figure");
        assert.equal(
          (await ng.call("POST", `/api/commitments/${daoli}/completion`, { narrative: "x", figure: 1 }))
            .status,
          404,
        );
        const p = await dl.call("POST", `/api/commitments/${daoli}/completion`, {
          narrative: "完成",
          figure: 45,
        });
        assert.equal(p.status, 201, JSON.stringify(p.body));
        assert.equal(
          (await dl.call("POST", `/api/completion/${p.body.id}/return`, { reason: "x" }, { "if-match": "1" }))
            .status,
          403,
        );
        const ret = await sup.call(
          "POST",
          `/api/completion/${p.body.id}/return`,
          { reason: "缺少佐证" },
          { "if-match": "1" },
        );
        assert.equal(ret.status, 200);
        const seen = await dl.call("GET", `/api/commitments/${daoli}/completion`);
        assert.equal(seen.body.items[0].return_reason, "缺少佐证");
        const box = await dl.call("GET", "/api/inbox");
        assert.ok(box.body.tasks.some((x: any) => x.kind === "revise_returned" && x.detail === "缺少佐证"));
        const p2 = await dl.call("POST", `/api/commitments/${daoli}/completion`, {
          narrative: "补充",
          figure: 45,
        });
        const supBox = await sup.call("GET", "/api/inbox");
        assert.ok(
          supBox.body.tasks.some((x: any) => x.kind === "review_completion" && x.ref_id === p2.body.id),
        );
        assert.equal((await sup.call("POST", `/api/completion/${p2.body.id}/accept`, undefined)).status, 428);
        const acc = await sup.call("POST", `/api/completion/${p2.body.id}/accept`, undefined, {
          "if-match": '"1"',
        });
        assert.equal(acc.status, 200, JSON.stringify(acc.body));
        assert.equal((await sup.call("GET", `/api/commitments/${daoli}`)).body.status, "done");
      });

      await t.test("extension: both dates kept; 督办单 with .docx and a reply", async () => {
        const nangang = item("南岗区");
        const e = await ng.call("POST", `/api/commitments/${nangang}/extensions`, {
          new_date: "2027-06-30",
          reason: "需协调",
        });
        assert.equal(e.status, 201, JSON.stringify(e.body));
        const dec = await sup.call(
          "POST",
          `/api/extensions/${e.body.id}/refuse`,
          { reason: "理由不充分" },
          { "if-match": "1" },
        );
        assert.deepEqual(
          [dec.body.state, dec.body.new_date, dec.body.decision_reason],
          ["refused", "2027-06-30", "理由不充分"],
        );
        assert.equal(
          (await ng.call("POST", `/api/commitments/${nangang}/notices`, { demanded_action: "x" })).status,
          403,
        );
        const n = await sup.call("POST", `/api/commitments/${nangang}/notices`, {
          demanded_action: "十日内报送整改方案",
        });
        assert.equal(n.status, 201, JSON.stringify(n.body));
        assert.equal(n.body.number, "督办〔2026〕1号");
        const doc = await ng.call("GET", `/api/notices/${n.body.id}/docx`);
        assert.equal(doc.status, 200);
        assert.match(doc.headers.get("content-type")!, /wordprocessingml/);
        assert.equal(
          (await dl.call("GET", `/api/notices/${n.body.id}`)).status,
          404,
          "another unit's notice",
        );
        const r = await ng.call(
          "POST",
          `/api/notices/${n.body.id}/reply`,
          { reply: "已制定方案" },
          { "if-match": "1" },
        );
        assert.equal(r.status, 200);
        assert.equal(r.body.state, "answered");
        const bulk = await sup.call("POST", `/api/plans/${planId}/notices`, {
          commitment_ids: [item("香坊区")],
          demanded_action: "限期整改",
        });
        assert.equal(bulk.status, 201, JSON.stringify(bulk.body));
        assert.equal(bulk.body.items[0].number, "督办〔2026〕2号");
      });

      await t.test("warnings, heat map by warning with 未对齐 and item totals, assessment", async () => {
        clock = new Date("2026-10-20T02:00:00Z");
        // sessions last seven days: sign in again on the new day
        for (const [c, u] of [
          [sup, "sup"],
          [ng, "ng"],
          [dl, "dl"],
        ] as const)
          await c.login(u, "password-123");
        // the levels the calendar moves are stored by the day's cycle run (the scheduler in lantu serve)
        await runCycle(s, null);
        const w = await sup.call("GET", `/api/plans/${planId}/warnings`);
        assert.equal(w.status, 200);
        const lv = (id: number) => w.body.items.find((i: any) => i.commitment_id === id)?.level ?? "none";
        assert.equal(lv(item("南岗区")), "yellow");
        assert.equal(lv(item("道里区")), "none");
        const mine = await ng.call("GET", `/api/plans/${planId}/warnings`);
        assert.equal(mine.status, 200, JSON.stringify(mine.body));
        assert.ok(mine.body.items.every((i: any) => i.unit_id === unit("南岗区")));
        const h = await sup.call("GET", `/api/plans/${planId}/heatmap?by=warning`);
        assert.equal(h.status, 200, JSON.stringify(h.body));
        assert.equal(h.body.total.n, 4, "合计 counts items");
        const xf = h.body.rows.find((r: any) => r.unit_id === unit("香坊区"));
        const unaligned = xf.cells.find((c: any) => c.goal_id === null);
        assert.equal(unaligned.n, 1, "香坊's item has no goal: 未对齐");
        for (const by of ["count", "status"]) {
          const all = await sup.call("GET", `/api/plans/${planId}/heatmap?by=${by}`);
          assert.equal(all.status, 200);
          assert.equal(all.body.total.n, 4, `by ${by}: 合计 counts items`);
          assert.equal(all.body.unit_count, all.body.rows.length);
        }
        // a reporter sees their own unit's row only
        const own = await ng.call("GET", `/api/plans/${planId}/heatmap?by=warning`);
        assert.equal(own.status, 200, JSON.stringify(own.body));
        assert.deepEqual(
          own.body.rows.map((r: any) => r.unit_id),
          [unit("南岗区")],
        );
        assert.deepEqual(own.body.total.counts, { none: 0, blue: 0, yellow: 1, red: 0 });
        const a = await sup.call("GET", `/api/plans/${planId}/assessment?period=2026Q3`);
        assert.equal(a.status, 200, JSON.stringify(a.body));
        assert.ok(a.body.units.length >= 4);
        assert.equal((await ng.call("GET", `/api/plans/${planId}/assessment?period=2026Q3`)).status, 403);
        assert.equal((await sup.call("GET", `/api/plans/${planId}/assessment?period=Q3`)).status, 400);
        const x = await sup.call("GET", `/api/plans/${planId}/assessment.xlsx?period=2026Q3`);
        assert.equal(x.status, 200);
        assert.match(x.headers.get("content-type")!, /spreadsheetml/);
      });

      await t.test("verdicts: recorded by staff, shown to the public", async () => {
        const hulan = item("呼兰区");
        assert.equal(
          (await ng.call("POST", `/api/commitments/${hulan}/verdict`, { verdict: "stalled", reason: "x" }))
            .status,
          404,
        );
        const v = await sup.call("POST", `/api/commitments/${hulan}/verdict`, {
          verdict: "stalled",
          reason: "用地未落实",
        });
        assert.equal(v.status, 201, JSON.stringify(v.body));
        const anon = new Client(base);
        const pub = await anon.call("GET", `/api/public/plans/${planId}/verdicts`);
        assert.equal(pub.status, 200);
        const hv = pub.body.items.find((i: any) => i.commitment_id === hulan);
        assert.deepEqual([hv.verdict, hv.since, hv.reason], ["stalled", "2026-10-20", "用地未落实"]);
        assert.equal(pub.body.items.find((i: any) => i.commitment_id === item("道里区")).verdict, "kept");
        assert.equal((await anon.call("GET", `/api/inbox`)).status, 401);
      });

      await t.test("every cycle route is in the OpenAPI document with a summary", async () => {
        const doc = (await admin.call("GET", "/api/openapi.json")).body;
        for (const path of [
          "/api/plans/{id}/cycle",
          "/api/plans/{id}/obligations",
          "/api/commitments/{id}/completion",
          "/api/completion/{id}/accept",
          "/api/completion/{id}/return",
          "/api/commitments/{id}/extensions",
          "/api/extensions/{id}/approve",
          "/api/extensions/{id}/refuse",
          "/api/commitments/{id}/notices",
          "/api/plans/{id}/notices",
          "/api/notices/{id}/docx",
          "/api/notices/{id}/reply",
          "/api/inbox",
          "/api/plans/{id}/assessment",
          "/api/plans/{id}/heatmap",
          "/api/plans/{id}/warnings",
          "/api/commitments/{id}/verdict",
          "/api/public/plans/{id}/verdicts",
        ]) {
          assert.ok(doc.paths[path], path);
          for (const op of Object.values(doc.paths[path]) as any[]) assert.ok(op.summary, `${path} summary`);
        }
      });
    });
  });
}
