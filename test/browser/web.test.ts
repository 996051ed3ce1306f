/// <reference lib="dom" />
// The web app in Debian's Chromium against a real server and database: each
// role sees only what it may; a confirmation in the review queue changes the
// overview's matrix cell; a progress report changes an item's status; the
// public portal works signed out and shows no internal fields; the language
// switches; no page logs a console error. Each page is saved as a screenshot
// in test-results/screenshots/.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserSuite, PROPOSED_UNIT, REPORTER_UNIT, shot, type Role } from "./harness.ts";

const suite = browserSuite();
const pageAs = (role: Role | null) => suite.pageAs(role);

const navLinks = async (page: Page) =>
  (await page.getByRole("navigation").getByRole("link").allInnerTexts()).map((s) => s.trim());

test("admin sees every page, including user administration", async () => {
  const page = await pageAs("admin");
  await page.getByTestId("matrix").waitFor();
  assert.deepEqual(await navLinks(page), [
    "总览",
    "原文",
    "任务清单",
    "审核",
    "文档",
    "进展填报",
    "待办",
    "督查督办",
    "考核排名",
    "用户管理",
    "公众门户",
  ]);
  await shot(page, "overview");
  await page.goto(`${suite.server.base}/admin/users`);
  await page.getByTestId("users").waitFor();
  assert.ok(await page.getByRole("cell", { name: "ngq", exact: true }).isVisible());
  await shot(page, "users");
});

test("supervisor: overview, reader, list, commitment page; confirming in the review queue changes the matrix cell", async () => {
  const page = await pageAs("supervisor");
  await page.getByTestId("matrix").waitFor();
  const links = await navLinks(page);
  assert.ok(
    links.includes("审核") && !links.includes("用户管理") && !links.includes("进展填报"),
    links.join(),
  );

  // The first item in the queue: its unit and first goal name the cell that must grow.
  await page.getByRole("link", { name: "审核" }).click();
  const item = page.getByTestId("review-item");
  await item.waitFor();
  await shot(page, "review");
  const proposed = (await (
    await page.request.get(
      `${suite.server.base}/api/plans/${suite.server.planId}/commitments?review=proposed&limit=200`,
    )
  ).json()) as {
    items: { id: number; unit_id: number; goals: { goal_id: number }[] }[];
  };
  const index = proposed.items.findIndex((c) => c.goals.length > 0);
  assert.ok(index >= 0, "a proposed item with a goal");
  const target = proposed.items[index]!;
  const unit = suite.server.unitId(PROPOSED_UNIT);
  assert.equal(target.unit_id, unit);
  for (let i = 0; i < index; i++) await page.keyboard.press("j");
  assert.match((await item.locator("h2").innerText()) ?? "", new RegExp(`^#${target.id} `));

  await page.getByRole("link", { name: "总览" }).click();
  const cell = page.getByTestId(`cell-${unit}-${target.goals[0]!.goal_id}`);
  const before = Number(await cell.getAttribute("data-n"));
  await page.getByRole("link", { name: "审核" }).click();
  await item.waitFor();
  for (let i = 0; i < index; i++) await page.keyboard.press("j");
  await page.keyboard.press("c");
  await page
    .getByTestId("review-message")
    .filter({ hasText: `#${target.id}` })
    .waitFor();
  await page.getByRole("link", { name: "总览" }).click();
  await page.waitForFunction(
    ({ id, n }) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-n") === String(n),
    { id: `cell-${unit}-${target.goals[0]!.goal_id}`, n: before + 1 },
  );
  assert.equal(Number(await cell.getAttribute("data-n")), before + 1);

  // The cell opens the filtered list, which holds the item just confirmed.
  await cell.click();
  await page.waitForURL(/\/commitments\?unit=/);
  await page.getByTestId("commitments").waitFor();
  assert.ok(await page.getByRole("cell", { name: String(target.id), exact: true }).isVisible());
  await shot(page, "commitments");

  // The commitment's page, then back to its place in the document.
  await page.getByTestId("commitments").getByRole("link").first().click();
  await page.getByTestId("evidence").waitFor();
  await page.getByTestId("history").locator("li").first().waitFor();
  await shot(page, "commitment");
  await page.getByTestId("jump").click();
  await page.getByTestId("doc-text").waitFor();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-commitment"));
  assert.ok(focused, "the reader focuses the item it jumped to");
  await page.hover(`[data-commitment="${focused}"]`);
  await page.getByTestId("hover-card").waitFor();
  await shot(page, "reader");
});

