// Every page at both screen sizes (1440×900 and a 390×844 phone), signed in
// as each role whose pages differ and signed out: each must fit its width —
// no sideways scrolling, nothing sticking out (viewports.ts) — with its
// content loaded and the usual panels opened (the reporting form, the
// review queue's edit form). Each page also has its own <title>. On the phone
// the lists are cards, the review page stacks, and the heat map scrolls
// inside its own frame with the unit column fixed; phone screenshots go to
// test-results/screenshots/phone-*.png.
import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserSuite, demoHistory, REPORTER_UNIT, shot, type Role, type Server } from "./harness.ts";
import { measureHorizontalOverflow, viewports, type Viewport } from "./viewports.ts";

let itemId = 0;
let reporterItem = 0;

/** The cycle's example history (inbox tasks, notices and a coloured heat map to lay out), and two items to open. */
async function seed(server: Server) {
  await demoHistory(server);
  const db = server.s.store.db;
  const first = await db
    .selectFrom("commitments")
    .select("id")
    .where("review_state", "=", "confirmed")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  itemId = Number(first.id);
  const mine = await db
    .selectFrom("commitments")
    .select("id")
    .where("review_state", "=", "confirmed")
    .where("unit_id", "=", server.unitId(REPORTER_UNIT))
    .orderBy("id")
    .executeTakeFirstOrThrow();
  reporterItem = Number(mine.id);
}

const suite = browserSuite({ seed });

/** document.title of every page visited, by viewport. */
const titles = new Map<string, Map<string, string>>();

const pageAs = (v: Viewport, role: Role | null) => suite.pageAs(role, v);

/** What did not fit, page by page; each test ends by asserting it is empty, so one run lists every page's problems. */
let misfits: string[] = [];

async function checkFit(page: Page, label: string) {
  const o = await measureHorizontalOverflow(page);
  if (o.scrollWidth > o.clientWidth)
    misfits.push(`${label}: page scrolls sideways (${o.scrollWidth} > ${o.clientWidth})`);
  for (const x of o.offenders) misfits.push(`${label}: ${x}`);
}

beforeEach(() => {
  misfits = [];
});

function assertAllFit() {
  const found = misfits;
  misfits = [];
  assert.deepEqual(found, []);
}

/** Opens a path, waits for what shows it loaded, then checks the fit and saves a phone screenshot. */
async function visit(page: Page, v: Viewport, who: string, path: string, ready: string, name: string) {
  await page.goto(suite.server.base + path);
  await page.locator(ready).first().waitFor();
  await settle(page);
  await checkFit(page, `${who} ${path}`);
  const t = await page.title();
  (titles.get(v.name) ?? titles.set(v.name, new Map()).get(v.name)!).set(`${who} ${path}`, t);
  if (v.name === "phone") await shot(page, `phone-${name}`);
}

/** Loading indicators gone and fonts laid out: the page's final width. */
async function settle(page: Page) {
  await page.waitForFunction(() => !/正在加载|Loading…/.test(document.body.innerText));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const v of viewports) {
  describe(`at ${v.width}×${v.height} (${v.name})`, () => {
    test("signed out: sign-in, public portal, a public item, the 404 page", async () => {
      const page = await pageAs(v, null);
      await visit(page, v, "guest", "/signin", "form", "signin");
      await visit(page, v, "guest", "/public", '[data-testid="public-list"] li', "public");
      await visit(page, v, "guest", `/public/commitments/${itemId}`, "main h2", "public-item");
      await visit(page, v, "guest", "/no/such/page", '[data-testid="not-found"]', "not-found");
      assertAllFit();
    });

    test("admin: every staff page, user administration and the reporting form", async () => {
      const page = await pageAs(v, "admin");
      await visit(page, v, "admin", "/", '[data-testid="matrix"]', "overview");
      await visit(page, v, "admin", "/reader", '[data-testid="doc-text"]', "reader");
      await visit(page, v, "admin", "/commitments", '[data-testid="commitments"]', "commitments");
      await visit(page, v, "admin", `/commitments/${itemId}`, '[data-testid="evidence"]', "commitment");
      await visit(page, v, "admin", "/review", '[data-testid="review-item"]', "review");
      await page.keyboard.press("e");
      await page.locator('[data-testid="review-item"] form').first().waitFor();
      await checkFit(page, "admin /review, editing");
      if (v.name === "phone") await shot(page, "phone-review-edit");
      await visit(page, v, "admin", "/inbox", ".page.inbox h1", "inbox");
      await visit(page, v, "admin", "/supervision", '[data-testid="heatmap"]', "supervision");
      await visit(page, v, "admin", "/assessment", '[data-testid="assessment-table"]', "assessment");
      await visit(page, v, "admin", "/admin/users", '[data-testid="users"]', "users");
      assertAllFit();
    });

    test("supervisor: overview, review queue, documents, an item with the cycle panel", async () => {
      const page = await pageAs(v, "supervisor");
      await visit(page, v, "supervisor", "/", '[data-testid="matrix"]', "overview-supervisor");
      await visit(page, v, "supervisor", "/review", '[data-testid="review-item"]', "review-supervisor");
      await visit(page, v, "supervisor", "/documents", '[data-testid="drop-zone"]', "documents-supervisor");
      await visit(
        page,
        v,
        "supervisor",
        `/commitments/${reporterItem}`,
        '[data-testid="evidence"]',
        "commitment-supervisor",
      );
      assertAllFit();
    });

    test("reporter: own overview, list, item, reporting with a form open, inbox, a refused page", async () => {
      const page = await pageAs(v, "reporter");
      await visit(page, v, "reporter", "/", '[data-testid="matrix"]', "overview-reporter");
      await visit(page, v, "reporter", "/commitments", '[data-testid="commitments"]', "commitments-reporter");
      await visit(
        page,
        v,
        "reporter",
        `/commitments/${reporterItem}`,
        '[data-testid="evidence"]',
        "commitment-reporter",
      );
      const asked: string[] = [];
      const record = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
      page.on("request", record);
      await visit(page, v, "reporter", "/reporting", '[data-testid="owing"]', "reporting");
      page.off("request", record);
      // The list and every item's latest report come in one request, not one per item.
      assert.equal(asked.filter((p) => /\/api\/plans\/\d+\/reporting$/.test(p)).length, 1, asked.join());
      assert.deepEqual(
        asked.filter((p) => /\/progress$|\/commitments$/.test(p)),
        [],
      );
      await page.locator('[data-testid^="report-"] button').first().click();
      await page.getByRole("button", { name: "提交" }).click();
      await page.locator(".field-error").first().waitFor();
      await checkFit(page, "reporter /reporting, form with errors");
      if (v.name === "phone") await shot(page, "phone-reporting-form");
      await visit(page, v, "reporter", "/inbox", ".page.inbox h1", "inbox-reporter");
      await visit(page, v, "reporter", "/review", '[data-testid="forbidden"]', "forbidden");
      assertAllFit();
    });
  });
}

