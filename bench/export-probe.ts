// `node --import tsx bench/export-probe.ts` with LANTU_DB or DATABASE_URL set to a seeded
// fixture (lantu seed-synthetic): a unit's kept csv and xlsx export against a bare route
// answering the same number of bytes and the app's health route, each read one request at a
// time (SEQ rounds of N) and with autocannon (AC rounds of DUR s at C connections), in turn.
// Prints the client's p50/p90 (p50/p99 and req/s under autocannon), the server process's CPU
// per request (from /proc) and the server's own time per request (request to last byte handed
// to the socket). UNIT (default: 1), PLAN (default: 1), ONLY=name,… for some reads.
// LANTU_BENCH_EXPORT_MEMORY=0 keeps every export on disk (the way before kept files in memory).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { BENCH_PASSWORD, BENCH_USER } from "./scale/server.constants.ts";

const env = process.env;
const plan = Number(env.PLAN ?? 1);
const unit = Number(env.UNIT ?? 1);
const N = Number(env.N ?? 200);
const DUR = Number(env.DUR ?? 4);
const child = spawn(process.execPath, ["--import", "tsx", "bench/scale/server.ts"], {
  env: { ...env, LANTU_BENCH_TIMINGS: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
process.once("exit", () => child.kill("SIGTERM"));
const first = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once("line", r));
const ports = JSON.parse(first) as { app: number; bare: number };
/** CPU ms the server process has used (user + system, all threads). */
const cpu = () => {
  const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
const res = await fetch(`http://127.0.0.1:${ports.app}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
});
const cookie = res.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(port: number, path: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent, headers: { cookie } }, (r) => {
        let bytes = 0;
        r.on("data", (c: Buffer) => (bytes += c.length));
        r.on("end", () => resolve({ ms: performance.now() - t0, bytes }));
      })
      .on("error", reject);
  });
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const server = async () =>
  (await (await fetch(`http://127.0.0.1:${ports.bare}/timings`)).json()) as { p50?: number; p90?: number };
const xlsx = `/api/plans/${plan}/export?format=xlsx&unit=${unit}`;
const csv = `/api/plans/${plan}/export?format=csv&unit=${unit}`;
const sizes: Record<string, number> = {};
for (const p of [xlsx, csv]) {
  const c0 = cpu();
  sizes[p] = (await get(ports.app, p)).bytes;
  console.log(`first build ${p}: ${sizes[p]} B, server CPU ${(cpu() - c0).toFixed(0)} ms`);
}
const reads = (
  [
    ["bare (xlsx's size)", ports.bare, `/bare/${sizes[xlsx]}`],
    ["xlsx kept", ports.app, xlsx],
    ["bare (csv's size)", ports.bare, `/bare/${sizes[csv]}`],
    ["csv kept", ports.app, csv],
    ["health", ports.app, `/api/health`],
  ] as [string, number, string][]
).filter(([n]) => !env.ONLY || env.ONLY.split(",").includes(n));
const ms2 = (x: number | undefined) => (x ?? 0).toFixed(2);
for (let round = 0; round < Number(env.SEQ ?? 1); round++)
  for (const [name, port, path] of reads) {
    for (let i = 0; i < 20; i++) await get(port, path);
    await server();
    const ms: number[] = [];
    const c0 = cpu();
    for (let i = 0; i < N; i++) ms.push((await get(port, path)).ms);
    const c = (cpu() - c0) / N;
    const t = await server();
    console.log(
      `one at a time, ${name}: p50 ${ms2(q(ms, 0.5))} p90 ${ms2(q(ms, 0.9))} ms; CPU/request ${ms2(c)} ms; in the server p50 ${ms2(t.p50)} p90 ${ms2(t.p90)} ms`,
    );
  }
for (let round = 0; round < Number(env.AC ?? 1); round++)
  for (const [name, port, path] of reads) {
    const c0 = cpu();
    const r = await autocannon({
      url: `http://127.0.0.1:${port}${path}`,
      connections: Number(env.C ?? 10),
      duration: DUR,
      headers: { cookie },
    });
    const c = (cpu() - c0) / Math.max(1, r.requests.total);
    const t = await server();
    console.log(
      `autocannon ${env.C ?? 10}, ${name}: ${r.requests.average} req/s, p50 ${r.latency.p50} p99 ${r.latency.p99} ms; CPU/request ${ms2(c)} ms; in the server p50 ${ms2(t.p50)} p90 ${ms2(t.p90)} ms; non-2xx ${r.non2xx}`,
    );
  }
const done = new Promise((r) => child.once("exit", r));
child.kill("SIGTERM");
await done;
process.exit(0);
