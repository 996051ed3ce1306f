// A document added to a plan that already has goals is read against those
// goals (as --framework would read it): through the service the CLI uses, and
// through POST /api/documents, on both databases. The documents are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { Client } from "../helpers/client.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { buildApp } from "../../src/http/app.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";
import { goalsByItem } from "../helpers/goals-by-item.ts";

const CITY = [
  "青川市五年发展蓝图",
  "",
  "青川市委书记王立新在市党代会上说，今后五年，青川将全力打造科技创新之城、生态宜居之城、开放枢纽之城“三个之城”。",
  "在打造科技创新之城中，青川将建设光谷实验室，新建孵化器20个。",
  "在打造生态宜居之城中，青川将实施滨江绿道工程，改造老旧小区300个。",
].join("\n");

/** A district's document: no framework of its own, one lead-in naming a goal of the city's. */
const DISTRICT = [
  "溪南区2024年重点工作",
  "",
  "溪南区委书记李明远表示，溪南区将围绕打造科技创新之城，加快建设智能装备产业园，引进高新技术企业30家。",
].join("\n");

const now = () => new Date("2024-03-01T00:00:00Z");

const goalCount = async (db: DB, planId: number) =>
  (await db.selectFrom("goals").select("id").where("plan_id", "=", planId).execute()).length;

for (const { name } of DIALECTS) {
  test(`${name}: a document added to a plan with goals is aligned to them`, async (t) => {
    const { store, drop } = await freshStore(name);
    const s = makeServices(store, now);
    const db = store.db;
    try {
      const city = await ingest(s, { text: CITY, source: "city.txt", plan: "青川规划" }, SYSTEM_ACTOR);
      assert.equal(await goalCount(db, city.plan.id), 3);

      await t.test("alone, the district document aligns to nothing", async () => {
        const alone = await ingest(s, { text: DISTRICT, source: "d.txt", plan: "别的计划" }, SYSTEM_ACTOR);
        assert.equal(await goalCount(db, alone.plan.id), 0);
        const items = await goalsByItem(db, alone.document.id);
        assert.ok(items.size > 0);
        assert.ok([...items.values()].every((g) => g.length === 0));
      });

      await t.test(
        "added to the plan (as `lantu ingest --plan` does), it reaches the plan's goal",
        async () => {
          const added = await ingest(
            s,
            { text: DISTRICT + "\n", source: "d2.txt", plan: "青川规划" },
            SYSTEM_ACTOR,
          );
          assert.equal(added.plan.id, city.plan.id);
          const items = await goalsByItem(db, added.document.id);
          const park = [...items].find(([text]) => text.includes("智能装备产业园"));
          assert.ok(park, [...items.keys()].join(" / "));
          assert.deepEqual(park[1], ["科技创新之城"]);
          assert.equal(await goalCount(db, city.plan.id), 3, "no goal added to the plan");
        },
      );

      await t.test("POST /api/documents into the plan does the same", async () => {
        const app = await buildApp(s, { loginLimit: 20 });
        await app.listen({ port: 0, host: "127.0.0.1" });
        try {
          const admin = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
          const first = await firstAdmin(s);
          assert.equal((await admin.login("admin", first.password)).status, 200);
          const r = await admin.call("POST", "/api/documents", {
            text: DISTRICT + "\n\n",
            source: "d3.txt",
            plan: "青川规划",
          });
          assert.equal(r.status, 201, JSON.stringify(r.body));
          const items = await goalsByItem(db, r.body.document.id);
          const park = [...items].find(([text]) => text.includes("智能装备产业园"));
          assert.deepEqual(park?.[1], ["科技创新之城"]);
        } finally {
          await app.close();
        }
      });
    } finally {
      await drop();
    }
  });
}
