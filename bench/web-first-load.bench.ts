// `npm run bench:web`: first load of two pages with the demo plan, in
// Debian's Chromium against a local server over a fresh database, on an
// emulated slow link (Chromium's devtools network emulation: 1.6 Mbps down,
// 750 kbps up, 150 ms round trip — a weak mobile connection, where what the
// pages weigh decides how long users wait):
//   - the overview, signed in as a supervisor (cookie set in the context),
//     until the matrix and the goal cards are on screen;
//   - the public portal, signed out, until its list of items is on screen.
// Each run is a new browser context (empty cache). "On screen" is the
// in-page time (from navigation start) of the first animation frame in which
// the page's elements exist, so the driver's round trips do not count.
// Also the bytes the page transferred, and when each resource finished.
// `BENCH_RUNS` (default 5) runs per page after one warm-up; `BENCH_LINK=none`
// for the unthrottled loopback. Prints figures; asserts nothing.
import type { Browser, BrowserContext } from "playwright-core";
import { ensureChromium, ensureWebBuilt, launchBrowser, startServer } from "../test/browser/harness.ts";
import { contextOptions, DESKTOP } from "../test/browser/viewports.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLED = process.env.BENCH_LINK !== "none";
const LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

interface Target {
  name: string;
  path: string;
  /** Every selector present = the page is on screen. */
  ready: string[];
  signedIn: boolean;
}
const TARGETS: Target[] = [
  {
    name: "overview (supervisor)",
    path: "/",
    ready: ['[data-testid="matrix"] [data-testid^="cell-"]', ".goal-card"],
    signedIn: true,
  },
  {
    name: "public portal (signed out)",
    path: "/public",
    ready: ['[data-testid="public-list"] li'],
    signedIn: false,
  },
];

interface Run {
  onScreen: number;
  dcl: number;
  bytes: number;
  resources: { name: string; end: number; bytes: number }[];
}

async function once(browser: Browser, base: string, cookie: string, t: Target): Promise<Run> {
  const context: BrowserContext = await browser.newContext(contextOptions(DESKTOP));
  try {
    if (t.signedIn)
      await context.addCookies([
        { name: "lantu_session", value: cookie, domain: new URL(base).hostname, path: "/" },
      ]);
    const page = await context.newPage();
    if (THROTTLED) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, ...LINK });
    }
    await page.goto(base + t.path, { waitUntil: "commit" });
    const onScreen = (await (
      await page.waitForFunction(
        (sel: string[]) => sel.every((s) => document.querySelector(s)) && window.performance.now(),
        t.ready,
        { polling: "raf", timeout: 120_000 },
      )
    ).jsonValue()) as number;
    return await page.evaluate((onScreen: number) => {
      const nav = window.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const res = (window.performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map(
        (r) => ({
          name: new URL(r.name).pathname,
          end: r.responseEnd,
          bytes: r.transferSize,
        }),
      );
      return {
        onScreen,
        dcl: nav.domContentLoadedEventEnd - nav.startTime,
        bytes: nav.transferSize + res.reduce((a, r) => a + r.bytes, 0),
        resources: res,
      };
    }, onScreen);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

ensureWebBuilt();
ensureChromium();
const server = await startServer();
const browser = await launchBrowser();
try {
  const login = await fetch(`${server.base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(server.users.supervisor),
  });
  const cookie = /lantu_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error("sign-in failed");
  const link = THROTTLED
    ? `emulated link ${(LINK.downloadThroughput * 8e-6).toFixed(1)} Mbps down / ${LINK.latency} ms`
    : "loopback, no throttling";
  console.log(`web first load, demo plan, ${RUNS} cold contexts per page, ${link}`);
  for (const t of TARGETS) {
    await once(browser, server.base, cookie, t); // warms the server's code paths
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, server.base, cookie, t));
    const on = runs.map((r) => r.onScreen);
    console.log(`\n${t.name} — ${t.path}`);
    console.log(
      `  on screen: median ${median(on).toFixed(0)} ms (min ${Math.min(...on).toFixed(0)}, max ${Math.max(...on).toFixed(0)})`,
    );
    console.log(`  DOMContentLoaded: median ${median(runs.map((r) => r.dcl)).toFixed(0)} ms`);
    console.log(`  transferred: ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} KB`);
    const by: Record<string, { end: number[]; bytes: number[] }> = {};
    for (const r of runs)
      for (const x of r.resources) {
        const key = x.name.replace(/\/\d+/g, "/:id").replace(/-[\w-]{8}\.(js|css)$/, ".$1");
        const e = (by[key] ??= { end: [], bytes: [] });
        e.end.push(x.end);
        e.bytes.push(x.bytes);
      }
    console.log("  resources (mean end after navigation start, transferred):");
    for (const [k, v] of Object.entries(by).sort((a, b) => mean(a[1].end) - mean(b[1].end)))
      console.log(
        `    ${mean(v.end).toFixed(0).padStart(6)} ms ${(mean(v.bytes) / 1024).toFixed(1).padStart(7)} KB  ${k}`,
      );
  }
} finally {
  await browser.close();
  await server.close();
}
