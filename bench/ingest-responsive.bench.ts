// How the server answers while a big document is ingested: uploads a
// document of N MB (default 20) made from the shipped documents to a fresh SQLite database, polls
// GET /api/health every 50 ms until the ingest job ends, and prints the
// latencies. `--in-process` reads and extracts on the main thread (the path
// every ingest took before the worker), for the before/after comparison.
//   npm run bench:ingest -- [MB] [--in-process] [--invented]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { extract } from "../src/engine/index.ts";
import { buildApp } from "../src/http/app.ts";
import { firstAdmin } from "../test/helpers/first-admin.ts";
import { makeServices } from "../src/services/context.ts";
import { openSqlite } from "../src/storage/dialects/index.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { Client } from "../test/helpers/client.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const mb = Number(process.argv.slice(2).find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 20);
const inProcess = process.argv.includes("--in-process");

// The document: the project's shipped documents (demo/ and the corpus copies
// in test/fixtures/) repeated until it weighs N MB, each copy numbered so that
// its sentences are not all the same text; `--invented` uses the earlier
// invented paragraphs instead (three commitments each, a denser load).
function shippedText(): string[] {
  const docs: string[] = [];
  for (const dir of ["demo", "test/fixtures/corpus"]) {
    for (const n of readdirSync(join(root, dir)).sort())
      if (n.endsWith(".txt")) docs.push(readFileSync(join(root, dir, n), "utf8"));
  }
  return docs;
}
const invented = (i: number) =>
  [
    `第${i}区委书记周远：`,
    `第${i}区将加快建设智慧园区服务平台，2026年底前建成投用。`,
    "我们将新建幼儿园3所，新增学位1200个。",
    "全区将在2027年6月底前完成城乡道路改造50公里。",
  ].join("\n");
const shipped = process.argv.includes("--invented") ? null : shippedText();
const parts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < mb * 1024 * 1024; i++) {
  const p = shipped ? `（第${i + 1}份）\n${shipped[i % shipped.length]!}` : invented(i);
  parts.push(p);
  bytes += Buffer.byteLength(p) + 1;
}
const text = parts.join("\n");

const dir = mkdtempSync(join(tmpdir(), "lantu-bench-"));
const store = openSqlite(join(dir, "lantu.db"));
await migrateToLatest(store);
const s = makeServices(store);
const app = await buildApp(s, inProcess ? { extractor: extract } : {});
await app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
try {
  const admin = new Client(base);
  await admin.login("admin", (await firstAdmin(s)).password);
  // Health checks from a worker thread: the server shares this process, so a
  // probe on the main thread would be blocked with it and time nothing. The
  // first 5 s, before the upload, time the idle server (this machine's noise).
  const probe = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     let on = true; let out = [];
     parentPort.on("message", (m) => { if (m === "mark") { parentPort.postMessage(out); out = []; } else on = false; });
     (async () => {
       while (on) { const t = performance.now(); await fetch(workerData + "/api/health").then((r) => r.text());
         out.push([performance.timeOrigin + t, performance.now() - t]); await new Promise((ok) => setTimeout(ok, 50)); }
       parentPort.postMessage(out); })();`,
    { eval: true, workerData: base },
  );
  const collect = (message: string) =>
    new Promise<[number, number][]>((ok) => {
      probe.once("message", ok);
      probe.postMessage(message);
    });
  const idleLoop = monitorEventLoopDelay({ resolution: 10 });
  idleLoop.enable();
  await new Promise((ok) => setTimeout(ok, 5000));
  const idleTimed = await collect("mark");
  idleLoop.disable();
  const idle = idleTimed.map(([, ms]) => ms);
  // The main thread's own delays (what the server's event loop suffered),
  // apart from how the machine scheduled the probe's thread.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const stageAt: [number, string][] = [];
  // The upload is sent from a thread of its own too: encoding a 20 MB
  // multipart body on this thread would stall the server's loop, a cost of
  // the client that a real browser does not put on the server.
  const t0 = performance.now();
  const uploader = new Worker(
    `const { parentPort, workerData: w } = require("node:worker_threads");
     const form = new FormData(); form.append("plan", "bench"); form.append("file", new Blob([w.text]), "bench.txt");
     fetch(w.base + "/api/documents/upload", { method: "POST", headers: { cookie: w.cookie, "x-csrf-token": w.csrf }, body: form })
       .then(async (r) => parentPort.postMessage({ status: r.status, body: await r.json() }));`,
    {
      eval: true,
      workerData: {
        base,
        text,
        csrf: admin.csrf,
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    },
  );
  const started = await new Promise<{ status: number; body: { id: string } }>((ok) =>
    uploader.once("message", ok),
  );
  await uploader.terminate();
  if (started.status !== 202) throw new Error(JSON.stringify(started.body));
  let state = "queued";
  let job: { state: string; result?: { counts?: unknown }; error?: unknown } = { state };
  const stages: string[] = [];
  while (state === "queued" || state === "running") {
    await new Promise((ok) => setTimeout(ok, 250));
    job = (await admin.call("GET", `/api/jobs/${started.body.id}`)).body;
    state = job.state;
    const stage = `${(job as { stage?: string }).stage} ${((performance.now() - t0) / 1000).toFixed(0)} s`;
    if (!stages.at(-1)?.startsWith(stage.split(" ")[0]!)) {
      stages.push(stage);
      stageAt.push([performance.timeOrigin + performance.now(), stage.split(" ")[0]!]);
    }
  }
  loop.disable();
  const timed = await collect("stop");
  const latencies = timed.map(([, ms]) => ms);
  const stageOf = (at: number) => stageAt.filter(([t]) => t <= at).at(-1)?.[1] ?? "queued";
  const worst = [...timed].sort((a, b) => b[1] - a[1]).slice(0, 5);
  await probe.terminate();
  const total = (performance.now() - t0) / 1000;
  const quantile = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(0);
  };
  const q = quantile(latencies);
  const qi = quantile(idle);
  const ms = (ns: number) => (ns / 1e6).toFixed(0);
  console.log(
    `idle server, ${idle.length} calls: /api/health p50 ${qi(0.5)} ms, p99 ${qi(0.99)} ms, max ${qi(1)} ms; ` +
      `event-loop delay p99 ${ms(idleLoop.percentile(99))} ms, max ${ms(idleLoop.max)} ms`,
  );
  console.log(
    `${(bytes / 1024 / 1024).toFixed(1)} MB ${inProcess ? "in-process" : "worker"}: job ${state} in ${total.toFixed(1)} s; ` +
      `/api/health over ${latencies.length} calls: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms, ` +
      `over 100 ms: ${latencies.filter((l) => l > 100).length}`,
  );
  console.log(
    `event-loop delay during the ingest: p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms`,
  );
  console.log(
    `slowest health calls: ${worst.map(([t, l]) => `${l.toFixed(0)} ms (${stageOf(t)})`).join(", ")}`,
  );
  console.log(
    `stages (from the start): ${stages.join(", ")}; result: ${JSON.stringify(job.result?.counts ?? job.error)}`,
  );
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