test("phone: the heat map scrolls in its own frame with the unit column fixed; lists are cards; the review page stacks", async () => {
  const phone = viewports.find((v) => v.name === "phone")!;
  const page = await pageAs(phone, "supervisor");
  await page.getByTestId("matrix").waitFor();
  const frame = page.locator('.scroll-frame:has([data-testid="matrix"])');
  const before = await frame.evaluate((f) => ({
    sw: f.scrollWidth,
    cw: f.clientWidth,
    w: window.innerWidth,
  }));
  assert.ok(before.sw > before.cw, `the matrix is wider than its frame (${before.sw} > ${before.cw})`);
  assert.ok(before.cw <= before.w, "the frame itself fits the screen");
  const unitCell = page.getByTestId("matrix").locator("tbody th").first();
  const left0 = (await unitCell.boundingBox())!.x;
  const firstCell = page.getByTestId("matrix").locator("tbody td").first();
  const cell0 = (await firstCell.boundingBox())!.x;
  await frame.evaluate((f) => f.scrollBy({ left: 200 }));
  await page.waitForFunction(() => document.querySelector(".scroll-frame")!.scrollLeft > 0);
  // Sticky at the frame's edge: it may move by the table's 3 px cell spacing, not by the 200 px scrolled.
  const left1 = (await unitCell.boundingBox())!.x;
  assert.ok(Math.abs(left1 - left0) <= 4, `the unit column stays put (${left0} → ${left1})`);
  assert.ok((await firstCell.boundingBox())!.x < cell0 - 100, "the goal columns move");
  await page.getByRole("heading", { name: "单位 × 目标 对应矩阵" }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -8));
  await shot(page, "phone-overview-scrolled");

  await page.goto(`${suite.server.base}/commitments`);
  const row = page.getByTestId("commitments").locator("tbody tr").first();
  await row.waitFor();
  assert.equal(await row.evaluate((r) => getComputedStyle(r).display), "flex");
  assert.equal(
    (await page.getByTestId("commitments").locator("thead").boundingBox())!.height <= 1,
    true,
    "headings hidden",
  );
  const rowBox = (await row.boundingBox())!;
  assert.ok(
    rowBox.width <= phone.width && rowBox.x >= 0,
    `a card fits the screen (${rowBox.x}+${rowBox.width})`,
  );
  // Each line of the card is labelled with its column's heading.
  const labels = await row.evaluate((r) =>
    Array.from((r as HTMLTableRowElement).cells).map((td) => getComputedStyle(td, "::before").content),
  );
  assert.ok(labels.includes('"牵头单位"') && labels.includes('"状态"'), labels.join());

  await page.goto(`${suite.server.base}/review`);
  await page.getByTestId("review-item").waitFor();
  const queue = (await page.locator(".review-page .queue").boundingBox())!;
  const item = (await page.getByTestId("review-item").boundingBox())!;
  assert.ok(item.y >= queue.y + queue.height, "the item comes below the queue");
  assert.ok(queue.height <= phone.height * 0.4, `the queue leaves room for the item (${queue.height}px)`);
});

test("every page has its own title", () => {
  for (const [size, byPage] of titles) {
    const seen = new Map<string, string>();
    for (const [pageName, title] of byPage) {
      // The same page for another role, or an item page, may share a title with its kind.
      const kind = pageName.replace(/^\w+ /, "").replace(/\d+/g, ":id");
      assert.ok(title && !title.startsWith("蓝图 · "), `${size} ${pageName}: generic title "${title}"`);
      const other = [...seen].find(([k, t]) => t === title && k !== kind);
      assert.ok(!other, `${size}: "${title}" is the title of both ${kind} and ${other?.[0]}`);
      seen.set(kind, title);
    }
    assert.ok(seen.size >= 13, `${size}: ${seen.size} distinct pages visited`);
  }
});

test("no console errors on any page", () => {
  assert.deepEqual(suite.errors, []);
});
