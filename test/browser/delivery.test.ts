// Delivery fields, errors and history in the browser (Debian's Chromium), at
// desktop and phone size: a supervisor sets the lead and cooperating units
// and a deadline typed as YYYY-MM-DD (a day that does not exist is refused
// beside the field, one outside the plan's years asks first); the header's
// due date and 完成时限 agree; milestones are added (an empty name refused
// beside its field by the API's rule), flagged when late on the item and in
// the list, ticked off on a chosen day; a save over someone else's change
// says so in Chinese and offers to reload; a reporter opening another unit's
// item gets the 403 page with no retry; the history names fields, goals and
// units, and a merge links both items.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserSuite, REPORTER_UNIT, shot } from "./harness.ts";
import { assertNoHorizontalOverflow, viewports, type Viewport } from "./viewports.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { edit, merge } from "../../src/services/review.service.ts";
import { updateTracking } from "../../src/services/tracking.service.ts";
import { getCommitment } from "../../src/storage/commitment.repo.ts";

const suite = browserSuite();
const used = new Set<number>();
const pageAs = (v: Viewport, role: "supervisor" | "reporter") => suite.pageAs(role, v);

/**
 * The demo's confirmed item whose due date comes from a target's year, with
 * no deadline, lead or cooperating units set (each viewport's run starts from
 * there again).
 */
async function itemDueByTarget(): Promise<{ id: number; due: string }> {
  const db = suite.server.s.store.db;
  const row = await db
    .selectFrom("commitments")
    .selectAll()
    .where("review_state", "=", "confirmed")
    .where("due_date", "is not", null)
    .where("id", "in", db.selectFrom("targets").select("commitment_id").where("due_year", "is not", null))
    .orderBy("id")
    .executeTakeFirst();
  assert.ok(row, "an item due by its target's year");
  const reset = await updateTracking(suite.server.s, SYSTEM_ACTOR, row.id, row.version, {
    deadline: null,
    leadUnitId: row.unit_id,
    cooperatingUnitIds: [],
  });
  assert.ok(reset.due_date, "due by its target");
  used.add(Number(row.id));
  return { id: Number(row.id), due: reset.due_date };
}

async function anotherItem(): Promise<number> {
  const rows = await suite.server.s.store.db
    .selectFrom("commitments")
    .select("id")
    .where("review_state", "=", "confirmed")
    .where("unit_id", "!=", suite.server.unitId(REPORTER_UNIT))
    .orderBy("id", "desc")
    .execute();
  const id = rows.map((r) => Number(r.id)).find((i) => !used.has(i));
  assert.ok(id);
  used.add(id);
  return id;
}

const field = (page: Page, id: string) => page.locator(`#${id}`);
const fieldError = (page: Page, id: string) => page.locator(`#${id}-error`);

