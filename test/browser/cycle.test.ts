// The supervision cycle in the browser (Debian's Chromium): the inbox, a
// completion proposed, returned with a reason the reporter sees, proposed
// again and accepted; a 督办单 issued and answered; the heat map by warning
// level; the assessment page. Over the demo plan with its 示例数据 history.
// Screenshots of the inbox, the heat map and the assessment go to docs/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { browserSuite, demoHistory, REPORTER_UNIT, shot } from "./harness.ts";

const DOCS = join(import.meta.dirname, "../../docs");
const suite = browserSuite({ seed: demoHistory });
const pageAs = (role: "supervisor" | "reporter") => suite.pageAs(role);

/** A confirmed, open item of the reporter's unit with no target and nothing pending. */
async function plainItem(skip: number[] = []): Promise<number> {
  const db = suite.server.s.store.db;
  const rows = await db
    .selectFrom("commitments")
    .select(["id"])
    .where("review_state", "=", "confirmed")
    .where("status", "!=", "done")
    .where((eb) =>
      eb.or([
        eb("lead_unit_id", "=", suite.server.unitId(REPORTER_UNIT)),
        eb("unit_id", "=", suite.server.unitId(REPORTER_UNIT)),
      ]),
    )
    .where(
      "id",
      "not in",
      db.selectFrom("targets").select("commitment_id").where("commitment_id", "is not", null),
    )
    .where("id", "not in", db.selectFrom("completion_proposals").select("commitment_id"))
    .where("id", "not in", db.selectFrom("notices").select("commitment_id"))
    .orderBy("id")
    .execute();
  const id = rows.map((r) => Number(r.id)).find((i) => !skip.includes(i));
  assert.ok(id, "an open item of the reporter's unit");
  return id;
}

test("inbox: the reporter's tasks and notifications", async () => {
  const page = await pageAs("reporter");
  await page.goto(`${suite.server.base}/inbox`);
  await page.getByTestId("inbox-tasks").waitFor();
  const tasks = await page.getByTestId("inbox-tasks").locator("li").count();
  assert.ok(tasks > 0, "the reporter has something to do");
  assert.ok((await page.locator(".notifications li").count()) > 0, "reminders were delivered to the inbox");
  copyFileSync(await shot(page, "inbox"), join(DOCS, "screenshot-inbox.png"));
});

test("completion: proposed, returned with a reason the reporter sees, proposed again and accepted", async () => {
  const id = await plainItem();
  const rep = await pageAs("reporter");
  await rep.goto(`${suite.server.base}/commitments/${id}`);
  await rep.getByLabel("完成情况").fill("项目已竣工验收。");
  await rep.getByRole("button", { name: "提请销号" }).click();
  await rep.locator('[data-testid="proposals"] li[data-state="pending"]').waitFor();

  const sup = await pageAs("supervisor");
  await sup.goto(`${suite.server.base}/commitments/${id}`);
  await sup.getByLabel("退回理由").fill("缺少竣工验收报告");
  await sup.getByRole("button", { name: "退回" }).click();
  await sup.locator('[data-testid="proposals"] li[data-state="returned"]').waitFor();

  await rep.reload();
  await rep.getByTestId("return-reason").waitFor();
  assert.match(await rep.getByTestId("return-reason").innerText(), /缺少竣工验收报告/);
  await rep.goto(`${suite.server.base}/inbox`);
  await rep.locator('[data-kind="revise_returned"]').first().waitFor();
  await rep.goto(`${suite.server.base}/commitments/${id}`);
  await rep.getByLabel("完成情况").fill("已补充验收报告。");
  await rep.getByLabel("佐证链接").fill("https://example.org/acceptance");
  await rep.getByRole("button", { name: "提请销号" }).click();
  await rep.locator('[data-testid="proposals"] li[data-state="pending"]').waitFor();

  await sup.reload();
  await sup.getByRole("button", { name: "同意销号" }).click();
  await sup.locator('[data-testid="proposals"] li[data-state="accepted"]').waitFor();
  await sup.reload();
  await sup.getByTestId("verdict").waitFor();
  assert.match(await sup.getByTestId("verdict").innerText(), /已兑现/);
});

