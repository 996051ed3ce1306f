// The scale benchmark's server process: the real app on the configured
// database (DATABASE_URL or LANTU_DB) beside a bare Fastify app that answers
// a constant body of any size, both in this one process so that they share
// the same CPU and event loop as the app would. Prints the ports as one JSON
// line. The bare app also reports this process's memory and, when asked,
// the SQL the app ran (for EXPLAIN).
import type { Server } from "node:http";
import Fastify from "fastify";
import { buildApp } from "../../src/http/app.ts";
import { ExportFiles } from "../../src/http/export-files.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { makeServices } from "../../src/services/context.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { openFromEnv } from "../../src/storage/dialects/index.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { findUserByName } from "../../src/storage/user.repo.ts";
import { BENCH_PASSWORD, BENCH_USER } from "./server.constants.ts";

const started = performance.now();
let capturing = false;
let captured: { sql: string; parameters: readonly unknown[]; ms: number }[] = [];
const store = openFromEnv(process.env, (sql, parameters, ms) => {
  if (capturing) captured.push({ sql, parameters, ms });
});
await migrateToLatest(store);
// LANTU_BENCH_COLD: every request a first read; and so is the request whose
// SQL is captured. The mark still costs what it costs, but never repeats, so
// no answer or session is served from memory and the figures are those of the
// queries (what the first read after any write pays).
const cold = Boolean(process.env.LANTU_BENCH_COLD);
const mark = store.changeMark.bind(store);
const bothMarks = store.changeMarks.bind(store);
let marks = 0;
store.changeMark = async () => (cold || capturing ? `${await mark()}:${++marks}` : mark());
// A signed-in request reads both marks at once (http/app.ts): never repeated either.
store.changeMarks = async () => {
  const m = await bothMarks();
  return cold || capturing ? { data: `${m.data}:${++marks}`, sessions: `${m.sessions}:${marks}` } : m;
};
const s = makeServices(store);
if (!(await findUserByName(store.db, BENCH_USER))) {
  await createUser(s, SYSTEM_ACTOR, { username: BENCH_USER, password: BENCH_PASSWORD, role: "supervisor" });
}
// LANTU_BENCH_EXPORT_MEMORY=0: every kept export on disk (export-files.ts), to compare.
const memoryFile = process.env.LANTU_BENCH_EXPORT_MEMORY;
const exportFiles = new ExportFiles(
  undefined,
  undefined,
  undefined,
  memoryFile ? Number(memoryFile) : undefined,
);
const app = await buildApp(s, { loginLimit: 1000, exportFiles });
await app.listen({ port: 0, host: "127.0.0.1" });
// Requests the app is still working on: the benchmark waits for zero between runs.
let inFlight = 0;
// LANTU_BENCH_TIMINGS: each request's time in the server is kept for /timings.
const timed = Boolean(process.env.LANTU_BENCH_TIMINGS);
const timings: number[] = [];
app.server.on("request", (_req, res) => {
  inFlight++;
  const t0 = performance.now();
  if (timed) res.once("finish", () => timings.push(performance.now() - t0));
  res.once("close", () => inFlight--);
});

const bare = Fastify({ logger: false });
const bodies = new Map<number, string>();
// The same JSON content type and a body of exactly the asked size: what the
// app's route would cost if fetching its data were free.
bare.get("/bare/:bytes", async (req, reply) => {
  const n = Number((req.params as { bytes: string }).bytes);
  let body = bodies.get(n);
  if (body === undefined) {
    body = JSON.stringify({ pad: "x".repeat(Math.max(0, n - 10)) });
    bodies.set(n, body);
  }
  return reply.type("application/json; charset=utf-8").send(body);
});
bare.get("/rss", async () => ({
  rss: process.memoryUsage().rss,
  heap: process.memoryUsage().heapUsed,
  inFlight,
  // CPU ms this process has used (user + system), for CPU per request.
  cpu: ((u) => (u.user + u.system) / 1000)(process.cpuUsage()),
}));
// The app's requests since the last call: time from the request to its last byte handed to the socket.
bare.get("/timings", async () => {
  const t = timings.splice(0).sort((a, b) => a - b);
  const q = (p: number) => t[Math.floor((t.length - 1) * p)];
  return { n: t.length, p50: q(0.5), p90: q(0.9), p99: q(0.99) };
});
bare.post("/capture/start", async () => {
  captured = [];
  capturing = true;
  return { ok: true };
});
bare.post("/capture/stop", async () => {
  capturing = false;
  return { queries: captured };
});
await bare.listen({ port: 0, host: "127.0.0.1" });

const port = (a: { server: Server }) => {
  const addr = a.server.address();
  return typeof addr === "object" && addr ? addr.port : 0;
};
process.stdout.write(
  JSON.stringify({ app: port(app), bare: port(bare), readyMs: performance.now() - started }) + "\n",
);
const stop = async () => {
  await app.close();
  await bare.close();
  await store.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
