// The overflow check itself, on pages written here: it must catch a page
// that scrolls sideways and an element poking out of an overflow-hidden body,
// and a frame that scrolls sideways unasked, and must let a wide table inside
// a frame meant to scroll, clipped text and an off-screen skip link pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserSuite } from "./harness.ts";
import { assertNoHorizontalOverflow, measureHorizontalOverflow, newContextAt, PHONE } from "./viewports.ts";

const suite = browserSuite({ server: false });
let phone: Page | undefined;
/** One phone-sized page for every check, opened by the first (node 20 runs a file's before hooks at once, so not in one). */
const phonePage = async () => (phone ??= await (await newContextAt(suite.browser, PHONE)).newPage());

const html = (body: string, style = "") =>
  `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0}${style}</style></head><body>${body}</body></html>`;

test("a table wider than the phone makes the page scroll sideways and is named", async () => {
  const page = await phonePage();
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
  const page = await phonePage();
  await page.setContent(html(`<p style="margin-left:300px;width:200px">长句</p>`, "body{overflow-x:hidden}"));
  await assert.rejects(assertNoHorizontalOverflow(page, "clipped body"), /p → right edge 500px/);
});

test("a wide table in a frame meant to scroll, clipped text, and an off-screen skip link, pass", async () => {
  const page = await phonePage();
  await page.setContent(
    html(
      `<a class="skip" href="#m" style="position:absolute;left:-999px">跳到正文</a>
       <div style="overflow-x:auto" data-scroll-x><table style="width:900px"><tr><td>甲</td></tr></table></div>
       <p style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${"很长的一句话".repeat(30)}</p>
       <input value="${"很长的输入".repeat(30)}">`,
    ),
  );
  await assertNoHorizontalOverflow(page, "framed");
});

test("a frame that scrolls sideways without being meant to fails", async () => {
  const page = await phonePage();
  await page.setContent(
    html(
      `<div class="table-wrap" style="overflow-x:auto"><table style="width:900px"><tr><td>甲</td></tr></table></div>`,
    ),
  );
  await assert.rejects(
    assertNoHorizontalOverflow(page, "unmarked frame"),
    /div\.table-wrap → right edge 390px \("甲"\), scrolls sideways inside: 900px in 390px/,
  );
});
