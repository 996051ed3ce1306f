/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// Document upload over real HTTP on both databases: multipart bytes through
// the same src/input reader as the CLI, a background job read and extracted
// by the real engine in a worker thread, polled to its end.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client, type Res } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

// An invented district's speech, as a supervisor's office receives them.
const SPEECH = [
  "云岭区委书记周远：",
  "云岭区将加快建设智慧园区服务平台，2026年底前建成投用。",
  "我们将新建幼儿园3所，新增学位1200个。",
  "全区将在2027年6月底前完成城乡道路改造50公里。",
].join("\n");

const form = (file: Blob | null, name: string, fields: Record<string, string> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (file) f.append("file", file, name);
  return f;
};

async function finish(c: Client, r: Res): Promise<any> {
  assert.equal(r.status, 202, JSON.stringify(r.body));
  assert.equal(r.headers.get("location"), `/api/jobs/${r.body.id}`);
  for (let i = 0; i < 1200; i++) {
    const j = await c.call("GET", `/api/jobs/${r.body.id}`);
    assert.equal(j.status, 200, JSON.stringify(j.body));
    if (j.body.state === "done" || j.body.state === "failed") return j.body;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error("the job did not finish");
}

for (const { name } of DIALECTS) {
  test(`${name}: document upload and ingest jobs`, { timeout: 600_000 }, async (t) => {
    await withServer(name, { loginLimit: 20 }, async ({ s, base }) => {
      const admin = new Client(base);
      await admin.login("admin", (await firstAdmin(s)).password);
      await admin.call("POST", "/api/users", {
        username: "sup",
        password: "password-sup",
        role: "supervisor",
      });
      const sup = new Client(base);
      await sup.login("sup", "password-sup");

      await t.test("a GBK text file: read as the CLI reads it, extracted in the background", async () => {
        const gbk = new Blob([new Uint8Array(iconv.encode(SPEECH, "gbk"))]);
        const job = await finish(
          sup,
          await sup.call(
            "POST",
            "/api/documents/upload",
            form(gbk, "云岭区.txt", { plan: "上传测试", year: "2026" }),
          ),
        );
        assert.equal(job.state, "done", JSON.stringify(job.error));
        assert.equal(job.stage, "finished");
        assert.equal(job.result.created, true);
        assert.equal(job.result.document.encoding, "gb18030");
        assert.equal(job.result.document.year, 2026);
        assert.equal(job.result.plan.name, "上传测试");
        assert.equal(job.result.counts.added, 5);
        const doc = await sup.call("GET", `/api/documents/${job.result.document.id}`);
        assert.equal(doc.body.text, SPEECH);
        // The same bytes again: the job finds the stored document.
        const again = await finish(
          sup,
          await sup.call("POST", "/api/documents/upload", form(gbk, "again.txt")),
        );
        assert.equal(again.result.created, false);
        assert.equal(again.result.document.id, job.result.document.id);
      });

      await t.test("the server answers while a big document is read and extracted", async () => {
        const big = new Blob([
          Array.from({ length: 400 }, (_, i) => SPEECH.replaceAll("云岭区", `第${i}区`)).join("\n"),
        ]);
        const started = await sup.call(
          "POST",
          "/api/documents/upload",
          form(big, "big.txt", { plan: "大文件" }),
        );
        const health = await sup.call("GET", "/api/health");
        assert.equal(health.status, 200);
        const during = await sup.call("GET", `/api/jobs/${started.body.id}`);
        assert.notEqual(during.body.state, "done", "health answered before the job finished");
        const job = await finish(sup, started);
        assert.equal(job.state, "done", JSON.stringify(job.error));
        assert.ok(job.result.counts.added > 400);
      });

      await t.test("bad uploads are refused, naming the problem", async () => {
        const text = new Blob([SPEECH]);
        const check = (r: Res, status: number, code: string, field?: string, message?: RegExp) => {
          assert.equal(r.status, status, JSON.stringify(r.body));
          assert.equal(r.body.error.code, code);
          if (field) assert.equal(r.body.error.field, field);
          if (message) assert.match(r.body.error.message, message);
        };
        check(
          await sup.call("POST", "/api/documents/upload", form(null, "", { plan: "x" })),
          400,
          "validation",
          "file",
        );
        check(
          await sup.call("POST", "/api/documents/upload", form(text, "a.txt", { year: "1800" })),
          400,
          "validation",
          "year",
        );
        check(
          await sup.call("POST", "/api/documents/upload", form(text, "a.txt", { colour: "red" })),
          400,
          "validation",
          "colour",
        );
        check(
          await sup.call("POST", "/api/documents/upload", form(text, "a.doc")),
          415,
          "file_format",
          undefined,
          /a\.doc: .*save it as \.docx/,
        );
        check(
          await sup.call("POST", "/api/documents/upload", form(text, "a.txt", { encoding: "klingon" })),
          400,
          "bad_argument",
          undefined,
          /klingon/,
        );
        check(await sup.call("POST", "/api/documents/upload", { text: SPEECH }), 400, "validation", "file");
        // A file that fails while it is read fails its job, with the reader's message.
        const job = await finish(
          sup,
          await sup.call(
            "POST",
            "/api/documents/upload",
            form(new Blob(["%PDF-1.7\n1 0 obj\n<<"]), "cut.pdf"),
          ),
        );
        assert.equal(job.state, "failed");
        assert.equal(job.error.code, "file_corrupt");
        assert.match(job.error.message, /^cut\.pdf: corrupt PDF/);
      });

      await t.test("jobs are their uploader's (and the admin's)", async () => {
        const r = await sup.call("POST", "/api/documents/upload", form(new Blob([SPEECH + "\n"]), "b.txt"));
        const anon = new Client(base);
        assert.equal((await anon.call("GET", `/api/jobs/${r.body.id}`)).status, 401);
        assert.equal((await admin.call("GET", `/api/jobs/${r.body.id}`)).status, 200);
        await finish(sup, r);
        await admin.call("POST", "/api/users", {
          username: "sup2",
          password: "password-sup2",
          role: "supervisor",
        });
        const sup2 = new Client(base);
        await sup2.login("sup2", "password-sup2");
        assert.equal((await sup2.call("GET", `/api/jobs/${r.body.id}`)).status, 404);
        assert.equal((await sup.call("GET", "/api/jobs/not-a-uuid")).status, 400);
      });
    });
  });
}
