/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies */
// Sign-ins leave the kept answers and export files be (migration
// 20250131T000000_quiet_sessions), on both databases: after a burst of
// sign-ins, who-am-I reads and sign-outs, through the API and through another
// connection, the overview, the summary and an export are served as kept
// (counted by AnswerCounts and ExportFiles.builds); a plan-data write through
// the API or another connection still makes them stale at the next read; and
// a sign-out through another connection (another server process) still ends
// the session at the next request.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { buildApp } from "../../src/http/app.ts";
import { AnswerCounts } from "../../src/http/response-cache.ts";
import { ExportFiles } from "../../src/http/export-files.ts";
import { makeServices } from "../../src/services/context.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

for (const { name } of DIALECTS) {
  test(`${name}: sign-ins and sign-outs keep every kept answer and export; a data write does not`, async () => {
    const clock = new Date("2023-06-15T08:00:00Z");
    const made = await freshStore(name, true, "mark");
    const other = made.reopen();
    const counts = new AnswerCounts();
    const files = new ExportFiles();
    try {
      const s = makeServices(made.store, () => clock);
      const app = await buildApp(s, {
        extractor: fakeExtract,
        loginLimit: 100,
        answerCounts: counts,
        exportFiles: files,
      });
      try {
        await app.listen({ port: 0, host: "127.0.0.1" });
        const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        const first = await firstAdmin(s);
        const admin = new Client(base);
        assert.equal((await admin.login("admin", first.password)).status, 200);
        const ing = await admin.call("POST", "/api/documents", {
          text: DOC_V1,
          source: "v1.txt",
          year: 2022,
          plan: "测试",
        });
        assert.equal(ing.status, 201, JSON.stringify(ing.body));
        const plan: number = ing.body.plan.id;
        for (const username of ["sup1", "sup2", "sup3"])
          await admin.call("POST", "/api/users", {
            username,
            password: `password-${username}`,
            role: "supervisor",
          });
        const items = (await admin.call("GET", `/api/plans/${plan}/commitments?limit=200`)).body
          .items as any[];
        const reads = [`/api/plans/${plan}/overview`, `/api/plans/${plan}/summary`];
        const csv = `/api/plans/${plan}/export?format=csv`;
        const readAll = async (c: Client) => {
          const out = [];
          for (const path of reads) {
            const r = await c.call("GET", path);
            assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
            out.push(r.body);
          }
          const e = await c.call("GET", csv);
          assert.equal(e.status, 200);
          out.push(e.body);
          return out;
        };

        const a0 = await readAll(admin);
        const kept0 = counts.kept;
        const builds0 = files.builds;
        assert.deepEqual(await readAll(admin), a0);
        assert.equal(counts.kept, kept0, "read again: kept");

        // A morning's sign-ins: through the API, who-am-I, a sign-out, and a
        // sign-in and sign-out of another server process (another connection).
        const sups: Client[] = [];
        for (const username of ["sup1", "sup2", "sup3", "sup1"]) {
          const c = new Client(base);
          assert.equal((await c.login(username, `password-${username}`)).status, 200);
          assert.equal((await c.call("GET", "/api/session")).status, 200);
          sups.push(c);
        }
        assert.equal((await sups[3]!.call("DELETE", "/api/session")).status, 204);
        const users = (await admin.call("GET", "/api/users")).body.items as any[];
        const sup1 = users.find((u) => u.username === "sup1");
        const sup3 = users.find((u) => u.username === "sup3");
        await other.db
          .insertInto("sessions")
          .values({ id: "elsewhere", user_id: sup1.id, created_at: "2023-06-15", expires_at: "2099-01-01" })
          .execute();
        await other.db.deleteFrom("sessions").where("id", "=", "elsewhere").execute();

        const hits0 = counts.hits;
        assert.deepEqual(await readAll(admin), a0);
        assert.deepEqual(await readAll(sups[0]!), await readAll(sups[1]!));
        assert.equal(counts.kept, kept0 + reads.length, "only the supervisors' own first reads were made");
        assert.ok(counts.hits >= hits0 + reads.length * 2);
        assert.equal(files.builds, builds0, "no export built again");

        // A sign-out through another connection still ends that session at the next request.
        const cookieOf = (c: Client) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
        const summaryAs = (c: Client) =>
          fetch(`${base}${reads[1]}`, { headers: { cookie: cookieOf(c) } }).then(async (r) => {
            await r.arrayBuffer(); // read to the end: an unread body keeps the connection (and app.close) waiting
            return r.status;
          });
        assert.equal(await summaryAs(sups[2]!), 200);
        await other.db.deleteFrom("sessions").where("user_id", "=", sup3.id).execute();
        assert.equal(await summaryAs(sups[2]!), 401, "sup3 signed out elsewhere");
        assert.equal(await summaryAs(sups[0]!), 200, "sup1 still signed in");

        // Plan data through the API: every read and the export made again.
        const c0 = items[0];
        const confirmed = await admin.call(
          "POST",
          `/api/commitments/${c0.id}/confirm`,
          {},
          { "if-match": `"${c0.version}"` },
        );
        assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
        let kept = counts.kept;
        const a1 = await readAll(admin);
        assert.equal(counts.kept, kept + reads.length, "a write through the API: made again");
        assert.equal(files.builds, builds0 + 1);
        assert.notDeepEqual(a1[0], a0[0]);

        // Plan data through another connection: the same.
        await other.db
          .updateTable("commitments")
          .set({ text: "推进冰雪产业园建设。" })
          .where("id", "=", c0.id)
          .execute();
        kept = counts.kept;
        const a2 = await readAll(admin);
        assert.equal(counts.kept, kept + reads.length, "a write through another connection: made again");
        assert.equal(files.builds, builds0 + 2);
        assert.match(String(a2[2]), /推进冰雪产业园建设/);
      } finally {
        await app.close();
      }
    } finally {
      files.close();
      await other.close();
      await made.drop();
    }
  });
}
