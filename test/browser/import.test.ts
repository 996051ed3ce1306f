// The task-table import in the browser (Debian's Chromium) at 1440×900 and
// 390×844: a supervisor picks an exported table with one task reworded, one
// new row and one row whose deadline cannot be read; the 文档 page previews
// it (counts, the change before → after, the rejected row's reason in
// Chinese) and stores nothing; someone else's change to an item the table
// names makes the confirmation stale (409, said in Chinese, with a fresh
// preview on 刷新); confirmed again, exactly the preview is applied (the
// rejected row skipped). No horizontal overflow at either size. The desktop
// preview and the phone page are README screenshots (docs/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPage, shot, signIn, browserSuite } from "./harness.ts";
import { assertNoHorizontalOverflow, newContextAt, viewports } from "./viewports.ts";
import { editTaskTable } from "../helpers/edit-task-table.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { exportTaskTable } from "../../src/services/task-table.service.ts";
import { updateTracking } from "../../src/services/tracking.service.ts";
import { getCommitment } from "../../src/storage/commitment.repo.ts";
import { getPlan } from "../../src/storage/plan.repo.ts";

const DOCS = join(import.meta.dirname, "../../docs");
const suite = browserSuite();
const errors: string[] = [];

/** Two confirmed items per screen size: one the table rewords, one someone else changes meanwhile. */
async function items(k: number): Promise<{ id: number; text: string }[]> {
  const rows = await suite.server.s.store.db
    .selectFrom("commitments")
    .select(["id", "text"])
    .where("plan_id", "=", suite.server.planId)
    .where("review_state", "=", "confirmed")
    .orderBy("id")
    .execute();
  return rows.slice(2 * k, 2 * k + 2).map((r) => ({ id: Number(r.id), text: r.text }));
}

const kindCount = async (page: Page, kind: string) =>
  Number(
    await page
      .getByTestId("import-summary")
      .locator(`.import-counts [data-kind=${kind}] strong`)
      .textContent(),
  );

