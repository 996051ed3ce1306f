/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// Issue 9, item 4, on the demo plan and both databases: a district's
// document that says 围绕打造创新引领之都… (invented: its place, person and
// projects), added to the demo plan by `lantu ingest FILE --plan P` (a real
// child process) and by POST /api/documents, is read against the plan's
// goals as --framework would read it: its items get that goal and, once
// confirmed, reach the matrix. And item 3 on the CLI: `lantu ingest` of a
// document with no commitment says so on stderr and exits 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { PG_URL } from "../helpers/stores.ts";
import { startCli } from "../helpers/cli-process.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices } from "../../src/services/context.ts";
import { buildApp } from "../../src/http/app.ts";
import { loadDemo } from "../../src/cli/commands/serve.ts";
import { goalsByItem } from "../helpers/goals-by-item.ts";

const GOAL = "创新引领之都";

/** An invented district's plan: no framework of its own, a lead-in naming one of the demo plan's goals. */
const district = (place: string, person: string, park: string) =>
  [
    `${place}2023年重点工作`,
    "",
    `${place}委书记${person}表示，${place}将围绕打造${GOAL}，加快建设${park}，新增高新技术企业50家。`,
  ].join("\n") + "\n";

/** A database the CLI (a child process) and this test share: a SQLite file, or a new PostgreSQL database. */
async function sharedDatabase(dialect: "sqlite" | "postgres") {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "lantu-demo-plan-"));
    const path = join(dir, "lantu.db");
    return {
      spec: path,
      open: () => openSqlite(path),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `lantu_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(PG_URL, `CREATE DATABASE ${name}`);
  const url = withDatabase(PG_URL, name);
  return {
    spec: url,
    open: () => openPostgres(url),
    drop: () => adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
  };
}

for (const dialect of ["sqlite", "postgres"] as const) {
  test(
    `${dialect}: a district document added to the demo plan gets the plan's goal (CLI and API)`,
    { timeout: 600_000 },
    async (t) => {
      const shared = await sharedDatabase(dialect);
      const dir = mkdtempSync(join(tmpdir(), "lantu-demo-docs-"));
      let store: Store | null = null;
      try {
        store = shared.open();
        await migrateToLatest(store);
        const s = makeServices(store);
        assert.match(await loadDemo(s), /demo loaded/);
        const plan = await store.db.selectFrom("plans").selectAll().executeTakeFirstOrThrow();
        const goals = await store.db
          .selectFrom("goals")
          .select("name")
          .where("plan_id", "=", plan.id)
          .execute();
        assert.ok(
          goals.some((g) => g.name === GOAL),
          goals.map((g) => g.name).join(" "),
        );
        const goalCount = goals.length;

        await t.test("`lantu ingest FILE --plan P`", async () => {
          const file = join(dir, "溪川区.txt");
          writeFileSync(file, district("溪川区", "陈建国", "人工智能产业园"));
          const run = await startCli(["ingest", file, "--plan", plan.name], shared.spec).exited;
          assert.equal(run.code, 0, run.stderr);
          assert.match(run.stdout, new RegExp(`→ plan ${plan.id} `));
          assert.equal(run.stderr, "");
          const doc = await store!.db
            .selectFrom("documents")
            .select("id")
            .where("source", "=", "溪川区.txt")
            .executeTakeFirstOrThrow();
          const items = await goalsByItem(store!.db, doc.id);
          const park = [...items].find(([text]) => text.includes("人工智能产业园"));
          assert.ok(park, [...items.keys()].join(" / "));
          assert.deepEqual(park[1], [GOAL]);
        });

        await t.test("POST /api/documents into the plan; confirmed, the items reach the matrix", async () => {
          const app = await buildApp(s, { loginLimit: 20 });
          await app.listen({ port: 0, host: "127.0.0.1" });
          try {
            const admin = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
            assert.equal((await admin.login("admin", (await firstAdmin(s)).password)).status, 200);
            const r = await admin.call("POST", "/api/documents", {
              text: district("桐湾区", "赵明远", "量子信息产业园"),
              source: "桐湾区.txt",
              plan: plan.name,
            });
            assert.equal(r.status, 201, JSON.stringify(r.body));
            assert.equal(r.body.plan.id, plan.id);
            assert.deepEqual(r.body.warnings, []);
            const q = await admin.call(
              "GET",
              `/api/plans/${plan.id}/commitments?review=proposed&document=${r.body.document.id}`,
            );
            const park = q.body.items.find((c: any) => c.text.includes("量子信息产业园"));
            assert.ok(park, JSON.stringify(q.body.items.map((c: any) => c.text)));
            assert.deepEqual(
              park.goals.map((g: any) => g.name),
              [GOAL],
            );
            const ok = await admin.call("POST", `/api/commitments/${park.id}/confirm`, undefined, {
              "if-match": `"${park.version}"`,
            });
            assert.equal(ok.status, 200, JSON.stringify(ok.body));
            const o = await admin.call("GET", `/api/plans/${plan.id}/overview`);
            const goalId = o.body.goals.find((g: any) => g.name === GOAL).id;
            const cell = o.body.matrix.find((c: any) => c.unit_id === park.unit_id && c.goal_id === goalId);
            assert.ok(cell && cell.n >= 1, JSON.stringify(o.body.matrix));
          } finally {
            await app.close();
          }
          const after = await store!.db
            .selectFrom("goals")
            .select("id")
            .where("plan_id", "=", plan.id)
            .execute();
          assert.equal(after.length, goalCount, "no goal added to the plan");
        });

        await t.test(
          "`lantu ingest` of a document with no commitment: stored, exit 0, one stderr line",
          async () => {
            const file = join(dir, "闲话.txt");
            writeFileSync(file, "新年新气象\n\n大家都很开心。天气很好。\n");
            const run = await startCli(["ingest", file, "--plan", "闲话"], shared.spec).exited;
            assert.equal(run.code, 0, run.stderr);
            assert.match(run.stdout, /0 new proposed items/);
            assert.equal(
              run.stderr,
              "lantu ingest: 闲话.txt: no commitment found in the document; nothing was added to the review queue\n",
            );
          },
        );
      } finally {
        await store?.close();
        await shared.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
