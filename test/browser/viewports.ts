// The two screen sizes every browser test runs at, and the check that a page
// fits the width it is given. A phone user cannot see what sticks out to the
// right, so a page that scrolls sideways, or any element that pokes past the
// right edge without sitting inside a frame that scrolls or clips it, fails
// the test; so does a frame that scrolls sideways unless it is marked as meant
// to (data-scroll-x, as the heat map's frame is).
import assert from "node:assert/strict";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

export interface Viewport {
  /** Used in test names and screenshot file names. */
  name: "desktop" | "phone";
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { name: "desktop", width: 1440, height: 900 };
/** An iPhone 12–15 sized screen, in CSS pixels. */
export const PHONE: Viewport = { name: "phone", width: 390, height: 844 };
export const viewports: readonly Viewport[] = [DESKTOP, PHONE];

/** Context options for a viewport: the phone is emulated as a touch device that honours <meta viewport>. */
export function contextOptions(v: Viewport, extra: BrowserContextOptions = {}): BrowserContextOptions {
  const phone = v.name === "phone";
  return {
    viewport: { width: v.width, height: v.height },
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: phone ? 2 : 1,
    locale: "zh-CN",
    ...extra,
  };
}

export function newContextAt(
  browser: Browser,
  v: Viewport,
  extra?: BrowserContextOptions,
): Promise<BrowserContext> {
  return browser.newContext(contextOptions(v, extra));
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Outermost elements whose right edge passes the viewport's, e.g. `table.list[data-testid=commitments] → right edge 1203px`, and unmarked frames that scroll sideways. */
  offenders: string[];
}

// Written as source text: tsx compiles this file with esbuild's keepNames,
// whose __name() wrapper does not exist inside the page.
const MEASURE = `(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const clipsX = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
  // Inside a frame that clips or scrolls sideways an element may be wider
  // than the screen: the frame is what has to fit, and it is checked itself.
  // html and body do not count: clipping there only hides the problem.
  const framed = (el) => {
    for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement)
      if (clipsX(a)) return true;
    return false;
  };
  const right = (el) => el.getBoundingClientRect().right + window.scrollX;
  const describe = (el) => {
    const id = el.id ? "#" + el.id : "";
    const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "";
    const tid = el.getAttribute("data-testid");
    const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 30);
    return el.tagName.toLowerCase() + id + cls + (tid ? "[data-testid=" + tid + "]" : "") +
      " → right edge " + Math.round(right(el)) + "px" + (text ? ' ("' + text + '")' : "");
  };
  const sticking = new Set();
  const scrolling = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (getComputedStyle(el).visibility === "hidden") continue;
    // Wholly off to the left is the usual way of hiding a skip link until focused.
    if (r.right <= 0) continue;
    if (right(el) > width + 1 && !framed(el)) sticking.add(el);
  }
  // A frame that scrolls sideways hides its right part behind a gesture few
  // find on a phone: allowed only where meant (data-scroll-x, e.g. the heat
  // map, whose unit column stays fixed). Form controls scroll their own text.
  for (const el of document.body.querySelectorAll("*")) {
    if (el.matches("input, textarea, select, [data-scroll-x]") || !clipsX(el)) continue;
    const o = getComputedStyle(el).overflowX;
    if ((o === "auto" || o === "scroll") && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      scrolling.push(describe(el) + ", scrolls sideways inside: " + el.scrollWidth + "px in " + el.clientWidth + "px");
  }
  // Only the outermost: when a table is too wide its cells are too.
  const offenders = [...sticking].filter((el) => !sticking.has(el.parentElement)).map(describe).concat(scrolling);
  return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
})()`;

/** Measures what sticks out to the right of the page (see assertNoHorizontalOverflow). */
export function measureHorizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(MEASURE) as Promise<Overflow>;
}

/** Fails when the page scrolls sideways or any element sticks out past the right edge. */
export async function assertNoHorizontalOverflow(page: Page, label = page.url()): Promise<void> {
  const o = await measureHorizontalOverflow(page);
  const where = `${label} at ${page.viewportSize()?.width ?? "?"}px`;
  assert.ok(
    o.offenders.length === 0,
    `${where}: elements stick out past the right edge (${o.clientWidth}px) or scroll sideways:\n  ${o.offenders.slice(0, 12).join("\n  ")}`,
  );
  assert.ok(
    o.scrollWidth <= o.clientWidth,
    `${where}: the page scrolls sideways (scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth})`,
  );
}