for (const [k, v] of viewports.entries()) {
  test(
    `${v.name}: a task table previewed, refused when stale, applied on confirm`,
    { timeout: 300_000 },
    async () => {
      const [edit, other] = await items(k);
      assert.ok(edit && other);
      const plan = (await getPlan(suite.server.s.store.db, suite.server.planId))!;
      const exported = await exportTaskTable(
        suite.server.s,
        plan,
        { reviewStates: ["proposed", "confirmed"] },
        true,
      );
      const fresh = `建设智慧停车诱导系统（第${k + 1}批）`;
      const file = await editTaskTable(
        exported.bytes,
        [{ id: edit.id, header: "任务内容", value: `${edit.text}（修订）` }],
        [
          { 任务内容: fresh, 牵头单位: "南岗区", 完成时限: "2026年6月底" },
          { 任务内容: `推进垃圾分类示范小区建设（第${k + 1}批）`, 牵头单位: "南岗区", 完成时限: "尽快" },
        ],
      );

      const context = await newContextAt(suite.browser, v);
      const page = await openPage(context, errors);
      await signIn(page, suite.server.base, suite.server.users.supervisor);
      await page.goto(`${suite.server.base}/documents`);
      await page.getByRole("heading", { name: "导入任务分解表（Excel）" }).waitFor();

      // Not an .xlsx: said beside the field, nothing sent.
      await page.locator("#import-file").setInputFiles({
        name: "任务表.xls",
        mimeType: "application/vnd.ms-excel",
        buffer: Buffer.from("x"),
      });
      await page.getByTestId("import-preview").click();
      assert.equal(
        await page.locator("#import-file-error").textContent(),
        "只能导入 .xlsx 文件：任务表.xls。",
      );

      await page.locator("#import-file").setInputFiles({
        name: "任务分解表（修订）.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: file,
      });
      await page.locator("#import-plan").selectOption(String(suite.server.planId));
      await page.getByTestId("import-preview").click();
      const summary = page.getByTestId("import-summary");
      await summary.waitFor({ timeout: 120_000 });
      assert.equal(await kindCount(page, "updated"), 1);
      assert.equal(await kindCount(page, "new"), 1);
      assert.equal(await kindCount(page, "rejected"), 1);
      assert.equal(await kindCount(page, "unchanged"), exported.count - 1);

      const changed = summary.locator(`[data-testid=import-row][data-kind=updated]`);
      assert.match(
        await changed.innerText(),
        new RegExp(`任务内容：\\s*${escape(edit.text)}\\s*→\\s*${escape(edit.text)}（修订）`),
      );
      const added = summary.locator(`[data-testid=import-row][data-kind=new]`);
      assert.match(await added.innerText(), new RegExp(escape(fresh)));
      const rejected = summary.locator(`[data-testid=import-row][data-kind=rejected]`);
      assert.match(await rejected.innerText(), /E（完成时限）：“尽快”无法识别为完成时限/);
      assert.equal(await rejected.locator("[data-code=bad_deadline]").count(), 1);
      // The unchanged rows are folded away, counted.
      assert.match(
        await summary.locator(".import-quiet summary").innerText(),
        new RegExp(`无需改动的行（${exported.count - 1}）`),
      );
      const apply = page.getByTestId("import-apply");
      assert.equal((await apply.innerText()).trim(), "跳过 1 行有问题的行，导入其余 2 项变化");
      await assertNoHorizontalOverflow(page, `导入预览 ${v.name}`);
      // The import panel at the top of the screen.
      await page
        .getByRole("heading", { name: "导入任务分解表（Excel）" })
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
      copyFileSync(
        await shot(page, `import-preview-${v.name}`),
        join(DOCS, v.name === "desktop" ? "screenshot-import-preview.png" : "screenshot-phone-import.png"),
      );

      // The preview stored nothing.
      assert.equal((await getCommitment(suite.server.s.store.db, edit.id))!.text, edit.text);

      // Someone else changes an item the table names: the confirmation is refused, in Chinese.
      const now = (await getCommitment(suite.server.s.store.db, other.id))!;
      await updateTracking(suite.server.s, SYSTEM_ACTOR, other.id, now.version, { deadline: "2026-12-31" });
      await apply.click();
      const error = page.getByTestId("import-error").locator("[data-code=import_preview_stale]");
      await error.waitFor();
      assert.match(await error.innerText(), /预览之后规划已有变动（或文件已不同），未导入任何内容/);
      assert.equal(
        (await getCommitment(suite.server.s.store.db, edit.id))!.text,
        edit.text,
        "nothing applied",
      );
      await assertNoHorizontalOverflow(page, `导入（过期）${v.name}`);

      // 刷新 previews again; the other item's row now differs (its deadline), so it is stale in the table.
      await error.getByRole("button", { name: "刷新" }).click();
      await summary.waitFor();
      await page.getByTestId("import-error").waitFor({ state: "detached" });
      assert.equal(await kindCount(page, "updated"), 1);
      assert.equal(await kindCount(page, "new"), 1);
      await apply.click();
      const result = page.getByTestId("import-result");
      await result.waitFor({ timeout: 120_000 });
      assert.match(await result.innerText(), /已导入：新增 1 项（待审核），修改 1 项，跳过 1 行。/);
      assert.equal((await getCommitment(suite.server.s.store.db, edit.id))!.text, `${edit.text}（修订）`);
      const created = await suite.server.s.store.db
        .selectFrom("commitments")
        .select(["id", "review_state"])
        .where("text", "=", fresh)
        .execute();
      assert.deepEqual(
        created.map((c) => c.review_state),
        ["proposed"],
      );

      // The new item waits in the review queue for the import's document.
      await result.getByRole("link", { name: "审核新增的条目" }).click();
      await page.waitForURL(/\/review\?document=\d+/);
      await page.getByRole("list", { name: "审核队列" }).getByText(fresh).first().waitFor();
      await assertNoHorizontalOverflow(page, `审核（导入）${v.name}`);
      await context.close();
    },
  );
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("no console errors beyond the refusals the test provokes", () => {
  const unexpected = errors.filter((e) => !/status of 409/.test(e));
  assert.deepEqual(unexpected, []);
});
