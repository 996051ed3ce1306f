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
  const s = await openServices();
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
  say(`Lantu is serving at http://localhost:${port}  (API reference: http://localhost:${port}/api/docs)`);
  const stop = async () => {
    clearInterval(timer);
    stopCycle();
    transport.close();
    await app.close();
    await s.store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await new Promise(() => undefined);
}

/** --trust-proxy / LANTU_TRUST_PROXY: "true", or the proxy's addresses ("127.0.0.1,10.0.0.0/8"); unset trusts none. */
export function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === "" || value === "false") return false;
  return value === "true" ? true : value;
}
