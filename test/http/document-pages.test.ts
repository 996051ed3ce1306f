/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
// Pages of uploaded PDFs and scans, on both databases: a text PDF's page
// start offsets are stored with the document and given by the document and
// the reader; a scanned page keeps its image, served beside its recognised
// text; an unpaged document has no pages. The PDFs and the scan are made by
// the test (LibreOffice, pdftoppm), the scan read by Tesseract.
import { before, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client, type Res } from "../helpers/client.ts";
import { renderPage, textPdf } from "../helpers/pdf-fixtures.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

const PAGES = [
  ["云岭区委书记周远：", "云岭区将加快建设智慧园区服务平台，2026年底前建成投用。"],
  ["我们将新建幼儿园3所，新增学位1200个。", "全区将在2027年6月底前完成城乡道路改造50公里。"],
];

let pdf: Buffer | null = null;
let scan: Buffer | null = null;
before(async () => {
  pdf = await textPdf(PAGES);
  const big = await textPdf([PAGES.flat()], 16);
  if (big) scan = renderPage(big, 1, 200, "png");
});

/** The tools come from .ci/debian-packages: missing under CI is a failure, elsewhere a skip. */
function need(t: TestContext, what: unknown, tool: string): boolean {
  if (what) return true;
  assert.ok(!process.env.CI, `${tool} is missing under CI (see .ci/debian-packages)`);
  t.skip(`${tool} is not installed`);
  return false;
}

async function finish(c: Client, r: Res): Promise<any> {
  assert.equal(r.status, 202, JSON.stringify(r.body));
  for (let i = 0; i < 2400; i++) {
    const j = await c.call("GET", `/api/jobs/${r.body.id}`);
    assert.ok(j.body.percent >= 0 && j.body.percent <= 100);
    if (j.body.state === "done" || j.body.state === "failed") return j.body;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error("the job did not finish");
}

const upload = (bytes: Buffer | string, name: string, plan: string) => {
  const f = new FormData();
  f.append("plan", plan);
  f.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]), name);
  return f;
};

for (const { name } of DIALECTS) {
  test(`${name}: pages of PDFs and scans`, { timeout: 900_000 }, async (t) => {
    await withServer(name, {}, async ({ s, base }) => {
      const admin = new Client(base);
      await admin.login("admin", (await firstAdmin(s)).password);

      await t.test("a text PDF: page starts stored, given by the document and the reader", async (t) => {
        if (!need(t, pdf, "libreoffice")) return;
        const job = await finish(
          admin,
          await admin.call("POST", "/api/documents/upload", upload(pdf!, "两页.pdf", "页码")),
        );
        assert.equal(job.state, "done", JSON.stringify(job.error));
        assert.equal(job.percent, 100);
        const id = job.result.document.id;
        const doc = (await admin.call("GET", `/api/documents/${id}`)).body;
        assert.equal(doc.format, "pdf");
        assert.deepEqual(
          doc.pages.map((p: any) => [p.number, doc.text.slice(p.start, p.start + 4), p.image]),
          [
            [1, "云岭区委", false],
            [2, "我们将新", false],
          ],
        );
        const reader = (await admin.call("GET", `/api/documents/${id}/reader`)).body;
        assert.deepEqual(reader.pages, doc.pages);
        // The kindergarten commitment sits on page 2, the platform on page 1.
        const pageOf = (offset: number) => doc.pages.filter((p: any) => p.start <= offset).length;
        const kinder = reader.commitments.find((c: any) => c.text.includes("幼儿园"));
        const platform = reader.commitments.find((c: any) => c.text.includes("智慧园区"));
        assert.equal(pageOf(kinder.span[0]), 2);
        assert.equal(pageOf(platform.span[0]), 1);
        const none = await admin.call("GET", `/api/documents/${id}/pages/1/image`);
        assert.equal(none.status, 404);
        assert.equal(none.body.error.code, "not_found");
        assert.match(none.body.error.message, /no image of page 1/);
      });

      await t.test("a scan: its image is kept and served beside the recognised text", async (t) => {
        if (!need(t, scan, "libreoffice and pdftoppm")) return;
        const job = await finish(
          admin,
          await admin.call("POST", "/api/documents/upload", upload(scan!, "扫描件.png", "页码")),
        );
        if (job.state === "failed" && job.error.code === "ocr_unavailable" && !process.env.CI)
          return t.skip("tesseract is not installed");
        assert.equal(job.state, "done", JSON.stringify(job.error));
        const id = job.result.document.id;
        const doc = (await admin.call("GET", `/api/documents/${id}`)).body;
        assert.equal(doc.pages.length, 1);
        assert.equal(doc.pages[0].image, true);
        assert.ok(doc.pages[0].confidence > 50, `confidence ${doc.pages[0].confidence}`);
        assert.match(doc.text, /幼儿园/);
        const res = await fetch(`${base}/api/documents/${id}/pages/1/image`, {
          headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get("content-type"), "image/png");
        assert.deepEqual(Buffer.from(await res.arrayBuffer()), scan);
        assert.equal((await admin.call("GET", `/api/documents/${id}/pages/2/image`)).status, 404);
        const anon = await fetch(`${base}/api/documents/${id}/pages/1/image`);
        assert.equal(anon.status, 401);
      });

      await t.test("an unpaged document has no pages", async () => {
        const job = await finish(
          admin,
          await admin.call(
            "POST",
            "/api/documents/upload",
            upload(PAGES.flat().reverse().join("\n"), "a.txt", "页码2"),
          ),
        );
        assert.equal(job.state, "done", JSON.stringify(job.error));
        const doc = (await admin.call("GET", `/api/documents/${job.result.document.id}`)).body;
        assert.deepEqual(doc.pages, []);
      });
    });
  });
}
