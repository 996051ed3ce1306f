/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies */
// GET /api/plans/:id/reporting on both databases: a unit's confirmed items
// with the period of each one's latest report, in one request. Reporters get
// their own unit and may not ask for another; staff must name the unit;
// signed out is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

const now = () => new Date("2023-06-15T00:00:00Z");

for (const { name } of DIALECTS) {
  test(`${name}: the reporting page's batched read`, async () => {
    await withServer(name, { now, extractor: fakeExtract, loginLimit: 20 }, async ({ s, base }) => {
      const first = await firstAdmin(s);
      const admin = new Client(base);
      await admin.login("admin", first.password);
      const ing = await admin.call("POST", "/api/documents", {
        text: DOC_V1,
        source: "v1.txt",
        year: 2022,
        plan: "测试",
      });
      const planId: number = ing.body.plan.id;
      const units = (await admin.call("GET", "/api/units")).body.items as { id: number; name: string }[];
      const unit = (n: string) => units.find((u) => u.name === n)!.id;
      const all = (await admin.call("GET", `/api/plans/${planId}/commitments?limit=200`)).body.items as any[];
      const own = all.filter((c) => c.unit_id === unit("南岗区"));
      const other = all.filter((c) => c.unit_id === unit("道里区"));
      assert.ok(own.length >= 1 && other.length >= 1);
      for (const c of [...own, ...other]) {
        const r = await admin.call(
          "POST",
          `/api/commitments/${c.id}/confirm`,
          {},
          { "if-match": `"${c.version}"` },
        );
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
      // A proposed item of the reporter's unit stays out of the list.
      const proposedOwn = all.find((c) => c.unit_id === unit("香坊区"));
      await admin.call("POST", "/api/users", {
        username: "rep",
        password: "password-rep",
        role: "reporter",
        unit_id: unit("南岗区"),
      });
      const rep = new Client(base);
      await rep.login("rep", "password-rep");

      const before = await rep.call("GET", `/api/plans/${planId}/reporting`);
      assert.equal(before.status, 200, JSON.stringify(before.body));
      assert.equal(before.body.unit_id, unit("南岗区"));
      assert.deepEqual(
        before.body.items.map((i: any) => i.commitment.id).sort(),
        own.map((c) => c.id).sort(),
      );
      assert.ok(before.body.items.every((i: any) => i.last_period === null));
      assert.ok(!before.body.items.some((i: any) => i.commitment.id === proposedOwn?.id));

      // Two reports on the first item: the later one's period is shown, whatever its order in time.
      const target = own[0];
      for (const period of ["2023Q2", "2023Q1"]) {
        const r = await rep.call("POST", `/api/commitments/${target.id}/progress`, {
          period,
          narrative: `第${period}期进展`,
        });
        assert.equal(r.status, 201, JSON.stringify(r.body));
      }
      const after = await rep.call("GET", `/api/plans/${planId}/reporting`);
      const row = after.body.items.find((i: any) => i.commitment.id === target.id);
      assert.equal(
        row.last_period,
        "2023Q1",
        "the report filed last, as the item's progress list shows first",
      );
      assert.equal(row.commitment.text, target.text);

      // A reporter may not ask for another unit; staff name theirs.
      const refused = await rep.call("GET", `/api/plans/${planId}/reporting?unit=${unit("道里区")}`);
      assert.equal(refused.status, 403);
      const missing = await admin.call("GET", `/api/plans/${planId}/reporting`);
      assert.equal(missing.status, 400);
      assert.equal(missing.body.error.code, "validation");
      assert.match(missing.body.error.message, /^unit: required/);
      const staff = await admin.call("GET", `/api/plans/${planId}/reporting?unit=${unit("道里区")}`);
      assert.equal(staff.status, 200);
      assert.deepEqual(
        staff.body.items.map((i: any) => i.commitment.id).sort(),
        other.map((c) => c.id).sort(),
      );
      const anon = await new Client(base).call(
        "GET",
        `/api/plans/${planId}/reporting?unit=${unit("道里区")}`,
      );
      assert.equal(anon.status, 401);
      const bad = await admin.call("GET", `/api/plans/${planId}/reporting?unit=abc`);
      assert.equal(bad.status, 400);
    });
  });
}
