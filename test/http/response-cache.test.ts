/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies */
// The kept answers (src/http/response-cache.ts) and sessions
// (services/admin.service.ts userForSession) on both databases: every write
// is seen by the next read — through the API, on another connection, of a
// unit outside the plan — and so is the next day; each caller gets the answer
// for their own role and unit; signing out, a disabled user, a role change
// and a password change take effect at the next request.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { buildApp } from "../../src/http/app.ts";
import { makeServices } from "../../src/services/context.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

async function withApp(
  name: "sqlite" | "postgres",
  now: () => Date,
  body: (x: {
    base: string;
    other: ReturnType<Awaited<ReturnType<typeof freshStore>>["reopen"]>;
  }) => Promise<void>,
) {
  const made = await freshStore(name);
  const other = made.reopen();
  try {
    const s = makeServices(made.store, now);
    const app = await buildApp(s, { extractor: fakeExtract, loginLimit: 50 });
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      const first = await firstAdmin(s);
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const admin = new Client(base);
      await admin.login("admin", first.password);
      await body({ base, other });
    } finally {
      await app.close();
    }
  } finally {
    await other.close();
    await made.drop();
  }
}

async function signedIn(base: string, username: string, password: string) {
  const c = new Client(base);
  const r = await c.login(username, password);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return c;
}

