// Issue 9, item 3 in the browser (Debian's Chromium), at 1440×900 and
// 390×844: a supervisor uploads on the 文档 page a file with no commitment in
// it, and the page says so (no review queue opens); then a file whose owner
// the engine can only guess, which lands in its review queue with every item
// marked 低置信度 — and in the whole plan's queue those come first, before
// the demo plan's proposed items. The documents are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { openPage, shot, signIn, browserSuite } from "./harness.ts";
import { assertNoHorizontalOverflow, newContextAt, viewports, type Viewport } from "./viewports.ts";

// Each screen size sends documents of its own (a word differs): the same text twice would be the same document.
const CHAT = (v: string) => `新年新气象（${v}）\n\n大家都很开心。天气很好。\n`;
const GUESSED = (n: number) =>
  `港城今年这样干\n\n2023-02-01 来源：港城网\n\n今年，滨海港区将加快建设临港物流园，新建冷链仓库${n}座。\n`;

const suite = browserSuite();
const errors: string[] = [];

async function openDocuments(v: Viewport): Promise<Page> {
  const page = await openPage(await newContextAt(suite.browser, v), errors);
  await signIn(page, suite.server.base, suite.server.users.supervisor);
  await page.goto(`${suite.server.base}/documents`);
  await page.getByRole("heading", { name: "文档", level: 1 }).waitFor();
  return page;
}

const text = (name: string, body: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(body) });

for (const [k, v] of viewports.entries()) {
  test(
    `${v.name}: no commitment is reported; guessed owners are marked and reviewed first`,
    { timeout: 600_000 },
    async () => {
      const page = await openDocuments(v);

      // Nothing to extract: the upload finishes, the page says so and stays.
      await page.locator("#docs-file").setInputFiles(text("闲话.txt", CHAT(v.name)));
      await page.locator("#docs-plan").selectOption({ index: 0 });
      await page.getByTestId("upload").click();
      const warning = page.getByTestId("upload-warning");
      await warning.waitFor({ timeout: 300_000 });
      assert.equal(await warning.getAttribute("data-code"), "no_commitment");
      assert.match((await warning.textContent()) ?? "", /未能从这份文件中提取到任何任务/);
      assert.equal(await page.getByTestId("upload-item").getAttribute("data-state"), "done");
      assert.ok(page.url().endsWith("/documents"), "no review queue opens for a document with nothing in it");
      assert.equal(await page.getByRole("link", { name: "审核这些条目" }).count(), 0);
      await assertNoHorizontalOverflow(page, "文档（无任务）");
      await shot(page, `upload-no-commitment-${v.name}`);

      // The owner guessed: the review queue for the document opens, every item marked.
      await page.locator("#docs-file").setInputFiles(text("港城.txt", GUESSED(3 + k)));
      await page.getByTestId("upload").click();
      await page.waitForURL(/\/review\?document=\d+/, { timeout: 300_000 });
      const docId = Number(new URL(page.url()).searchParams.get("document"));
      const queue = page.getByRole("list", { name: "审核队列" });
      await queue
        .getByText(/临港物流园/)
        .first()
        .waitFor();
      const rows = await suite.server.s.store.db
        .selectFrom("commitments")
        .select("id")
        .where("document_id", "=", docId)
        .execute();
      assert.equal(rows.length, 2);
      assert.equal(await queue.getByTestId("low-confidence").count(), rows.length);
      const item = page.getByTestId("review-item");
      assert.equal(await item.getByTestId("low-confidence").textContent(), "低置信度");
      await assertNoHorizontalOverflow(page, "审核队列（低置信度）");
      await shot(page, `review-low-confidence-${v.name}`);

      // The whole plan's queue: the guessed items first, then the demo plan's proposed items, unmarked.
      await page.getByTestId("review-filter").getByRole("link").click();
      await page.waitForURL((u) => u.pathname === "/review" && !u.search);
      const buttons = queue.getByRole("button");
      // Until the whole queue arrives the page may still show the document's (all marked).
      await buttons
        .filter({ hasNot: page.getByTestId("low-confidence") })
        .first()
        .waitFor();
      const n = await buttons.count();
      const marked: boolean[] = [];
      for (let i = 0; i < n; i++)
        marked.push((await buttons.nth(i).getByTestId("low-confidence").count()) > 0);
      const low = marked.filter(Boolean).length;
      assert.ok(low >= 2 && low < n, `${low} marked of ${n}`);
      assert.deepEqual(
        marked,
        marked.map((_, i) => i < low),
        "the marked items come first",
      );
      await page.context().close();
    },
  );
}

test("no console errors", () => {
  assert.deepEqual(errors, []);
});
