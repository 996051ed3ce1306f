// Documents in through the browser (Debian's Chromium), at 1440×900 and
// 390×844: a supervisor uploads a scanned PDF (drawn by the test: LibreOffice
// → PDF → pdftoppm image → a PDF with no text layer) into a new plan and a
// .docx into the demo plan, watches the progress bar, and lands in the review
// queue filtered to the new document, where the scan's evidence says which
// page it is on; an item of each is confirmed there; the reader shows the
// scanned page beside its recognised text; on the .docx's confirmed item the
// supervisor sets cooperating units (配合单位) and milestones, one ticked off
// on a day; bad files get a clear message. The upload page's and the delivery
// fields' screenshots go to docs/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import type { Browser, Page } from "playwright-core";
import {
  ensureChromium,
  ensureWebBuilt,
  launchBrowser,
  openPage,
  shot,
  signIn,
  startServer,
  type Server,
} from "./harness.ts";
import { assertNoHorizontalOverflow, newContextAt, viewports, type Viewport } from "./viewports.ts";
import { imagePdf, jpegSize, renderPage, textPdf } from "../helpers/pdf-fixtures.ts";

const DOCS = join(import.meta.dirname, "../../docs");
// An invented district's speech: large type, as a scanner sees a printed page.
// Each screen size sends documents of its own (a figure differs): the same text twice would be the same document.
const SCAN = (n: number) => [
  "云岭区委书记周远：",
  "云岭区将加快建设智慧园区服务平台，2026年底前建成投用。",
  `我们将新建幼儿园${n}所，新增学位1200个。`,
];
// The two .docx differ in more than a figure: one too like the other is taken for its revision,
// which updates the first one's items (confirmed by the first run) instead of proposing new ones.
const DOCX = (n: number) =>
  n < 16
    ? [
        "石门区委书记李明：",
        "石门区将加快建设区级政务服务中心，2026年6月底前建成投用。",
        `我们将新建社区养老服务站${n}个，新增床位600张。`,
      ]
    : [
        "青川区区长王芳：",
        "青川区将抓紧建设全民健身中心和城市书房，2026年9月底前全部开放。",
        `我们将在各街道新建养老服务站${n}个，新增护理床位800张。`,
      ];

let server: Server;
let browser: Browser;
const scannedPdf: Buffer[] = [];
const docx: Buffer[] = [];
const errors: string[] = [];

