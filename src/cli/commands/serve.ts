// `lantu serve [--port N] [--demo] [--trust-proxy true|ADDRESSES]`: migrates the database, creates the first
// admin (printing its one-time password once), optionally loads the demo,
// and serves the API. `npm start` runs it with --demo.
import { resolve } from "node:path";
import { readDocument } from "../../input/read-document.ts";
import { ensureAdmin, ensureSystemUser } from "../../services/admin.service.ts";
import { today, type Services } from "../../services/context.ts";
import { ingest } from "../../services/ingest.service.ts";
import { confirmDocument } from "../../services/review.service.ts";
import { sweepOverdue } from "../../services/status.service.ts";
import { buildApp } from "../../http/app.ts";
import { SYSTEM_ACTOR, type Actor } from "../../domain/types.ts";
import { loadDemoHistory } from "../../services/cycle/demo-history.ts";
import { startScheduler } from "../../services/cycle/run-cycle.ts";
import { drainJobs } from "../../services/ingest-jobs.service.ts";
import { transportFromEnv } from "../../services/cycle/mail-transport.ts";
import { intFlag, parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export const DEMO_FILE = "demo/harbin-2022-districts.txt";
export const DEMO_LOADER = "demo-loader";

/** The reviewer the demo's items are confirmed by: a user who cannot sign in. */
async function demoLoader(s: Services): Promise<Actor> {
  const u = await ensureSystemUser(s, SYSTEM_ACTOR, {
    username: DEMO_LOADER,
    displayName: "演示数据加载 (demo loader)",
    role: "supervisor",
  });
  return { id: u.id, name: DEMO_LOADER, role: "supervisor", unitId: null };
}

export async function loadDemo(s: Services, file = DEMO_FILE): Promise<string> {
  const doc = await readDocument(resolve(file));
  const actor = await demoLoader(s);
  const r = await ingest(
    s,
    { text: doc.text, source: file, encoding: doc.encoding, format: doc.format, year: 2022 },
    actor,
  );
  if (!r.created) return `demo already loaded (document ${r.document.id}, plan ${r.plan.id})`;
  const n = await confirmDocument(s, actor, r.document.id);
  const h = await loadDemoHistory(s, r.plan.id, { ...actor, name: "示例督查员" });
  return (
    `demo loaded: plan ${r.plan.id} "${r.plan.name}", ${n} items confirmed by ${DEMO_LOADER}, ${r.counts.targets} targets; ` +
    `示例数据 (simulated 2026Q2–Q3): ${h.reports} reports (${h.late} late), ${h.accepted} closed, ${h.returns} returned, ` +
    `${h.extensions} extension requests, ${h.notices} notices (${h.answered} answered)`
  );
}

export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parse(args, {
    port: { type: "string" },
    host: { type: "string" },
    demo: { type: "boolean" },
    "trust-proxy": { type: "string" },
  });
  const port = intFlag(values.port, "port") ?? Number(process.env.PORT || 8080);
  const host = values.host ?? process.env.HOST ?? "127.0.0.1";
  const s = await openServices({ server: true });
  say(`database: ${s.store.dialect} ${s.store.location}`);
  const admin = await ensureAdmin(s);
  if (admin)
    say(
      `first start: created user "${admin.username}" with one-time password ${admin.password}  (shown only now)`,
    );
  if (values.demo) say(await loadDemo(s));
  await sweepOverdue(s.store.db, today(s));
  const timer = setInterval(() => void sweepOverdue(s.store.db, today(s)).catch(() => undefined), 3600_000);
  timer.unref();
  // the supervision cycle: warnings, reminders and mail, now and every
  // LANTU_CYCLE_MINUTES (default 15)
  const transport = transportFromEnv();
  say(`reminders: ${transport.kind === "smtp" ? "SMTP" : "files in"} ${transport.where}`);
  const stopCycle = startScheduler(s, transport, Number(process.env.LANTU_CYCLE_MINUTES || 15) * 60_000, say);
  const app = await buildApp(s, {
    logger: false,
    trustProxy: trustProxyOf(values["trust-proxy"] ?? process.env.LANTU_TRUST_PROXY),
    csrfKey: process.env.LANTU_CSRF_KEY || undefined,
  });
  await app.listen({ port, host });
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  say(`Lantu is serving at http://localhost:${bound}  (API reference: http://localhost:${bound}/api/docs)`);
  // SIGTERM (or Ctrl-C) drains: no new connections; requests under way
  // answer; uploads already accepted are stored; the cycle's run ends; then
  // the database is closed (SQLite checkpoints its log) and the process exits 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing the requests under way, then stopping`);
    try {
      clearInterval(timer);
      await app.close();
      await drainJobs(s);
      await stopCycle();
      transport.close();
      await s.store.close();
      // Exit once the last line has reached a piped stdout.
      process.stdout.write("stopped: database closed\n", () => process.exit(0));
    } catch (err) {
      process.stderr.write(
        `lantu serve: stopping failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  await new Promise(() => undefined);
}

/** --trust-proxy / LANTU_TRUST_PROXY: "true", or the proxy's addresses ("127.0.0.1,10.0.0.0/8"); unset trusts none. */
export function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === "" || value === "false") return false;
  return value === "true" ? true : value;
}
