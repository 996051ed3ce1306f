/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// Issue 9, item 3 ("never lose a whole document") through the ingest API, on
// both databases: a document that yields no commitment is reported as such by
// POST /api/documents and by an upload job's result; the items of a document
// whose owner the engine guessed are stored with that low confidence, are
// marked so, and come first in the review queue; a reviewer who names the
// owner settles it. The documents are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client, type Res } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

/** Nothing a plan is made of. */
const CHAT = "新年新气象\n\n大家都很开心。天气很好。\n";
/** The layout owns something: a government's report names its author. */
const REPORT = "青禾县人民政府工作报告\n\n今年，全县将新建高标准农田3万亩，改造农村公路120公里。\n";
/** The layout owns nothing: the opening's place owns it, as a guess. */
const GUESSED =
  "港城今年这样干\n\n2023-02-01 来源：港城网\n\n今年，滨海港区将加快建设临港物流园，新建冷链仓库3座。\n";

async function finish(c: Client, r: Res): Promise<any> {
  assert.equal(r.status, 202, JSON.stringify(r.body));
  for (let i = 0; i < 1200; i++) {
    const j = await c.call("GET", `/api/jobs/${r.body.id}`);
    if (j.body.state === "done" || j.body.state === "failed") return j.body;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error("the job did not finish");
}

const upload = (text: string, name: string, plan: string) => {
  const f = new FormData();
  f.append("plan", plan);
  f.append("year", "2023");
  f.append("file", new Blob([text]), name);
  return f;
};

for (const { name } of DIALECTS) {
  test(
    `${name}: no commitment reported; guessed owners stored, marked and reviewed first`,
    { timeout: 600_000 },
    async (t) => {
      await withServer(name, { loginLimit: 20 }, async ({ store, s, base }) => {
        const admin = new Client(base);
        assert.equal((await admin.login("admin", (await firstAdmin(s)).password)).status, 200);

        await t.test("POST /api/documents: a document with no commitment says so", async () => {
          const r = await admin.call("POST", "/api/documents", {
            text: CHAT,
            source: "chat.txt",
            plan: "空",
          });
          assert.equal(r.status, 201, JSON.stringify(r.body));
          assert.equal(r.body.commitments, 0);
          assert.equal(r.body.low_confidence, 0);
          assert.equal(r.body.warnings.length, 1);
          assert.equal(r.body.warnings[0].code, "no_commitment");
          assert.match(r.body.warnings[0].message, /chat\.txt: no commitment found/);
          // Sent again, the stored document still says it holds nothing.
          const again = await admin.call("POST", "/api/documents", { text: CHAT, source: "chat.txt" });
          assert.equal(again.status, 200);
          assert.equal(again.body.created, false);
          assert.deepEqual(
            again.body.warnings.map((w: any) => w.code),
            ["no_commitment"],
          );
        });

        await t.test("an upload job's result says so too", async () => {
          const job = await finish(
            admin,
            await admin.call(
              "POST",
              "/api/documents/upload",
              upload("大家好。\n\n今天天气很好。\n", "hello.txt", "空"),
            ),
          );
          assert.equal(job.state, "done", JSON.stringify(job.error));
          assert.equal(job.result.commitments, 0);
          assert.deepEqual(
            job.result.warnings.map((w: any) => w.code),
            ["no_commitment"],
          );
        });

        let planId = 0;
        await t.test("a document whose owners are read from the text: no warning, confidence 1", async () => {
          const r = await admin.call("POST", "/api/documents", {
            text: REPORT,
            source: "report.txt",
            plan: "港城",
          });
          assert.equal(r.status, 201, JSON.stringify(r.body));
          planId = r.body.plan.id;
          assert.ok(r.body.commitments >= 1);
          assert.equal(r.body.low_confidence, 0);
          assert.deepEqual(r.body.warnings, []);
        });

        let guessedDoc = 0;
        await t.test(
          "a document whose owner is guessed (upload job): warned, stored with low confidence",
          async () => {
            const job = await finish(
              admin,
              await admin.call("POST", "/api/documents/upload", upload(GUESSED, "gc.txt", "港城")),
            );
            assert.equal(job.state, "done", JSON.stringify(job.error));
            guessedDoc = job.result.document.id;
            assert.equal(job.result.commitments, 2);
            assert.equal(job.result.low_confidence, 2);
            assert.deepEqual(
              job.result.warnings.map((w: any) => w.code),
              ["low_confidence"],
            );
            const rows = await store.db
              .selectFrom("commitments")
              .select(["owner_confidence"])
              .where("document_id", "=", guessedDoc)
              .execute();
            assert.equal(rows.length, 2);
            for (const r of rows) assert.ok(r.owner_confidence < 0.5, String(r.owner_confidence));
          },
        );

        await t.test(
          "the review queue lists the guessed items first, marked, also page by page",
          async () => {
            const q = await admin.call("GET", `/api/plans/${planId}/commitments?review=proposed`);
            assert.equal(q.status, 200);
            const items = q.body.items;
            assert.ok(items.length >= 3);
            // Ingested last, listed first.
            assert.deepEqual(
              items.slice(0, 2).map((c: any) => c.document_id),
              [guessedDoc, guessedDoc],
            );
            assert.deepEqual(
              items.map((c: any) => c.low_confidence),
              items.map((_: any, i: number) => i < 2),
            );
            assert.ok(items[0].owner_confidence < 0.5 && items[2].owner_confidence === 1);
            // Keyset pages of one item walk the same order.
            const walked: number[] = [];
            let next: string | null = null;
            do {
              const url: string = `/api/plans/${planId}/commitments?review=proposed&limit=1${next ? `&cursor=${next}` : ""}`;
              const p = await admin.call("GET", url);
              assert.equal(p.status, 200, JSON.stringify(p.body));
              walked.push(...p.body.items.map((c: any) => c.id));
              next = p.body.next;
            } while (next);
            assert.deepEqual(
              walked,
              items.map((c: any) => c.id),
            );
            // The other lists keep their id order.
            const all = await admin.call("GET", `/api/plans/${planId}/commitments`);
            const ids = all.body.items.map((c: any) => c.id);
            assert.deepEqual(
              ids,
              [...ids].sort((a: number, b: number) => a - b),
            );
          },
        );

        await t.test("a reviewer who names the owner settles the guess", async () => {
          const q = await admin.call("GET", `/api/plans/${planId}/commitments?review=proposed`);
          const first = q.body.items[0];
          const edited = await admin.call(
            "POST",
            `/api/commitments/${first.id}/edit`,
            { unit_id: first.unit_id },
            { "if-match": `"${first.version}"` },
          );
          assert.equal(edited.status, 200, JSON.stringify(edited.body));
          assert.equal(edited.body.owner_confidence, 1);
          assert.equal(edited.body.low_confidence, false);
          const after = await admin.call("GET", `/api/plans/${planId}/commitments?review=proposed`);
          assert.equal(after.body.items.filter((c: any) => c.low_confidence).length, 1);
        });
      });
    },
  );
}
