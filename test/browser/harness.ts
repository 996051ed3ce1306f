// What the browser tests stand on: a built web app (built here when missing
// or older than its sources), Debian's Chromium (installed when missing), and
// a server on a free port over its own temporary SQLite database holding the
// demo plan — confirmed except one unit's items, so the review queue has work.
import { after, before } from "node:test";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { openSqlite } from "../../src/storage/dialects/index.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices, type Services } from "../../src/services/context.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { firstAdmin } from "../helpers/first-admin.ts";
import { readDocument } from "../../src/input/read-document.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirm } from "../../src/services/review.service.ts";
import { buildApp } from "../../src/http/app.ts";
import { DEMO_FILE } from "../../src/cli/commands/serve.ts";
import type { Actor } from "../../src/domain/types.ts";
import { loadDemoHistory } from "../../src/services/cycle/demo-history.ts";
import { DESKTOP, newContextAt, type Viewport } from "./viewports.ts";

const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results/screenshots");
/** The unit whose extracted items stay proposed, for the review queue. */
export const PROPOSED_UNIT = "双城区";
/** The reporter's unit. */
export const REPORTER_UNIT = "南岗区";

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Builds web/dist when it is missing or older than web/src, index.html, the config or its precompress step. */
export function ensureWebBuilt(): void {
  const web = join(ROOT, "web");
  const index = join(web, "dist/index.html");
  const sources = Math.max(
    newest(join(web, "src")),
    statSync(join(web, "index.html")).mtimeMs,
    statSync(join(web, "vite.config.ts")).mtimeMs,
    statSync(join(ROOT, "scripts/precompress.ts")).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "web", "--logLevel", "warn"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (r.status !== 0) throw new Error("vite build of web/ failed");
}

/** Debian's Chromium; installed with apt-get when missing (as root, like CI). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env,
  });
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing and could not be installed (apt-get install chromium)`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives each launch a fresh temporary --user-data-dir.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type Role = "admin" | "supervisor" | "reporter";

export interface Server {
  base: string;
  s: Services;
  planId: number;
  users: Record<Role, { username: string; password: string }>;
  unitId: (name: string) => number;
  close(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "lantu-browser-"));
  const store = openSqlite(join(dir, "lantu.db"));
  await migrateToLatest(store);
  const s = makeServices(store);
  const admin = await firstAdmin(s);
  const system: Actor = { id: null, name: "test-loader", role: "supervisor", unitId: null };
  const doc = await readDocument(join(ROOT, DEMO_FILE));
  const r = await ingest(
    s,
    { text: doc.text, source: DEMO_FILE, encoding: doc.encoding, format: doc.format, year: 2022 },
    system,
  );
  const units = await store.db.selectFrom("units").select(["id", "name"]).execute();
  const unitId = (name: string) => {
    const u = units.find((x) => x.name === name);
    if (!u) throw new Error(`no unit ${name} in the demo`);
    return Number(u.id);
  };
  const keep = unitId(PROPOSED_UNIT);
  const rows = await store.db
    .selectFrom("commitments")
    .select(["id", "version", "unit_id"])
    .where("document_id", "=", r.document.id)
    .execute();
  for (const c of rows) if (Number(c.unit_id) !== keep) await confirm(s, system, c.id, c.version);
  const users = {
    admin: { username: admin.username, password: admin.password },
    supervisor: { username: "dcs", password: "supervisor-pass" },
    reporter: { username: "ngq", password: "reporter-pass" },
  };
  await createUser(s, system, {
    username: "dcs",
    password: users.supervisor.password,
    role: "supervisor",
    unitId: null,
    displayName: "督查室 王科长",
  });
  await createUser(s, system, {
    username: "ngq",
    password: users.reporter.password,
    role: "reporter",
    unitId: unitId(REPORTER_UNIT),
    displayName: "南岗区 李联络员",
  });
  const app = await buildApp(s, { loginLimit: 100 });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    base,
    s,
    planId: r.plan.id,
    users,
    unitId,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

export async function signIn(
  page: Page,
  base: string,
  who: { username: string; password: string },
): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByLabel(/用户名|Username/).fill(who.username);
  await page.getByLabel(/密码|Password/).fill(who.password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A seed for browserSuite: the cycle's example history (inbox tasks, notices, a coloured heat map). */
export const demoHistory = (server: Server): Promise<unknown> =>
  loadDemoHistory(server.s, server.planId, {
    id: null,
    name: "示例督查员",
    role: "supervisor",
    unitId: null,
  });

export interface SuiteOptions {
  /** Data beyond the demo plan, loaded once the server is up and before the browser starts. */
  seed?: (server: Server) => Promise<unknown>;
}

export interface Suite {
  server: Server;
  browser: Browser;
  /** Console errors and uncaught exceptions of the pages opened by pageAs. */
  errors: string[];
  /** A page in a new context at a screen size (desktop unless given), signed in as a role, or signed out (null). */
  pageAs(role: Role | null, v?: Viewport): Promise<Page>;
}

/**
 * Registers a suite's before and after: the web build, Chromium, a demo
 * server (with the seed's data) and a browser. The returned object holds the
 * server and the browser once the suite has started. With `{ server: false }`
 * only Chromium is started, for suites that test the harness on pages of
 * their own. Node 20 runs a file's before hooks at once, not in turn: what
 * needs the server goes in `seed`, not in a before of the test file.
 */
export function browserSuite(opts: { server: false }): { browser: Browser };
export function browserSuite(opts?: SuiteOptions): Suite;
export function browserSuite(opts: SuiteOptions & { server?: false } = {}): Suite | { browser: Browser } {
  const suite: Suite = {
    errors: [],
    async pageAs(role, v = DESKTOP) {
      const page = await openPage(await newContextAt(suite.browser, v), suite.errors);
      if (role) await signIn(page, suite.server.base, suite.server.users[role]);
      return page;
    },
  } as Omit<Suite, "server" | "browser"> as Suite;
  before(async () => {
    if (opts.server !== false) ensureWebBuilt();
    ensureChromium();
    if (opts.server !== false) {
      suite.server = await startServer();
      await opts.seed?.(suite.server);
    }
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