for (const { name } of DIALECTS) {
  test(`${name}: a kept answer never outlives a write, a day or its caller`, async () => {
    let clock = new Date("2023-06-15T08:00:00Z");
    await withApp(
      name,
      () => clock,
      async ({ base, other }) => {
        const admin = await signedIn(base, "admin", "admin-chosen-pw");
        const ing = await admin.call("POST", "/api/documents", {
          text: DOC_V1,
          source: "v1.txt",
          year: 2022,
          plan: "测试",
        });
        const plan: number = ing.body.plan.id;
        const items = (await admin.call("GET", `/api/plans/${plan}/commitments?limit=200`)).body
          .items as any[];
        for (const c of items) {
          const r = await admin.call(
            "POST",
            `/api/commitments/${c.id}/confirm`,
            {},
            { "if-match": `"${c.version}"` },
          );
          assert.equal(r.status, 200, JSON.stringify(r.body));
        }
        const units = (await admin.call("GET", "/api/units")).body.items as {
          id: number;
          name: string;
          version: number;
        }[];
        const unit = (n: string) => units.find((u) => u.name === n)!.id;
        const nangang = items.find((c) => c.unit_id === unit("南岗区"))!;
        const daoli = items.find((c) => c.unit_id === unit("道里区"))!;
        const overview = async (c = admin) => {
          const r = await c.call("GET", `/api/plans/${plan}/overview`);
          assert.equal(r.status, 200, JSON.stringify(r.body));
          return r.body;
        };

        const o1 = await overview();
        assert.deepEqual(await overview(), o1, "the same answer twice");
        const ids = (list: any[]) => list.map((c) => c.id);
        // 道里's item is due with its target (2027); 南岗's has no deadline yet.
        assert.deepEqual(ids(o1.upcoming), [daoli.id]);

        // A deadline set through the API: the item, its ETag and the overview's list change.
        const before = await admin.call("GET", `/api/commitments/${nangang.id}`);
        const patched = await admin.call(
          "PATCH",
          `/api/commitments/${nangang.id}`,
          { deadline: "2023-06-20" },
          { "if-match": before.headers.get("etag")! },
        );
        assert.equal(patched.status, 200, JSON.stringify(patched.body));
        const after = await admin.call("GET", `/api/commitments/${nangang.id}`);
        assert.equal(after.body.due_date, "2023-06-20");
        assert.notEqual(after.headers.get("etag"), before.headers.get("etag"));
        assert.equal(after.headers.get("etag"), patched.headers.get("etag"));
        const o2 = await overview();
        assert.deepEqual(ids(o2.upcoming), [nangang.id, daoli.id]);
        assert.equal(o2.overdue.length, 0);

        // The next day past the deadline: the same data, another answer.
        clock = new Date("2023-06-21T08:00:00Z");
        const o3 = await overview();
        assert.deepEqual(ids(o3.upcoming), [daoli.id]);
        assert.deepEqual(ids(o3.overdue), [nangang.id]);

        // A progress report shows in the item's list at once.
        const p0 = await admin.call("GET", `/api/commitments/${nangang.id}/progress`);
        assert.equal(p0.body.items.length, 0);
        const filed = await admin.call("POST", `/api/commitments/${nangang.id}/progress`, {
          period: "2023Q2",
          narrative: "大厦主体完工。",
        });
        assert.equal(filed.status, 201, JSON.stringify(filed.body));
        const p1 = await admin.call("GET", `/api/commitments/${nangang.id}/progress`);
        assert.deepEqual(
          p1.body.items.map((p: any) => p.narrative),
          ["大厦主体完工。"],
        );

        // A unit renamed (a record of no plan) shows in the plan's overview.
        const renamed = await admin.call(
          "PATCH",
          `/api/units/${unit("南岗区")}`,
          { name: "南岗新区" },
          { "if-match": `"${units.find((x) => x.name === "南岗区")!.version}"` },
        );
        assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
        assert.ok((await overview()).units.some((x: any) => x.name === "南岗新区"));

        // A write committed through another connection (another process, a worker thread).
        const summary0 = (await admin.call("GET", `/api/plans/${plan}/summary`)).body;
        await other.db
          .updateTable("goals")
          .set({ name: "创新之都" })
          .where("name", "=", "创新引领之都")
          .execute();
        assert.ok((await overview()).goals.some((g: any) => g.name === "创新之都"));
        await other.db.updateTable("documents").set({ year: 2019 }).where("plan_id", "=", plan).execute();
        const summary1 = (await admin.call("GET", `/api/plans/${plan}/summary`)).body;
        assert.notEqual(summary1.period.from, summary0.period.from);
        assert.equal(summary1.period.from, 2019);

        // Each caller their own answer: a reporter of 南岗 after the admin's reads.
        await admin.call("POST", "/api/users", {
          username: "rep",
          password: "password-rep",
          role: "reporter",
          unit_id: unit("南岗区"),
        });
        await admin.call("GET", `/api/commitments/${daoli.id}`);
        const rep = await signedIn(base, "rep", "password-rep");
        assert.equal((await rep.call("GET", `/api/commitments/${daoli.id}`)).status, 403);
        assert.equal((await rep.call("GET", `/api/plans/${plan}/assessment?period=2023Q2`)).status, 403);
        assert.equal((await admin.call("GET", `/api/plans/${plan}/assessment?period=2023Q2`)).status, 200);
        const mine = await overview(rep);
        assert.deepEqual(ids(mine.overdue), [nangang.id]);
        assert.deepEqual(ids(mine.upcoming), []);
        await admin.call("GET", `/api/commitments/${daoli.id}/progress`);
        assert.equal((await rep.call("GET", `/api/commitments/${daoli.id}/progress`)).status, 403);
        // A search: the reporter's own unit only, and an item reworded is found at once.
        const search = `/api/plans/${plan}/commitments?q=${encodeURIComponent("建设")}&limit=50`;
        const everyone = (await admin.call("GET", search)).body.items as any[];
        assert.ok(everyone.some((c) => c.unit_id !== unit("南岗区")));
        const own = (await rep.call("GET", search)).body.items as any[];
        assert.ok(own.length > 0 && own.every((c) => c.id === nangang.id));
        const snow = `/api/plans/${plan}/commitments?q=${encodeURIComponent("冰雪")}&limit=50`;
        assert.equal((await admin.call("GET", snow)).body.items.length, 0);
        const edited = await admin.call(
          "POST",
          `/api/commitments/${daoli.id}/edit`,
          { text: "推进冰雪产业园建设。" },
          { "if-match": (await admin.call("GET", `/api/commitments/${daoli.id}`)).headers.get("etag")! },
        );
        assert.equal(edited.status, 200, JSON.stringify(edited.body));
        assert.deepEqual(ids((await admin.call("GET", snow)).body.items), [daoli.id]);
      },
    );
  });

  test(`${name}: the public reads and the reader are kept until the next write; the public never sees an unconfirmed item`, async () => {
    const clock = new Date("2023-06-15T08:00:00Z");
    await withApp(
      name,
      () => clock,
      async ({ base, other }) => {
        const admin = await signedIn(base, "admin", "admin-chosen-pw");
        const ing = await admin.call("POST", "/api/documents", {
          text: DOC_V1,
          source: "v1.txt",
          year: 2022,
          plan: "测试",
        });
        assert.equal(ing.status, 201, JSON.stringify(ing.body));
        const plan: number = ing.body.plan.id;
        const items = (await admin.call("GET", `/api/plans/${plan}/commitments?limit=200`)).body
          .items as any[];
        assert.ok(items.length >= 2);
        const [a, b] = items as [any, any];
        const doc: number = a.document_id;
        const anyone = new Client(base);
        const get = async (c: Client, path: string, status = 200) => {
          const r = await c.call("GET", path);
          assert.equal(r.status, status, `${path}: ${JSON.stringify(r.body)}`);
          return r.body;
        };
        const listed = async (c = anyone) =>
          ((await get(c, `/api/public/plans/${plan}/commitments?limit=50`)).items as any[]).map((x) => x.id);
        const reader = async (c = admin) =>
          (await get(c, `/api/documents/${doc}/reader`)).commitments as any[];
        const plans = async () =>
          ((await get(anyone, "/api/public/plans")).items as any[]).map((p) => p.name);
        const confirmedCount = async () =>
          (await get(anyone, `/api/public/plans/${plan}/overview`)).status_counts;

        // Nothing confirmed: the public sees nothing, twice (the second answer kept), signed in or not.
        assert.deepEqual(await listed(), []);
        assert.deepEqual(await listed(), []);
        assert.deepEqual(await listed(admin), []);
        await get(anyone, `/api/public/commitments/${a.id}`, 404);
        const counts0 = await confirmedCount();
        const r0 = await reader();
        assert.deepEqual(await reader(), r0, "the same page twice");
        assert.equal(r0.find((c) => c.id === a.id).review_state, "proposed");

        // Confirmed: in the public list and on its page at once, and confirmed in the reader.
        const confirmed = await admin.call(
          "POST",
          `/api/commitments/${a.id}/confirm`,
          {},
          { "if-match": `"${a.version}"` },
        );
        assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
        assert.deepEqual(await listed(), [a.id]);
        assert.deepEqual(await listed(admin), [a.id]);
        assert.equal((await get(anyone, `/api/public/commitments/${a.id}`)).id, a.id);
        await get(anyone, `/api/public/commitments/${b.id}`, 404);
        assert.notDeepEqual(await confirmedCount(), counts0);
        assert.equal((await reader()).find((c) => c.id === a.id).review_state, "confirmed");

        // A write through another connection: the item's new words everywhere at the next read.
        await other.db
          .updateTable("commitments")
          .set({ text: "推进冰雪产业园建设。" })
          .where("id", "=", a.id)
          .execute();
        assert.equal((await get(anyone, `/api/public/commitments/${a.id}`)).text, "推进冰雪产业园建设。");
        assert.equal(
          (await get(anyone, `/api/public/plans/${plan}/commitments?limit=50`)).items[0].text,
          "推进冰雪产业园建设。",
        );
        assert.equal((await reader()).find((c) => c.id === a.id).text, "推进冰雪产业园建设。");
        await other.db.updateTable("plans").set({ name: "测试二" }).where("id", "=", plan).execute();
        assert.ok((await plans()).includes("测试二"));

        // Rejected after confirmation: gone from the public list, its page and the reader at once.
        const now = await admin.call("GET", `/api/commitments/${a.id}`);
        const rejected = await admin.call(
          "POST",
          `/api/commitments/${a.id}/reject`,
          { reason: "重复" },
          { "if-match": now.headers.get("etag")! },
        );
        assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
        assert.deepEqual(await listed(), []);
        await get(anyone, `/api/public/commitments/${a.id}`, 404);
        assert.deepEqual(await confirmedCount(), counts0);
        assert.ok(!(await reader()).some((c) => c.id === a.id));

        // The reader's kept page is the staff's: a reporter is refused after the admin's read.
        const units = (await admin.call("GET", "/api/units")).body.items as { id: number }[];
        await admin.call("POST", "/api/users", {
          username: "rep",
          password: "password-rep",
          role: "reporter",
          unit_id: units[0]!.id,
        });
        await reader();
        const rep = await signedIn(base, "rep", "password-rep");
        await get(rep, `/api/documents/${doc}/reader`, 403);
        await get(anyone, `/api/documents/${doc}/reader`, 401);
      },
    );
  });

  test(`${name}: a session ends at the next request after its sign-out, disabling, role or password change`, async () => {
    const clock = new Date("2023-06-15T08:00:00Z");
    await withApp(
      name,
      () => clock,
      async ({ base }) => {
        const admin = await signedIn(base, "admin", "admin-chosen-pw");
        const plan = (await admin.call("POST", "/api/plans", { name: "测试", framework_name: null })).body.id;
        for (const username of ["sup1", "sup2", "sup3"])
          await admin.call("POST", "/api/users", {
            username,
            password: `password-${username}`,
            role: "supervisor",
          });
        const users = (await admin.call("GET", "/api/users")).body.items as any[];
        const user = (n: string) => users.find((x) => x.username === n)!;
        const read = (c: Client) => c.call("GET", `/api/plans/${plan}/summary`).then((r) => r.status);

        // Signed out: the old cookie, sent again, is refused.
        const a = await signedIn(base, "sup1", "password-sup1");
        assert.equal(await read(a), 200);
        const cookie = [...a.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
        assert.equal((await a.call("DELETE", "/api/session")).status, 204);
        const replay = await fetch(`${base}/api/plans/${plan}/summary`, { headers: { cookie } });
        assert.equal(replay.status, 401);

        // Disabled.
        const b = await signedIn(base, "sup2", "password-sup2");
        assert.equal(await read(b), 200);
        const disabled = await admin.call(
          "PATCH",
          `/api/users/${user("sup2").id}`,
          { disabled: true },
          { "if-match": `"${user("sup2").version}"` },
        );
        assert.equal(disabled.status, 200, JSON.stringify(disabled.body));
        assert.equal(await read(b), 401);

        // Made a reporter: the assessment is closed to the same session at once.
        const c = await signedIn(base, "sup3", "password-sup3");
        const assess = () =>
          c.call("GET", `/api/plans/${plan}/assessment?period=2023Q2`).then((r) => r.status);
        assert.equal(await assess(), 200);
        const units = await admin.call("POST", "/api/units", { name: "南岗区" });
        const demoted = await admin.call(
          "PATCH",
          `/api/users/${user("sup3").id}`,
          { role: "reporter", unit_id: units.body.id },
          { "if-match": `"${user("sup3").version}"` },
        );
        assert.equal(demoted.status, 200, JSON.stringify(demoted.body));
        assert.equal(await assess(), 403);

        // A password changed in one session ends the user's other sessions.
        const d1 = await signedIn(base, "sup1", "password-sup1");
        const d2 = await signedIn(base, "sup1", "password-sup1");
        assert.equal(await read(d2), 200);
        const changed = await d1.call("POST", "/api/session/password", {
          current_password: "password-sup1",
          new_password: "password-sup1-new",
        });
        assert.equal(changed.status, 200, JSON.stringify(changed.body));
        assert.equal(await read(d1), 200);
        assert.equal(await read(d2), 401);
      },
    );
  });
}