for (const v of viewports) {
  test(`${v.name}: delivery fields — units, a YYYY-MM-DD deadline, the plan period asked about, header and 完成时限 agree`, async () => {
    const { id, due } = await itemDueByTarget();
    const page = await pageAs(v, "supervisor");
    await page.goto(`${suite.server.base}/commitments/${id}`);
    const form = page.getByTestId("tracking-form");
    await form.waitFor();
    // no deadline set: the header's due date is the one 完成时限 shows (from the target's year)
    assert.equal(await page.getByTestId("header-due").innerText(), `到期 ${due}`);
    assert.equal(await field(page, "deadline").getAttribute("placeholder"), due);
    assert.match(await page.locator("#deadline-hint").innerText(), new RegExp(`按目标年份计为 ${due}`));
    assert.equal(
      await field(page, "deadline").getAttribute("type"),
      "text",
      "typed as YYYY-MM-DD in any browser",
    );

    await field(page, "lead").selectOption({ label: "道里区" });
    await field(page, "coop-add").selectOption({ label: "香坊区" });
    await field(page, "coop-add").selectOption({ label: "呼兰区" });
    await field(page, "coop-add").selectOption({ label: "阿城区" });
    await page.getByRole("button", { name: "移除配合单位 呼兰区" }).click();
    assert.deepEqual(
      (await page.getByTestId("coop").locator("li").allInnerTexts()).map((s) => s.replace("×", "").trim()),
      ["香坊区", "阿城区"],
    );

    // a day that does not exist is refused beside the field, before anything is sent
    await field(page, "deadline").fill("2026-02-30");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    assert.equal(await fieldError(page, "deadline").innerText(), "请按 YYYY-MM-DD 填写实际存在的日期");
    // a slashed date becomes ISO when the field is left; one far outside the plan's years asks first
    const period = (await (
      await page.request.get(`${suite.server.base}/api/plans/${suite.server.planId}/summary`)
    ).json()) as {
      period: { from: number; to: number };
    };
    await field(page, "deadline").fill(`${period.period.to + 5}/6/30`);
    await field(page, "deadline").blur();
    assert.equal(await field(page, "deadline").inputValue(), `${period.period.to + 5}-06-30`);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    const ask = page.getByTestId("outside-period");
    await ask.waitFor();
    assert.match(
      await ask.innerText(),
      new RegExp(`超出规划期（${period.period.from}—${period.period.to} 年）`),
    );
    await ask.getByRole("button", { name: "返回修改" }).click();
    assert.equal(await ask.count(), 0);
    const deadline = `${period.period.to}-06-30`;
    await field(page, "deadline").fill(deadline);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText(`到期 ${deadline}`).waitFor();
    assert.equal(await field(page, "deadline").inputValue(), deadline);
    if (v.name === "phone") await assertNoHorizontalOverflow(page, "item page");
    await shot(page, `delivery-${v.name}`);

    const row = await getCommitment(suite.server.s.store.db, id);
    assert.equal(row!.deadline, deadline);
    assert.equal(row!.lead_unit_id, suite.server.unitId("道里区"));

    const history = page.getByTestId("history");
    const entry = history.locator("li", { hasText: "调整落实安排" }).first();
    await entry.waitFor();
    const text = await entry.innerText();
    assert.match(text, /牵头单位：.+ → 道里区/);
    assert.match(text, /配合单位：— → (香坊区、阿城区|阿城区、香坊区)/);
    assert.match(text, new RegExp(`完成时限：— → ${deadline}`));
    assert.doesNotMatch(text, /lead_unit_id|cooperating_unit_ids|deadline/);
  });

  test(`${v.name}: milestones — refused beside the field, flagged when late (item and list), ticked off on a day`, async () => {
    const id = await anotherItem();
    const page = await pageAs(v, "supervisor");
    await page.goto(`${suite.server.base}/commitments/${id}`);
    const add = page.getByTestId("add-milestone");
    await add.waitFor();
    // the API refuses an empty name; its rule is shown beside the field, in Chinese
    await field(page, "ms-new-due").fill("2026-01-15");
    await add.getByRole("button", { name: "添加节点" }).click();
    await fieldError(page, "ms-new-title").waitFor();
    assert.equal(await fieldError(page, "ms-new-title").innerText(), "必填");

    await field(page, "ms-new-title").fill("完成选址");
    await add.getByRole("button", { name: "添加节点" }).click();
    const ms = page.getByTestId("milestone").filter({ hasText: "完成选址" });
    await ms.waitFor();
    await ms.getByTestId("milestone-late").waitFor();
    assert.equal(await page.getByTestId("late-flag").first().innerText(), "节点逾期 1");

    await page.goto(`${suite.server.base}/commitments?sort=-id`);
    const listRow = page
      .getByTestId("commitments")
      .locator("tr, li", { has: page.locator(`a[href="/commitments/${id}"]`) });
    await listRow.getByTestId("late-flag").waitFor();
    if (v.name === "phone") await assertNoHorizontalOverflow(page, "list");

    await page.goto(`${suite.server.base}/commitments/${id}`);
    await ms.getByRole("button", { name: /标记完成/ }).click();
    await field(page, `ms${await msId(id)}-done`).fill("2026-01-20");
    await ms.getByRole("button", { name: "标记完成" }).click();
    await ms.getByText("2026-01-20 完成").waitFor();
    assert.equal(await page.getByTestId("late-flag").count(), 0);
    assert.equal(await ms.getByTestId("milestone-late").count(), 0);

    await ms.getByRole("button", { name: /修改/ }).click();
    await field(page, `ms${await msId(id)}-title`).fill("完成选址和规划");
    await page.getByRole("button", { name: "保存", exact: true }).last().click();
    await page.getByTestId("milestone").filter({ hasText: "完成选址和规划" }).waitFor();
    await shot(page, `milestones-${v.name}`);
  });

  test(`${v.name}: errors in Chinese — a save over someone else's change offers to reload; the 403 page has no retry`, async () => {
    const id = await anotherItem();
    const page = await pageAs(v, "supervisor");
    await page.goto(`${suite.server.base}/commitments/${id}`);
    await page.getByTestId("tracking-form").waitFor();
    // someone else changes the item meanwhile
    const now = (await getCommitment(suite.server.s.store.db, id))!;
    await updateTracking(suite.server.s, SYSTEM_ACTOR, id, now.version, {
      leadUnitId: suite.server.unitId("香坊区"),
    });
    await field(page, "lead").selectOption({ label: "道里区" });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    const alert = page.locator('[data-code="stale_version"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /此任务已被他人修改，请刷新后重试/);
    assert.doesNotMatch(await alert.locator("span").first().innerText(), /version|changed/);
    await alert.getByRole("button", { name: "刷新" }).click();
    await page.locator('[data-code="stale_version"]').waitFor({ state: "detached" });
    assert.equal(await field(page, "lead").locator("option:checked").innerText(), "香坊区");

    // the same in English
    await page.getByTestId("lang").click();
    await updateTracking(suite.server.s, SYSTEM_ACTOR, id, now.version + 1, {
      leadUnitId: suite.server.unitId("道里区"),
    });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("This item was changed by someone else; reload and try again").waitFor();
    await page.getByTestId("lang").click();

    const rep = await pageAs(v, "reporter");
    await rep.goto(`${suite.server.base}/commitments/${id}`);
    const forbidden = rep.getByTestId("forbidden");
    await forbidden.waitFor();
    assert.match(await forbidden.innerText(), /无权访问/);
    assert.equal(await forbidden.getByRole("button").count(), 0, "no retry on a 403");
    assert.equal(await rep.getByRole("button", { name: "重试" }).count(), 0);
    if (v.name === "phone") await assertNoHorizontalOverflow(rep, "403 page");
  });

  test(`${v.name}: history — goal edits by name, a merge linked both ways`, async () => {
    const keep = await anotherItem();
    const gone = await anotherItem();
    const db = suite.server.s.store.db;
    const goals = await db
      .selectFrom("goals")
      .select(["id", "name"])
      .where("plan_id", "=", suite.server.planId)
      .orderBy("position")
      .execute();
    const k = (await getCommitment(db, keep))!;
    await edit(suite.server.s, SYSTEM_ACTOR, keep, k.version, {
      goals: [{ goalId: Number(goals[0]!.id) }, { goalId: Number(goals[1]!.id) }],
    });
    const g = (await getCommitment(db, gone))!;
    await merge(suite.server.s, SYSTEM_ACTOR, gone, g.version, keep);

    const page = await pageAs(v, "supervisor");
    await page.goto(`${suite.server.base}/commitments/${keep}`);
    const edited = page.getByTestId("history").locator('li[data-field="goals"]');
    await edited.waitFor();
    assert.match(await edited.innerText(), new RegExp(`对应目标：.* → ${goals[0]!.name}、${goals[1]!.name}`));
    const from = page.getByTestId("merged-from");
    assert.match(await from.innerText(), new RegExp(`任务 #${gone}`));
    await from.getByRole("link", { name: `任务 #${gone}` }).click();
    const into = page.getByTestId("merged-into");
    await into.waitFor();
    assert.match(await into.innerText(), new RegExp(`本条已合并入 任务 #${keep}`));
    assert.match(await page.getByTestId("history").innerText(), new RegExp(`合并到：— → 任务 #${keep}`));
    await into.getByRole("link").click();
    await page.getByTestId("merged-from").waitFor();
    if (v.name === "phone") await assertNoHorizontalOverflow(page, "history");
  });
}

async function msId(commitmentId: number): Promise<number> {
  const m = await suite.server.s.store.db
    .selectFrom("milestones")
    .select("id")
    .where("commitment_id", "=", commitmentId)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  return Number(m.id);
}

test("no console errors beyond the refusals the tests provoke", () => {
  // the browser logs every 4xx answer; the ones provoked here are expected
  const unexpected = suite.errors.filter((e) => !/status of (400|403|409)/.test(e));
  assert.deepEqual(unexpected, []);
});
