// The overflow check itself, on pages written here: it must catch a page
// that scrolls sideways and an element poking out of an overflow-hidden body,
// and must let a wide table inside its own scrolling frame and an off-screen
// skip link pass.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { ensureChromium, launchBrowser } from "./harness.ts";
import { assertNoHorizontalOverflow, measureHorizontalOverflow, newContextAt, PHONE } from "./viewports.ts";

let browser: Browser;
let page: Page;

before(async () => {
  ensureChromium();
  browser = await launchBrowser();
  page = await (await newContextAt(browser, PHONE)).newPage();
});
after(async () => {
  await browser?.close();
});

const html = (body: string, style = "") =>
  `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0}${style}</style></head><body>${body}</body></html>`;

test("a table wider than the phone makes the page scroll sideways and is named", async () => {
  await page.setContent(
    html(`<main><table data-testid="wide" style="width:900px"><tr><td>甲</td></tr></table></main>`),
  );
  const o = await measureHorizontalOverflow(page);
  assert.equal(o.clientWidth, 390);
  assert.ok(o.scrollWidth > 390);
  assert.equal(o.offenders.length, 1, o.offenders.join("\n"));
  assert.match(o.offenders[0]!, /^table\[data-testid=wide\] → right edge 900px/);
  await assert.rejects(assertNoHorizontalOverflow(page, "wide"), /stick out past the right edge/);
});

test("an element hidden by overflow-x:hidden on body still fails", async () => {
  await page.setContent(html(`<p style="margin-left:300px;width:200px">长句</p>`, "body{overflow-x:hidden}"));
  await assert.rejects(assertNoHorizontalOverflow(page, "clipped body"), /p → right edge 500px/);
});

test("a wide table in its own scrolling frame, and an off-screen skip link, pass", async () => {
  await page.setContent(
    html(
      `<a class="skip" href="#m" style="position:absolute;left:-999px">跳到正文</a>
       <div style="overflow-x:auto"><table style="width:900px"><tr><td>甲</td></tr></table></div>`,
    ),
  );
  await assertNoHorizontalOverflow(page, "framed");
});
