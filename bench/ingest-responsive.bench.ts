// How the server answers while a big document is ingested: uploads an
// invented document of N MB (default 20) to a fresh SQLite database, polls
// GET /api/health every 50 ms until the ingest job ends, and prints the
// latencies. `--in-process` reads and extracts on the main thread (the path
// every ingest took before the worker), for the before/after comparison.
//   npm run bench:ingest -- [MB] [--in-process]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { extract } from "../src/engine/index.ts";
import { buildApp } from "../src/http/app.ts";
import { firstAdmin } from "../test/helpers/first-admin.ts";
import { makeServices } from "../src/services/context.ts";
import { openSqlite } from "../src/storage/dialects/index.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { Client } from "../test/helpers/client.ts";

const mb = Number(process.argv.slice(2).find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 20);
const inProcess = process.argv.includes("--in-process");

const paragraph = (i: number) =>
  [
    `第${i}区委书记周远：`,
    `第${i}区将加快建设智慧园区服务平台，2026年底前建成投用。`,
    "我们将新建幼儿园3所，新增学位1200个。",
    "全区将在2027年6月底前完成城乡道路改造50公里。",
  ].join("\n");
const parts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < mb * 1024 * 1024; i++) {
  const p = paragraph(i);
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
  const form = new FormData();
  form.append("plan", "bench");
  form.append("file", new Blob([text]), "bench.txt");
  const t0 = performance.now();
  const started = await admin.call("POST", "/api/documents/upload", form);
  if (started.status !== 202) throw new Error(JSON.stringify(started.body));
  // Health checks from a worker thread: the server shares this process, so a
  // probe on the main thread would be blocked with it and time nothing.
  const probe = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     let on = true; parentPort.on("message", () => (on = false));
     (async () => { const out = [];
       while (on) { const t = performance.now(); await fetch(workerData + "/api/health").then((r) => r.text());
         out.push(performance.now() - t); await new Promise((ok) => setTimeout(ok, 50)); }
       parentPort.postMessage(out); })();`,
    { eval: true, workerData: base },
  );
  let state = "queued";
  while (state === "queued" || state === "running") {
    await new Promise((ok) => setTimeout(ok, 250));
    state = (await admin.call("GET", `/api/jobs/${started.body.id}`)).body.state;
  }
  const latencies = await new Promise<number[]>((ok) => {
    probe.once("message", ok);
    probe.postMessage("stop");
  });
  await probe.terminate();
  const total = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
  console.log(
    `${(bytes / 1024 / 1024).toFixed(1)} MB ${inProcess ? "in-process" : "worker"}: job ${state} in ${total.toFixed(1)} s; ` +
      `/api/health over ${latencies.length} calls: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms, ` +
      `over 100 ms: ${latencies.filter((l) => l > 100).length}`,
  );
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