test("督办单: issued on an item, answered by the unit", async () => {
  const id = await plainItem();
  const sup = await pageAs("supervisor");
  await sup.goto(`${suite.server.base}/commitments/${id}`);
  await sup.getByLabel("督办要求").fill("五日内报送推进计划");
  await sup.getByRole("button", { name: "下发督办单" }).click();
  const open = sup.locator('[data-testid="item-notices"] li[data-state="open"]');
  await open.waitFor();
  assert.match(await open.innerText(), /督办〔\d{4}〕\d+号/);

  const rep = await pageAs("reporter");
  await rep.goto(`${suite.server.base}/commitments/${id}`);
  await rep.getByRole("textbox", { name: "反馈办理情况" }).fill("已制定推进计划，专人负责。");
  await rep.getByRole("button", { name: "反馈办理情况" }).click();
  await rep.locator('[data-testid="item-notices"] li[data-state="answered"]').waitFor();
});

test("heat map by warning level: 未对齐 column, 合计 counts items", async () => {
  const page = await pageAs("supervisor");
  await page.goto(`${suite.server.base}/supervision`);
  const map = page.locator('[data-testid="heatmap"][data-by="warning"]');
  await map.waitFor();
  assert.ok(await map.getByRole("columnheader", { name: "未对齐" }).isVisible());
  const confirmed = await suite.server.s.store.db
    .selectFrom("commitments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("review_state", "=", "confirmed")
    .executeTakeFirstOrThrow();
  assert.equal(Number(await page.getByTestId("heat-total").innerText()), Number(confirmed.n));
  assert.ok((await map.locator('td[data-key="red"], td[data-key="yellow"]').count()) > 0, "warnings shown");
  copyFileSync(await shot(page, "heatmap-warning"), join(DOCS, "screenshot-heatmap-warning.png"));
});

test("overview: the heat map switches between count, status and warning level, from the aggregates", async () => {
  const page = await pageAs("supervisor");
  await page.goto(`${suite.server.base}/`);
  const map = page.locator('[data-testid="matrix"]');
  await map.waitFor();
  assert.equal(await map.getAttribute("data-by"), "count");
  const confirmed = await suite.server.s.store.db
    .selectFrom("commitments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("review_state", "=", "confirmed")
    .executeTakeFirstOrThrow();
  // 合计 counts items (an item serving two goals is one), 未对齐 holds the items with no goal
  assert.equal(Number(await page.getByTestId("heat-total").innerText()), Number(confirmed.n));
  assert.ok(await map.getByRole("columnheader", { name: "未对齐" }).isVisible());
  await page.getByTestId("heat-by-status").click();
  await page.locator('[data-testid="matrix"][data-by="status"]').waitFor();
  assert.ok((await map.locator('td[data-key="on_track"], td[data-key="done"]').count()) > 0);
  await page.getByTestId("heat-by-warning").click();
  const byWarning = page.locator('[data-testid="matrix"][data-by="warning"]');
  await byWarning.waitFor();
  assert.ok(await page.getByTestId("heat-legend").isVisible());
  // the demo's warnings, as the aggregate holds them, colour the cells: red and yellow ones appear
  const red = await suite.server.s.store.db
    .selectFrom("agg_cycle_unit")
    .select((eb) => eb.fn.sum<number>("n").as("n"))
    .where("level", "=", "red")
    .executeTakeFirstOrThrow();
  assert.ok(Number(red.n) > 0, "the demo history leaves red items");
  assert.ok((await byWarning.locator('td[data-key="red"]').count()) > 0, "red cells shown");
  assert.equal(Number(await page.getByTestId("heat-total").innerText()), Number(confirmed.n));
  await map.scrollIntoViewIfNeeded();
  copyFileSync(
    await shot(page, "overview-heatmap-warning"),
    join(DOCS, "screenshot-overview-heatmap-warning.png"),
  );
});

test("assessment page: ranked table and chart for the demo quarter", async () => {
  const page = await pageAs("supervisor");
  await page.goto(`${suite.server.base}/assessment?period=2026Q3`);
  const table = page.getByTestId("assessment-table");
  await table.waitFor();
  const ranks = await table.locator("tbody tr td:first-child").allInnerTexts();
  assert.ok(ranks.length >= 5, ranks.join());
  assert.equal(ranks[0], "1");
  await page.locator("canvas").first().waitFor();
  copyFileSync(await shot(page, "assessment"), join(DOCS, "screenshot-assessment.png"));
});

test("no console errors on the cycle's pages", () => {
  assert.deepEqual(suite.errors, []);
});
