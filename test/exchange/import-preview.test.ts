// The task-table preview over real HTTP on both databases: a dry run says,
// row by row, what importing would do (new, updated with each field before →
// after, unchanged, rejected with its problem's code) and stores nothing; the
// import given the preview's token applies exactly that, all of it or (with
// rejected rows and no partial=true) nothing; a change to the plan after the
// preview, or another file, makes the token stale (409 import_preview_stale),
// and nothing is stored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { XLSX_MIME } from "../../src/exchange/index.ts";
import { editTaskTable as edited } from "../helpers/edit-task-table.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";

const now = () => new Date("2023-04-05T00:00:00Z");

async function post(c: Client, path: string, body: Buffer, name = "任务表.xlsx") {
  const headers: Record<string, string> = {
    "content-type": XLSX_MIME,
    "x-filename": encodeURIComponent(name),
  };
  if (c.cookies.size) headers.cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  if (c.csrf) headers["x-csrf-token"] = c.csrf;
  const r = await fetch(c.base + path, { method: "POST", headers, body: new Uint8Array(body) });
  const text = await r.text();
  return { status: r.status, body: JSON.parse(text), text };
}

async function counts(db: DB) {
  const n = async (t: "commitments" | "audit_log" | "documents") =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    commitments: await n("commitments"),
    audit: await n("audit_log"),
    documents: await n("documents"),
  };
}

interface Item {
  row: number;
  kind: string;
  id: number | null;
  text: string;
  changes: { field: string; before: string | null; after: string | null }[];
  problems: { code: string; column: string; value?: string }[];
}