before(async () => {
  ensureWebBuilt();
  ensureChromium();
  for (const n of [3, 5]) {
    const source = await textPdf([SCAN(n)], 16);
    const jpeg = source && renderPage(source, 1, 200, "jpeg");
    // .ci/debian-packages installs LibreOffice and poppler; without them there is no scan to upload.
    assert.ok(jpeg, "LibreOffice and pdftoppm are needed to draw the scanned page (see .ci/debian-packages)");
    const { width, height } = jpegSize(jpeg);
    scannedPdf.push(imagePdf(jpeg, width, height, 200));
    docx.push(
      await Packer.toBuffer(
        new Document({ sections: [{ children: DOCX(n * 4).map((text) => new Paragraph({ text })) }] }),
      ),
    );
  }
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDocuments(v: Viewport): Promise<Page> {
  const context = await newContextAt(browser, v);
  const page = await openPage(context, errors);
  await signIn(page, server.base, server.users.supervisor);
  await page.goto(`${server.base}/documents`);
  await page.getByRole("heading", { name: "文档", level: 1 }).waitFor();
  return page;
}

/** Sends the chosen file and follows it: the progress bar shows, then the review queue for the document opens. */
async function sendAndLand(page: Page): Promise<number> {
  await page.getByTestId("upload").click();
  const bar = page.getByTestId("upload-progress");
  await bar.waitFor();
  assert.ok(Number(await bar.getAttribute("value")) >= 0);
  await page.waitForURL(/\/review\?document=\d+/, { timeout: 300_000 });
  const id = Number(new URL(page.url()).searchParams.get("document"));
  await page.getByTestId("review-filter").waitFor();
  return id;
}

/** Selects the queue's item for a document whose text has `words`, confirms it, and gives its ID. */
async function reviewItem(page: Page, documentId: number, words: string): Promise<number> {
  const row = await server.s.store.db
    .selectFrom("commitments")
    .select("id")
    .where("document_id", "=", documentId)
    .where("review_state", "=", "proposed")
    .where("text", "like", `%${words}%`)
    .orderBy("id")
    .executeTakeFirst();
  assert.ok(row, `a proposed item with ${words} from document ${documentId}`);
  const id = Number(row.id);
  await page
    .getByRole("list", { name: "审核队列" })
    .getByRole("button", { name: new RegExp(`#${id} `) })
    .click();
  await page
    .getByTestId("review-item")
    .getByRole("heading", { name: new RegExp(`^#${id} `) })
    .waitFor();
  await page.getByTestId("confirm").click();
  await page.getByText(`已确认：#${id}`).waitFor();
  const state = await server.s.store.db
    .selectFrom("commitments")
    .select("review_state")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  assert.equal(state.review_state, "confirmed");
  return id;
}

for (const [k, v] of viewports.entries()) {
  test(
    `${v.name}: a scanned PDF and a .docx uploaded, each lands in its review queue`,
    { timeout: 900_000 },
    async () => {
      const page = await openDocuments(v);
      await assertNoHorizontalOverflow(page, "文档");

      // The scan, into a new plan, with the year.
      await page.locator("#docs-file").setInputFiles({
        name: "云岭区讲话（扫描件）.pdf",
        mimeType: "application/pdf",
        buffer: scannedPdf[k]!,
      });
      await page.getByTestId("chosen-files").getByText("云岭区讲话（扫描件）.pdf").waitFor();
      await page.locator("#docs-plan").selectOption({ label: "新建规划…" });
      await page.locator("#docs-new-plan").fill(`扫描件演示 ${v.name}`);
      await page.locator("#docs-year").fill("2026");
      if (v.name === "desktop")
        copyFileSync(await shot(page, "upload-desktop"), join(DOCS, "screenshot-upload.png"));
      const scanId = await sendAndLand(page);
      const queue = page.getByRole("list", { name: "审核队列" });
      await queue
        .getByText(/幼儿园/)
        .first()
        .waitFor();
      assert.equal(
        await page
          .getByTestId("evidence-page")
          .first()
          .textContent()
          .then((s) => s?.trim()),
        "第1页",
      );
      // Only this document's items are in the queue (the demo plan's proposed items are not).
      const rows = await server.s.store.db
        .selectFrom("commitments")
        .select("id")
        .where("document_id", "=", scanId)
        .where("review_state", "=", "proposed")
        .execute();
      assert.equal(await page.getByTestId("review-count").textContent(), `待审核 ${rows.length} 项`);

      await reviewItem(page, scanId, "幼儿园");

      // The reader shows the scanned page beside its recognised text.
      await page.goto(`${server.base}/reader/${scanId}`);
      await page.getByTestId("page-marker").first().waitFor();
      assert.match(
        (await page.getByTestId("page-marker").first().textContent()) ?? "",
        /^第1页 · 文字识别，置信度 \d+%/,
      );
      const img = page.getByTestId("page-image");
      await img.waitFor();
      await page.waitForFunction(() => {
        const el = document.querySelector("img[data-testid=page-image]") as HTMLImageElement | null;
        return el?.complete && el.naturalWidth > 0;
      });
      if (v.name === "desktop")
        copyFileSync(await shot(page, "reader-scan-desktop"), join(DOCS, "screenshot-reader-scan.png"));

      // A .docx, into the demo plan.
      await page.goto(`${server.base}/documents`);
      await page.locator("#docs-file").setInputFiles({
        name: "石门区.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: docx[k]!,
      });
      await page.locator("#docs-plan").selectOption({ index: 0 });
      const docxId = await sendAndLand(page);
      assert.notEqual(docxId, scanId);
      await page
        .getByRole("list", { name: "审核队列" })
        .getByText(/养老服务站/)
        .first()
        .waitFor();
      assert.equal(await page.getByTestId("evidence-page").count(), 0, "a .docx has no pages");
      // Reviewed: the .docx's item is confirmed in its queue.
      const id = await reviewItem(page, docxId, "养老服务站");
      // Back to every document's queue.
      await page.getByTestId("review-filter").getByRole("link").click();
      await page.waitForURL((u) => u.pathname === "/review" && !u.search);
      assert.equal(await page.getByTestId("review-filter").count(), 0);

      // Delivery: cooperating units and milestones set on the item the document gave.
      await page.goto(`${server.base}/commitments/${id}`);
      await page.getByTestId("tracking-form").waitFor();
      await page.locator("#coop-add").selectOption({ label: "香坊区" });
      await page.locator("#coop-add").selectOption({ label: "道里区" });
      await page.getByRole("button", { name: "保存", exact: true }).click();
      const history = page.getByTestId("history");
      await history.locator("li", { hasText: "调整落实安排" }).first().waitFor();
      assert.match(
        await history.locator("li", { hasText: "调整落实安排" }).first().innerText(),
        /配合单位：— → (香坊区、道里区|道里区、香坊区)/,
      );
      const add = page.getByTestId("add-milestone");
      await page.locator("#ms-new-title").fill("完成选址");
      await page.locator("#ms-new-due").fill("2026-03-31");
      await add.getByRole("button", { name: "添加节点" }).click();
      await page.getByTestId("milestone").filter({ hasText: "完成选址" }).waitFor();
      await page.locator("#ms-new-title").fill("主体完工");
      await page.locator("#ms-new-due").fill("2026-09-30");
      await add.getByRole("button", { name: "添加节点" }).click();
      const done = page.getByTestId("milestone").filter({ hasText: "主体完工" });
      await done.waitFor();
      const first = page.getByTestId("milestone").filter({ hasText: "完成选址" });
      await first.getByRole("button", { name: /标记完成/ }).click();
      await first.locator('input[id$="-done"]').fill("2026-03-20");
      await first.getByRole("button", { name: "标记完成" }).click();
      await first.getByText("2026-03-20 完成").waitFor();
      const db = server.s.store.db;
      const coop = await db
        .selectFrom("commitment_units")
        .select("unit_id")
        .where("commitment_id", "=", id)
        .execute();
      assert.deepEqual(
        coop.map((c) => Number(c.unit_id)).sort(),
        [server.unitId("香坊区"), server.unitId("道里区")].sort(),
      );
      const ms = await db
        .selectFrom("milestones")
        .select(["title", "due_date", "done_at"])
        .where("commitment_id", "=", id)
        .orderBy("due_date")
        .execute();
      assert.deepEqual(
        ms.map((m) => [m.title, m.due_date, m.done_at?.slice(0, 10) ?? null]),
        [
          ["完成选址", "2026-03-31", "2026-03-20"],
          ["主体完工", "2026-09-30", null],
        ],
      );
      await assertNoHorizontalOverflow(page, `任务（配合单位、节点）${v.name}`);
      // The delivery panel at the top of the screen.
      await page
        .getByTestId("tracking-form")
        .evaluate((el) => (el.closest("section") ?? el).scrollIntoView({ block: "start" }));
      copyFileSync(
        await shot(page, `delivery-${v.name}`),
        join(DOCS, v.name === "desktop" ? "screenshot-delivery.png" : "screenshot-phone-delivery.png"),
      );
      await page.context().close();
    },
  );

  test(`${v.name}: bad files are refused with a clear message`, { timeout: 300_000 }, async () => {
    const page = await openDocuments(v);
    // A type the server does not read is stopped before it is sent.
    await page
      .locator("#docs-file")
      .setInputFiles({ name: "旧格式.doc", mimeType: "application/msword", buffer: Buffer.from("x") });
    await page.getByTestId("upload").click();
    assert.match(
      (await page.locator("#docs-file-error").textContent()) ?? "",
      /不支持的文件类型：旧格式\.doc/,
    );
    await page.getByRole("button", { name: "移除 旧格式.doc" }).click();
    // A new plan needs a name; a year has four digits.
    await page
      .locator("#docs-file")
      .setInputFiles({ name: "假的.pdf", mimeType: "application/pdf", buffer: Buffer.from("这不是PDF") });
    await page.locator("#docs-plan").selectOption({ label: "新建规划…" });
    await page.locator("#docs-year").fill("26");
    await page.getByTestId("upload").click();
    assert.equal(
      await page.locator("#docs-year-error").textContent(),
      "年份应为 1949 到 2100 之间的四位数字。",
    );
    assert.equal(await page.locator("#docs-new-plan-error").textContent(), "请填写新规划的名称。");
    await page.locator("#docs-year").fill("");
    await page.locator("#docs-new-plan").fill(`坏文件 ${v.name}`);
    // A file that is not what its name says fails on the server, with the code's message and the detail.
    await page.getByTestId("upload").click();
    const error = page.getByTestId("upload-error");
    await error.waitFor({ timeout: 120_000 });
    assert.equal(await error.getAttribute("data-code"), "file_format");
    assert.match(
      (await error.textContent()) ?? "",
      /文件类型不受支持，或文件内容与扩展名不符。.*假的\.pdf: not a PDF/,
    );
    assert.ok(page.url().endsWith("/documents"), "a failed upload stays on the page");
    await assertNoHorizontalOverflow(page, "文档（错误）");
    await page.context().close();
  });
}

test("no console errors", () => {
  // The failed upload's 4xx/5xx answers are expected in the console; nothing else.
  const unexpected = errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e),
  );
  assert.deepEqual(unexpected, []);
});