test("commitments: CSV download of the current view", async () => {
  const page = await pageAs("supervisor");
  await page.goto(
    `${suite.server.base}/commitments?unit=${suite.server.unitId(REPORTER_UNIT)}&review=confirmed`,
  );
  await page.getByTestId("commitments").waitFor();
  const rows = await page.getByTestId("commitments").locator("tbody tr").count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv").click()]);
  const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  const lines = text
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");
  assert.equal(lines[0]!.split(",")[0], "编号");
  assert.equal(lines.length - 1, rows, "one line per row of the view (it fits one page)");
  assert.ok(lines.slice(1).every((l) => l.includes(REPORTER_UNIT)));
  // The server's task-table download carries the same filters.
  const xlsx = new URL((await page.getByTestId("xlsx").getAttribute("href"))!, suite.server.base);
  assert.equal(xlsx.searchParams.get("unit"), String(suite.server.unitId(REPORTER_UNIT)));
  assert.equal(xlsx.searchParams.get("format"), "xlsx");
});

test("reporter: only their unit, no review or admin; a progress report changes the status", async () => {
  const page = await pageAs("reporter");
  await page.waitForURL(/\/reporting$/);
  const links = await navLinks(page);
  assert.deepEqual(links, ["总览", "任务清单", "进展填报", "待办", "公众门户"]);
  await page.getByTestId("owing").waitFor();

  const row = page
    .locator('[data-testid^="report-"]')
    .filter({ has: page.locator('[data-status="not_started"]') })
    .first();
  const id = (await row.getAttribute("data-testid"))!.replace("report-", "");
  await row.getByRole("button").click();
  // Empty narrative and a bad link: messages beside the fields, nothing sent.
  await page.locator(`#f${id}-evidence`).fill("not a link");
  await page.getByRole("button", { name: "提交" }).click();
  await page.locator(`#f${id}-narrative-error`).waitFor();
  assert.match(await page.locator(`#f${id}-narrative-error`).innerText(), /请填写进展情况/);
  assert.match(await page.locator(`#f${id}-evidence-error`).innerText(), /http/);
  await shot(page, "reporting");
  await page.locator(`#f${id}-narrative`).fill("已完成项目选址，开工准备就绪。");
  await page.locator(`#f${id}-evidence`).fill("https://example.org/report");
  await page.getByRole("button", { name: "提交" }).click();
  await page.getByTestId(`report-${id}`).locator('[data-status="on_track"]').waitFor();
  assert.match(await page.getByTestId(`report-${id}`).getByRole("status").innerText(), /正常推进/);

  // Only the reporter's unit in the list; the review queue and reader are refused.
  await page.getByRole("link", { name: "任务清单" }).click();
  await page.getByTestId("commitments").waitFor();
  const units = await page.getByTestId("commitments").locator("tbody tr td:nth-child(3)").allInnerTexts();
  assert.ok(units.length > 0 && units.every((u) => u.trim() === REPORTER_UNIT), units.join());
  await page.goto(`${suite.server.base}/review`);
  await page.getByTestId("forbidden").waitFor();
  await page.goto(`${suite.server.base}/admin/users`);
  await page.getByTestId("forbidden").waitFor();
});

test("public portal, signed out: confirmed items with their source, no internal fields", async () => {
  const page = await pageAs(null);
  await page.goto(`${suite.server.base}/`);
  await page.waitForURL(/\/signin/);
  await shot(page, "signin");
  await page.goto(`${suite.server.base}/public`);
  await page.getByTestId("public-list").locator("li").first().waitFor();
  await shot(page, "public");
  const body = await page.locator("main").innerText();
  assert.ok(!body.includes(PROPOSED_UNIT + "：") && !/test-loader|demo-loader|reviewed/.test(body));
  await page.getByTestId("public-list").getByRole("link").first().click();
  await page.getByRole("heading", { name: "原文出处" }).waitFor();
  const detail = await page.locator("main").innerText();
  assert.ok(!/test-loader|reviewed_by|reject/.test(detail));
  await shot(page, "public-item");
  assert.equal(await page.getByRole("link", { name: "审核" }).count(), 0);
});

test("language switch, and the 404 page", async () => {
  const page = await pageAs("supervisor");
  await page.getByTestId("matrix").waitFor();
  await page.getByTestId("lang").click();
  await page.getByRole("heading", { name: "Unit × goal alignment" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.ok((await navLinks(page)).includes("Review queue".split(" ")[0]!));
  await page.reload();
  await page.getByRole("heading", { name: "Unit × goal alignment" }).waitFor();
  await shot(page, "overview-en");
  await page.getByTestId("lang").click();
  await page.getByRole("heading", { name: "单位 × 目标 对应矩阵" }).waitFor();
  await page.goto(`${suite.server.base}/no/such/page`);
  await page.getByTestId("not-found").waitFor();
  await shot(page, "not-found");
});

test("keyboard: the skip link and the matrix cells are reachable by Tab", async () => {
  const page = await pageAs("supervisor");
  await page.reload();
  await page.getByTestId("matrix").waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "skip");
  await page.locator('[data-testid^="cell-"]').first().focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/commitments\?unit=/);
});

test("no console errors on any page", () => {
  assert.deepEqual(suite.errors, []);
});