for (const { name } of DIALECTS) {
  test(`${name}: task-table preview, then apply with its token`, async (t) => {
    await withServer(name, { now, extractor: fakeExtract }, async ({ store, s, base }) => {
      const db = store.db;
      const first = await firstAdmin(s);
      const admin = new Client(base);
      await admin.login("admin", first.password);
      const ing = await admin.call("POST", "/api/documents", { text: DOC_V1, source: "v1.txt", year: 2022 });
      const planId: number = ing.body.plan.id;
      const list = (await admin.call("GET", `/api/plans/${planId}/commitments`)).body.items as {
        id: number;
        version: number;
        text: string;
      }[];
      assert.ok(list.length >= 3);
      await admin.call("POST", "/api/users", {
        username: "sup",
        password: "password-sup",
        role: "supervisor",
        unit_id: null,
      });
      await admin.call("POST", "/api/users", {
        username: "rep",
        password: "password-rep",
        role: "reporter",
        unit_id: (await admin.call("GET", "/api/units")).body.items[0].id,
      });
      const sup = new Client(base);
      await sup.login("sup", "password-sup");
      const rep = new Client(base);
      await rep.login("rep", "password-rep");
      const path = `/api/plans/${planId}/task-table`;

      const exp = await fetch(`${base}/api/plans/${planId}/export?format=xlsx`, {
        headers: { cookie: [...sup.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
      assert.equal(exp.status, 200);
      const exported = Buffer.from(await exp.arrayBuffer());
      const [a, b, c] = list;
      const file = await edited(
        exported,
        [
          { id: a!.id, header: "任务内容", value: a!.text + "（修订）" },
          { id: b!.id, header: "配合单位", value: "香坊区" },
        ],
        [
          { 任务内容: "建设城市数字孪生平台", 牵头单位: "南岗区", 完成时限: "2024年6月底" },
          { 任务内容: "推进垃圾分类", 牵头单位: "南岗区", 完成时限: "尽快" },
          { 任务内容: "建设人才公寓", 牵头单位: "不存在的局" },
        ],
      );

      let token = "";
      await t.test("the preview says what would change, row by row, and stores nothing", async () => {
        const before = await counts(db);
        const r = await post(sup, `${path}/preview`, file);
        assert.equal(r.status, 200, r.text);
        const p = r.body as {
          counts: Record<string, number>;
          items: Item[];
          token: string;
          plan: { id: number };
        };
        assert.equal(p.plan.id, planId);
        assert.match(p.token, /^[0-9a-f]{40}$/);
        assert.equal(p.counts.updated, 2);
        assert.equal(p.counts.new, 1);
        assert.equal(p.counts.rejected, 2);
        assert.equal(p.counts.unchanged, list.length - 2);
        const byId = (id: number) => p.items.find((i) => i.id === id)!;
        assert.deepEqual(byId(a!.id).changes, [
          { field: "text", before: a!.text, after: a!.text + "（修订）" },
        ]);
        assert.equal(byId(b!.id).kind, "updated");
        assert.deepEqual(
          byId(b!.id).changes.map((ch) => [ch.field, ch.after]),
          [["cooperating", "香坊区"]],
        );
        assert.equal(byId(c!.id).kind, "unchanged");
        assert.equal(p.items.find((i) => i.kind === "new")!.text, "建设城市数字孪生平台");
        const rejected = p.items.filter((i) => i.kind === "rejected");
        assert.deepEqual(
          rejected.map((i) => [i.text, i.problems.map((x) => [x.code, x.value])]),
          [
            ["推进垃圾分类", [["bad_deadline", "尽快"]]],
            ["建设人才公寓", [["unknown_unit", "不存在的局"]]],
          ],
        );
        assert.deepEqual(await counts(db), before, "a preview stores nothing");
        // The same file previewed again gives the same token.
        assert.equal((await post(sup, `${path}/preview`, file)).body.token, p.token);
        token = p.token;
      });

      await t.test(
        "roles: a reporter may not preview; an unreadable file is refused with its code",
        async () => {
          assert.equal((await post(rep, `${path}/preview`, file)).status, 403);
          const junk = await post(sup, `${path}/preview`, Buffer.from("not a workbook"));
          assert.equal(junk.status, 422);
          assert.equal(junk.body.error.code, "file_corrupt");
          const bad = await post(sup, `${path}?preview=nothex`, file);
          assert.equal(bad.status, 400);
        },
      );

      await t.test(
        "with rejected rows the token applies only with partial=true; then exactly the preview",
        async () => {
          const before = await counts(db);
          const whole = await post(sup, `${path}?preview=${token}`, file);
          assert.equal(whole.status, 422, whole.text);
          assert.equal(whole.body.error.code, "import_rejected");
          assert.deepEqual(await counts(db), before);
          const r = await post(sup, `${path}?preview=${token}&partial=true`, file);
          assert.equal(r.status, 200, r.text);
          assert.deepEqual([...r.body.updated].sort(), [a!.id, b!.id].sort());
          assert.equal(r.body.created.length, 1);
          assert.equal(r.body.skipped.length, 2);
          const doc = await db
            .selectFrom("documents")
            .select("source")
            .where("id", "=", r.body.document_id)
            .executeTakeFirstOrThrow();
          assert.equal(doc.source, "任务表.xlsx", "the percent-encoded X-Filename, decoded");
          const got = (await sup.call("GET", `/api/commitments/${a!.id}`)).body;
          assert.equal(got.text, a!.text + "（修订）");
          // Applied once: the same token again is stale (the items it named have moved on).
          const again = await post(sup, `${path}?preview=${token}&partial=true`, file);
          assert.equal(again.status, 409);
          assert.equal(again.body.error.code, "import_preview_stale");
        },
      );

      await t.test("a change after the preview makes it stale: 409, nothing stored", async () => {
        const exp2 = await fetch(`${base}/api/plans/${planId}/export?format=xlsx`, {
          headers: { cookie: [...sup.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        });
        const current = (await sup.call("GET", `/api/commitments/${c!.id}`)).body;
        const file2 = await edited(
          Buffer.from(await exp2.arrayBuffer()),
          [{ id: c!.id, header: "任务内容", value: c!.text + "（再修订）" }],
          [{ 任务内容: "建设智慧停车系统", 牵头单位: "南岗区" }],
        );
        const p = await post(sup, `${path}/preview`, file2);
        assert.equal(p.status, 200, p.text);
        assert.deepEqual([p.body.counts.updated, p.body.counts.new, p.body.counts.rejected], [1, 1, 0]);
        // Someone else edits the item the table names.
        const patched = await admin.call(
          "PATCH",
          `/api/commitments/${c!.id}`,
          { deadline: "2025-12-31" },
          { "if-match": `"${current.version}"` },
        );
        assert.equal(patched.status, 200, JSON.stringify(patched.body));
        const before = await counts(db);
        const r = await post(sup, `${path}?preview=${p.body.token}`, file2);
        assert.equal(r.status, 409, r.text);
        assert.equal(r.body.error.code, "import_preview_stale");
        assert.deepEqual(await counts(db), before, "nothing stored");
        assert.equal((await sup.call("GET", `/api/commitments/${c!.id}`)).body.text, c!.text);
        // Another file under the first file's token: stale too.
        const p2 = await post(sup, `${path}/preview`, file2);
        assert.equal((await post(sup, `${path}?preview=${p2.body.token}`, file)).status, 409);
        // Previewed again, it says what it would do now (the row's version is behind: stale) and applies.
        assert.equal(p2.body.items.find((i: Item) => i.id === c!.id).kind, "stale");
        const ok = await post(sup, `${path}?preview=${p2.body.token}`, file2);
        assert.equal(ok.status, 200, ok.text);
        assert.equal(ok.body.created.length, 1);
        assert.deepEqual(ok.body.updated, []);
        assert.equal(ok.body.stale[0].id, c!.id);
      });
    });
  });
}
