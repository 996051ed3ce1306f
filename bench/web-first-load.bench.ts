/// <reference lib="dom" />
// `npm run bench:web`: first load of the overview with the demo plan, in
// Debian's Chromium against a local server over a fresh database. Each run
// is a new browser context (empty cache, signed in by cookie): from
// navigation start to the matrix and the goal cards on screen, plus the
// browser's own navigation timings. The target is judged on the in-page mark
// (navigation start to the overview's first render with data); "visible" adds
// the driver's own round trips. Prints figures; asserts nothing.
import { performance as clock } from "node:perf_hooks";
import { ensureChromium, ensureWebBuilt, launchBrowser, startServer } from "../test/browser/harness.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

ensureWebBuilt();
ensureChromium();
const server = await startServer();
const browser = await launchBrowser();
try {
  // One sign-in; each run reuses the session cookie in a cold context.
  const login = await fetch(`${server.base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(server.users.supervisor),
  });
  const cookie = /lantu_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error("sign-in failed");
  const { hostname, port } = new URL(server.base);
  const times: number[] = [];
  const dcl: number[] = [];
  const phases: Record<string, number[]> = {};
  const marks: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: "lantu_session", value: cookie, domain: hostname, path: "/" }]);
    const page = await context.newPage();
    const t0 = clock.now();
    await page.goto(`${server.base}/`, { waitUntil: "commit" });
    await page.locator('[data-testid="matrix"] [data-testid^="cell-"]').first().waitFor();
    await page.locator(".goal-card").first().waitFor();
    const total = clock.now() - t0;
    const nav = await page.evaluate(() => {
      const n = window.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return n.domContentLoadedEventEnd - n.startTime;
    });
    marks.push(
      await page.evaluate(() => window.performance.getEntriesByName("lantu:overview")[0]?.startTime ?? NaN),
    );
    const res = await page.evaluate(() =>
      (window.performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
        name: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
      })),
    );
    for (const r of i > 0 ? res : []) {
      const key = r.name.replace(/\/\d+/g, "/:id").replace(/-[\w-]{8}\.(js|css)$/, ".$1");
      (phases[key] ??= []).push(r.end);
    }
    await context.close();
    if (i === 0) continue; // the first run warms the server's code paths
    times.push(total);
    dcl.push(nav);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`web first load of the overview (demo plan, ${RUNS} cold contexts, ${port})`);
  console.log(
    `  overview visible: median ${median.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
  );
  const sortedMarks = [...marks].sort((a, b) => a - b);
  console.log(
    `  overview rendered with data (in-page mark): median ${sortedMarks[Math.floor(sortedMarks.length / 2)]!.toFixed(0)} ms`,
  );
  console.log(`  DOMContentLoaded: mean ${mean(dcl).toFixed(0)} ms`);
  console.log("  resources, mean end after navigation start:");
  for (const [k, v] of Object.entries(phases).sort((a, b) => mean(a[1]) - mean(b[1])))
    console.log(`    ${mean(v).toFixed(0).padStart(6)} ms  ${k}`);
  const markMedian = sortedMarks[Math.floor(sortedMarks.length / 2)]!;
  console.log(
    `  target: overview rendered with data under 1000 ms → ${markMedian < 1000 ? "met" : "NOT met"} (${markMedian.toFixed(0)} ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}
