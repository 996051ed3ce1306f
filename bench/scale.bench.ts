// `npm run bench:scale [-- --quick] [--db sqlite,postgres] [--commitments N]
// [--reports M] [--duration S] [--rounds R] [--connections 10,50]`
//
// The province-scale benchmark (issue 14). Seeds a synthetic province once
// per size (reused on later runs), starts the app and a bare Fastify route
// in one server process, then for each dashboard read runs autocannon
// against the bare route (a constant body of the read's size) and the read,
// interleaved, at each connection count. Prints and writes to
// docs/benchmarks.md: req/s, p50, p99, the ratio to the bare route, the
// spread, the EXPLAIN of every query a read runs, writes per second with 20
// writers, ingest in commitments per second, memory and cold start.
// `--sizes 10000,100000,1000000`: a server per size's fixture, each read alone
// at every size in turn (5 s, 10 connections, 1 round unless given), one table
// of p50/p99, req/s and CPU per request per size and the growth from the
// smallest to the largest; reads whose CPU grows with the data where their
// answer does not are marked (PGBENCH_DB=X: databases X_<n>); then the
// EXPLAIN of every statement of each read, its time alone at each size and
// its plan at the largest. `--cold`: every request a first read (no answer or
// session kept: what the queries cost).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { CompiledQuery } from "kysely";
import { openPostgres, openSqlite, type Store } from "../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../src/storage/dialects/postgres.ts";
import { databaseBytes } from "../src/storage/dialects/size.ts";
import { encodeCursor } from "../src/storage/util.ts";
import { BENCH_PASSWORD, BENCH_USER } from "./scale/server.constants.ts";
import { measureIngest } from "./scale/ingest.ts";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean" },
    db: { type: "string" },
    commitments: { type: "string" },
    reports: { type: "string" },
    duration: { type: "string" },
    rounds: { type: "string" },
    connections: { type: "string" },
    only: { type: "string" },
    "no-write": { type: "boolean" },
    label: { type: "string" },
    sizes: { type: "string" },
    cold: { type: "boolean" },
  },
});
const quick = flags.quick ?? false;
// --sizes 10000,100000,…: how each read's latency grows with the data (short runs, 10 connections).
const SIZES = flags.sizes?.split(",").map(Number);
const short = quick || SIZES !== undefined;
const N = Number(flags.commitments ?? (quick ? 100_000 : 1_000_000));
const M = Number(flags.reports ?? N * 3);
const DURATION = Number(flags.duration ?? (short ? 5 : 15));
const ROUNDS = Number(flags.rounds ?? (short ? 1 : 2));
const CONNECTIONS = (flags.connections ?? (SIZES ? "10" : "10,50")).split(",").map(Number);
const DIALECTS = (flags.db ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const PG_URL = process.env.PGBENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATA = "bench/.data";
const OUT = "docs/benchmarks.md";

interface Endpoint {
  name: string;
  path: string;
}
interface Run {
  rps: number;
  rpsStddev: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  sent: number;
}
interface Row {
  endpoint: string;
  bytes: number;
  connections: number;
  app: Run[];
  bare: Run[];
}

const say = (line: string) => process.stdout.write(line + "\n");

async function main() {
  mkdirSync(DATA, { recursive: true });
  const sections: string[] = [];
  for (const dialect of DIALECTS)
    sections.push(SIZES ? await growthDialect(dialect, SIZES) : await benchDialect(dialect));
  writeResults(sections);
}

/** The fixture: a SQLite file or a PostgreSQL database per size, seeded once with the CLI. */
async function fixture(dialect: "sqlite" | "postgres", n: number, m: number) {
  const tag = `${n}-${m}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  let store: Store;
  if (dialect === "sqlite") {
    const file = `${DATA}/scale-${tag}.db`;
    env.LANTU_DB = file;
    delete env.DATABASE_URL;
    const fresh = !existsSync(`${file}.seeded`);
    if (fresh) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    store = openSqlite(file);
    return { env, store, fresh, marker: () => writeFileSync(`${file}.seeded`, "") };
  }
  // PGBENCH_DB: a database of one's own (two benchmarks at once must not share a fixture);
  // with --sizes, one per size: PGBENCH_DB_<n>.
  const own = process.env.PGBENCH_DB;
  const name = own ? (SIZES ? `${own}_${n}` : own) : `lantu_bench_${tag.replace("-", "_")}`;
  const url = withDatabase(PG_URL, name);
  env.DATABASE_URL = url;
  let fresh: boolean;
  try {
    const probe = openPostgres(url);
    const r = await probe.db
      .selectFrom("plans")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst()
      .catch(() => undefined);
    await probe.close();
    fresh = !r || Number(r.n) === 0;
  } catch {
    fresh = true;
  }
  if (fresh) {
    await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(PG_URL, `CREATE DATABASE ${name}`);
  }
  store = openPostgres(url);
  return { env, store, fresh, marker: () => undefined };
}

/** The fixture of a size, seeded now with `lantu seed-synthetic` unless an earlier run did. */
async function seeded(dialect: "sqlite" | "postgres", n: number, m: number) {
  const f = await fixture(dialect, n, m);
  let seedLine = "fixture reused (seeded by an earlier run)";
  if (f.fresh) {
    await f.store.close();
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "seed-synthetic",
        "--commitments",
        String(n),
        "--reports",
        String(m),
      ],
      { env: f.env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`seed-synthetic failed: ${r.stdout}`);
    seedLine =
      r.stdout.trim().split("\n").join("; ") + ` (wall ${((performance.now() - t0) / 1000).toFixed(0)} s)`;
    say(seedLine);
    f.marker();
    f.store = dialect === "sqlite" ? openSqlite(f.env.LANTU_DB!) : openPostgres(f.env.DATABASE_URL!);
  }
  return { env: f.env, store: f.store, seedLine, size: await databaseBytes(f.store) };
}

async function benchDialect(dialect: "sqlite" | "postgres"): Promise<string> {
  say(`\n== ${dialect}: ${N} commitments, ${M} progress reports ==`);
  const f = await seeded(dialect, N, M);
  const { store, seedLine, size } = f;

  // The benchmark's own choice of what to read is made before the clock starts:
  // cold start is the server's (its process, sign-in and first overview), not
  // this process's queries (a min/max over the largest plan's ids took 0.6 s of
  // PostgreSQL at 100,000 commitments and grows with the plan).
  const targets = await pickTargets(store);
  const t0 = performance.now();
  const server = await startServer(f.env);
  const listening = performance.now();
  const cookie = await signIn(server.app);
  const signedIn = performance.now();
  const firstUrl = `http://127.0.0.1:${server.app}/api/plans/${targets.plan}/overview`;
  const first = await fetch(firstUrl, { headers: { cookie } });
  await first.arrayBuffer();
  const coldStart = performance.now() - t0;
  const cold = {
    total: coldStart,
    listening: listening - t0,
    inProcess: server.readyMs,
    signIn: signedIn - listening,
    overview: performance.now() - signedIn,
  };
  say(
    `cold start ${fmt(cold.total)} ms: listening after ${fmt(cold.listening)} ms (${fmt(cold.inProcess)} of them after the imports), ` +
      `sign-in ${fmt(cold.signIn)} ms, first overview ${fmt(cold.overview)} ms`,
  );
  const idle = await rss(server.bare);

  const endpoints = endpointList(targets).filter(only);
  const rows: Row[] = [];
  const explains: string[] = [];
  let peak = idle.rss;
  // One probe at a time: a busy server does not collect a queue of them.
  let probing = false;
  const sampler = setInterval(() => {
    if (probing) return;
    probing = true;
    void rss(server.bare)
      .then(
        (m) => (peak = Math.max(peak, m.rss)),
        () => undefined,
      )
      .finally(() => (probing = false));
  }, 500);
  try {
    for (const e of endpoints) {
      const url = `http://127.0.0.1:${server.app}${e.path}`;
      await drained(server.bare);
      const { status, bytes } = await firstAnswer(url, cookie);
      if (status !== 200) throw new Error(`${e.name}: ${e.path} answered ${status}`);
      explains.push(await explainEndpoint(store, server.bare, url, cookie, e));
      for (const connections of CONNECTIONS) {
        const row: Row = { endpoint: e.name, bytes, connections, app: [], bare: [] };
        for (let round = 0; round < ROUNDS; round++) {
          await drained(server.bare);
          row.bare.push(await cannon(`http://127.0.0.1:${server.bare}/bare/${bytes}`, connections, ""));
          await drained(server.bare);
          row.app.push(await cannon(url, connections, cookie));
        }
        rows.push(row);
        say(line(row));
      }
    }
  } finally {
    clearInterval(sampler);
  }
  await drained(server.bare);
  const writes = flags["no-write"]
    ? null
    : await writeBench(server.app, cookie, targets.confirmed).catch((err: Error) => {
        say(`writes failed: ${err.message}`);
        return null;
      });
  if (writes)
    say(
      `progress writes, 20 writers: ${writes.rps.toFixed(0)} req/s, p50 ${writes.p50} ms, p99 ${writes.p99} ms`,
    );
  await stopServer(server.child);
  await store.close();
  const ingest = await measureIngest(dialect, PG_URL).catch((err: Error) => ({
    summary: `failed: ${err.message}`,
  }));
  say(`ingest: ${ingest.summary}`);
  return section(dialect, {
    seedLine,
    size,
    cold,
    idle: idle.rss,
    peak,
    rows,
    explains,
    writes,
    ingest: ingest.summary,
  });
}

interface Grown {
  n: number;
  seedLine: string;
  size: number;
  runs: Map<string, { run: ReturnType<typeof summary>; bytes: number; cpu: number }>;
  /** Per read, its statements: SQL, time alone, plan. */
  plans: Map<string, { sql: string; ms: number | null; plan: string }[]>;
}

/**
 * Each read at each size, the app alone (no bare route, no EXPLAIN, no
 * writes). One server per size, all started first, and each read measured at
 * every size in turn, so that the sizes share the machine's load. CPU per
 * request: the server process's, plus on PostgreSQL its database backends'.
 */
async function growthDialect(dialect: "sqlite" | "postgres", sizes: number[]): Promise<string> {
  const at: (Grown & {
    server: Awaited<ReturnType<typeof startServer>>;
    store: Store;
    cookie: string;
    targets: Targets;
  })[] = [];
  for (const n of sizes) {
    say(`\n== ${dialect}: ${n} commitments, ${n * 3} progress reports (growth) ==`);
    const f = await seeded(dialect, n, n * 3);
    const server = await startServer(f.env);
    const cookie = await signIn(server.app);
    const targets = await pickTargets(f.store);
    at.push({
      n,
      seedLine: f.seedLine,
      size: f.size,
      runs: new Map(),
      plans: new Map(),
      server,
      store: f.store,
      cookie,
      targets,
    });
  }
  const loads = [loadavg()[0]!];
  for (const e of endpointList(at[0]!.targets).filter(only)) {
    for (const x of at) {
      const path = endpointList(x.targets).find((o) => o.name === e.name)!.path;
      const url = `http://127.0.0.1:${x.server.app}${path}`;
      const res = await fetch(url, { headers: { cookie: x.cookie } });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${e.name}: ${path} answered ${res.status}`);
      const all: Run[] = [];
      let cpu = 0;
      for (let round = 0; round < ROUNDS; round++) {
        await drained(x.server.bare);
        const c0 = await cpuMs(x.server.bare, x.store);
        const r = await cannon(url, CONNECTIONS[0]!, x.cookie);
        await drained(x.server.bare);
        const c1 = await cpuMs(x.server.bare, x.store);
        cpu += c1.server - c0.server;
        for (const [pid, ms] of c1.db) cpu += ms - (c0.db.get(pid) ?? 0);
        all.push(r);
      }
      const run = summary(all);
      const done = all.reduce((t, r) => t + r.sent, 0);
      x.runs.set(e.name, { run, bytes, cpu: done ? cpu / done : 0 });
      loads.push(loadavg()[0]!);
      say(
        `${String(x.n).padStart(8)} ${e.name.padEnd(26)} ${fmt(run.rps).padStart(6)} req/s p50 ${fmt(run.p50)} p99 ${fmt(run.p99)} ms, ${fmt(done ? cpu / done : 0, 1)} ms CPU/req`,
      );
    }
  }
  // After the timed runs, so that EXPLAIN ANALYZE's reads do not warm them.
  for (const e of endpointList(at[0]!.targets).filter(only)) {
    for (const x of at) {
      const path = endpointList(x.targets).find((o) => o.name === e.name)!.path;
      const url = `http://127.0.0.1:${x.server.app}${path}`;
      const statements = [];
      for (const q of await captureStatements(x.server.bare, url, x.cookie))
        statements.push({ sql: q.sql, ...(await explainStatement(x.store, q)) });
      x.plans.set(e.name, statements);
    }
    for (const st of statementsAcross(at, e.name))
      say(`${e.name.padEnd(26)} ${st.times.join(" / ")} ms alone: ${st.sql.slice(0, 110)}`);
  }
  for (const x of at) {
    await stopServer(x.server.child);
    await x.store.close();
  }
  return growthSection(dialect, at, `${fmt(Math.min(...loads), 1)}–${fmt(Math.max(...loads), 1)}`);
}

/** CPU ms used so far by the server process and, on PostgreSQL, by each backend of its database (/proc). */
async function cpuMs(barePort: number, store: Store) {
  const { cpu } = (await (await fetch(`http://127.0.0.1:${barePort}/rss`)).json()) as { cpu: number };
  const db = new Map<number, number>();
  if (store.dialect === "postgres") {
    const r = await store.db.executeQuery<{ pid: number }>(
      // The app's connections and their parallel workers; not autovacuum, which
      // a freshly seeded or migrated fixture keeps busy for minutes on its own.
      CompiledQuery.raw(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type IN ('client backend', 'parallel worker') AND pid <> pg_backend_pid()",
      ),
    );
    for (const { pid } of r.rows) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        db.set(pid, (Number(f[11]) + Number(f[12])) * 10); // utime + stime, 100 ticks a second
      } catch {
        // The backend has gone.
      }
    }
  }
  return { server: cpu, db };
}

function endpointList(t: Targets): Endpoint[] {
  const p = t.plan;
  return [
    { name: "overview (matrix)", path: `/api/plans/${p}/overview` },
    { name: "plan summary", path: `/api/plans/${p}/summary` },
    { name: "list, filtered, page 1", path: `/api/plans/${p}/commitments?status=on_track&limit=50` },
    { name: "list, deep keyset page", path: `/api/plans/${p}/commitments?limit=50&cursor=${t.deepCursor}` },
    {
      name: "search, 2 characters",
      path: `/api/plans/${p}/commitments?q=${encodeURIComponent("园区")}&limit=50`,
    },
    {
      name: "search, a word",
      path: `/api/plans/${p}/commitments?q=${encodeURIComponent("物流中心")}&limit=50`,
    },
    { name: "one commitment", path: `/api/commitments/${t.commitment}` },
    { name: "its progress", path: `/api/commitments/${t.commitment}/progress` },
    { name: "its history", path: `/api/audit?entity=commitment&entity_id=${t.commitment}` },
    { name: "public list", path: `/api/public/plans/${p}/commitments?limit=50` },
    { name: "reader, large document", path: `/api/documents/${t.document}/reader` },
    { name: "unit export, csv", path: `/api/plans/${p}/export?format=csv&unit=${t.unit}` },
    { name: "unit export, xlsx", path: `/api/plans/${p}/export?format=xlsx&unit=${t.unit}` },
    { name: "assessment page", path: `/api/plans/${p}/assessment?period=2026Q1` },
  ];
}

/** --only: a name or its beginning ("search" is both searches; names may hold commas). */
const only = (e: Endpoint) =>
  !flags.only || flags.only.split(",").some((o) => o.trim() && e.name.startsWith(o.trim()));

interface Targets {
  plan: number;
  document: number;
  commitment: number;
  unit: number;
  deepCursor: string;
  confirmed: number[];
}

/** The largest plan, its largest document, its busiest unit, a reported commitment, a cursor 90% deep. */
async function pickTargets(store: Store): Promise<Targets> {
  const db = store.db;
  const plan = Number((await db.selectFrom("plans").select("id").orderBy("id").executeTakeFirstOrThrow()).id);
  const document = Number(
    (
      await db
        .selectFrom("documents")
        .select("id")
        .where("plan_id", "=", plan)
        .orderBy("id")
        .executeTakeFirstOrThrow()
    ).id,
  );
  const unit = Number(
    (
      await db
        .selectFrom("agg_commitment_state")
        .select("unit_id")
        .select((eb) => eb.fn.sum<number>("n").as("n"))
        .where("plan_id", "=", plan)
        .groupBy("unit_id")
        .orderBy("n", "desc")
        .executeTakeFirstOrThrow()
    ).unit_id,
  );
  const reported = await db
    .selectFrom("progress_reports")
    .select("commitment_id")
    .where("plan_id", "=", plan)
    .orderBy("id")
    .limit(2000)
    .execute();
  const confirmed = [...new Set(reported.map((r) => Number(r.commitment_id)))];
  const ids = await db
    .selectFrom("commitments")
    .select((eb) => [eb.fn.min("id").as("lo"), eb.fn.max("id").as("hi")])
    .where("plan_id", "=", plan)
    .executeTakeFirstOrThrow();
  const deep = Math.floor(Number(ids.lo) + (Number(ids.hi) - Number(ids.lo)) * 0.9);
  return {
    plan,
    document,
    unit,
    commitment: confirmed[0]!,
    deepCursor: encodeCursor([deep, deep]),
    confirmed,
  };
}

async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/scale/server.ts"], {
    env: flags.cold ? { ...env, LANTU_BENCH_COLD: "1" } : env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  // A crashed benchmark must not leave its server running.
  process.once("exit", () => child.kill("SIGTERM"));
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const ports = JSON.parse(first) as { app: number; bare: number; readyMs: number };
  return { child, ...ports };
}

async function stopServer(child: ChildProcess) {
  const done = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await done;
}

async function signIn(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/**
 * Waits until the server has finished the requests a run left in flight
 * (autocannon stops sending, not the server working), so that one
 * measurement does not pay for the previous one's backlog.
 */
async function drained(barePort: number): Promise<void> {
  const until = performance.now() + 180_000;
  let quiet = 0;
  while (quiet < 3 && performance.now() < until) {
    const t0 = performance.now();
    const m = await rss(barePort);
    quiet = m.inFlight === 0 && performance.now() - t0 < 25 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A read's first answer (its size sets the bare route's body), tried again on
 * a new connection for up to five minutes: at 1,000,000 commitments the
 * request after the csv export's runs was reset (ECONNRESET) while the server
 * worked off their backlog, and that ended the run before its results were
 * written.
 */
async function firstAnswer(url: string, cookie: string): Promise<{ status: number; bytes: number }> {
  const until = performance.now() + 300_000;
  for (;;) {
    try {
      const res = await fetch(url, { headers: { cookie, connection: "close" } });
      return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
    } catch (err) {
      if (performance.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/**
 * The server's memory and requests in flight. After a heavy read (the xlsx
 * export at 50 connections) the server's loop can be busy for a minute with
 * the backlog; Node's HTTP server then drops a probe's connection whose
 * request it had not read in time (headersTimeout, 60 s) and the fetch failed
 * with ECONNRESET, which ended the whole run before its results were written.
 * A failed probe is tried again on a new connection, for up to five minutes.
 */
async function rss(port: number): Promise<{ rss: number; inFlight: number }> {
  const until = performance.now() + 300_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/rss`, { headers: { connection: "close" } });
      return (await res.json()) as { rss: number; inFlight: number };
    } catch (err) {
      if (performance.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function cannon(url: string, connections: number, cookie: string): Promise<Run> {
  const r = await autocannon({
    url,
    connections,
    duration: DURATION,
    timeout: 60,
    headers: cookie ? { cookie } : {},
  });
  return {
    rps: r.requests.average,
    rpsStddev: r.requests.stddev,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    // Sent, not completed: the server finishes the ones in flight at the end too (CPU per request).
    sent: (r.requests as { sent?: number }).sent ?? r.requests.total,
  };
}

/** Progress reports filed by 20 concurrent writers, each on a random confirmed commitment. */
async function writeBench(port: number, cookie: string, ids: number[]): Promise<Run> {
  const session = (await (
    await fetch(`http://127.0.0.1:${port}/api/session`, { headers: { cookie } })
  ).json()) as { csrf_token: string };
  const setCookie = cookie;
  let k = 0;
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 20,
    duration: DURATION,
    timeout: 60,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => ({
          ...req,
          path: `/api/commitments/${ids[k++ % ids.length]}/progress`,
          headers: {
            ...req.headers,
            cookie: setCookie,
            "content-type": "application/json",
            "x-csrf-token": session.csrf_token,
          },
          body: JSON.stringify({ period: "2026Q1", narrative: "压力测试：按计划推进。", figure: null }),
        }),
      },
    ],
  });
  return {
    rps: r.requests.average,
    rpsStddev: r.requests.stddev,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    sent: (r.requests as { sent?: number }).sent ?? r.requests.total,
  };
}

interface Captured {
  sql: string;
  parameters: unknown[];
  ms: number;
}

/** The distinct statements one call of the read runs, with their time as measured in the server. */
async function captureStatements(barePort: number, url: string, cookie: string): Promise<Captured[]> {
  await fetch(`http://127.0.0.1:${barePort}/capture/start`, { method: "POST" });
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  const { queries } = (await (
    await fetch(`http://127.0.0.1:${barePort}/capture/stop`, { method: "POST" })
  ).json()) as { queries: Captured[] };
  const seen = new Set<string>();
  return queries.filter((q) => !seen.has(q.sql) && seen.add(q.sql));
}

/**
 * A statement's plan and what it costs alone. PostgreSQL: EXPLAIN (ANALYZE,
 * BUFFERS), run twice, the second's plan and execution time (the first warms
 * the cache). SQLite: EXPLAIN QUERY PLAN, and the least of three runs of the
 * statement. Only reads are run (a read's session lookup may write).
 */
async function explainStatement(store: Store, q: Captured): Promise<{ plan: string; ms: number | null }> {
  const read = /^\s*(select|with)\b/i.test(q.sql);
  try {
    if (store.dialect === "postgres") {
      const prefix = read ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ";
      let lines: string[] = [];
      for (let i = 0; i < (read ? 2 : 1); i++) {
        const r = await store.db.executeQuery(CompiledQuery.raw(prefix + q.sql, q.parameters));
        lines = (r.rows as Record<string, unknown>[]).map((row) => String(row["QUERY PLAN"]));
      }
      const exec = lines.find((l) => l.startsWith("Execution Time:"));
      return {
        plan: lines.filter((l) => !/^(Planning|Execution) Time:/.test(l)).join("\n"),
        ms: exec ? Number(/([\d.]+) ms/.exec(exec)![1]) : null,
      };
    }
    const r = await store.db.executeQuery(CompiledQuery.raw("EXPLAIN QUERY PLAN " + q.sql, q.parameters));
    const plan = (r.rows as Record<string, unknown>[]).map((row) => String(row.detail)).join("\n");
    let best: number | null = null;
    for (let i = 0; read && i < 3; i++) {
      const t0 = performance.now();
      await store.db.executeQuery(CompiledQuery.raw(q.sql, q.parameters));
      best = Math.min(best ?? Infinity, performance.now() - t0);
    }
    return { plan, ms: best };
  } catch (err) {
    return { plan: `(EXPLAIN failed: ${(err as Error).message})`, ms: null };
  }
}

/** Runs the read once with the server capturing its SQL, then EXPLAINs each distinct statement. */
async function explainEndpoint(store: Store, barePort: number, url: string, cookie: string, e: Endpoint) {
  const out: string[] = [`#### ${e.name} — \`${e.path}\``, ""];
  for (const q of await captureStatements(barePort, url, cookie)) {
    const x = await explainStatement(store, q);
    const alone = x.ms === null ? "" : ` (alone: ${x.ms.toFixed(2)} ms)`;
    out.push(`${q.ms.toFixed(1)} ms${alone}: \`${q.sql.slice(0, 400)}\``, "```", x.plan, "```", "");
  }
  return out.join("\n");
}

const fmt = (n: number, d = 0) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function summary(runs: Run[]) {
  const best = runs.reduce((a, b) => (b.rps > a.rps ? b : a));
  const rps = runs.map((r) => r.rps);
  return {
    rps: median(rps),
    lo: Math.min(...rps),
    hi: Math.max(...rps),
    sd: median(runs.map((r) => r.rpsStddev)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    bad: runs.reduce((a, r) => a + r.errors + r.non2xx, 0),
    best,
  };
}

function line(r: Row): string {
  const a = summary(r.app);
  const b = summary(r.bare);
  return `${r.endpoint.padEnd(26)} c=${String(r.connections).padEnd(3)} ${fmt(a.rps).padStart(6)} req/s p50 ${fmt(a.p50).padStart(5)} p99 ${fmt(a.p99).padStart(5)} ms | bare ${fmt(b.rps).padStart(6)} req/s | ratio ${(a.rps / b.rps).toFixed(3)} | ${r.bytes} B${a.bad ? ` | ${a.bad} errors` : ""}`;
}

function section(
  dialect: string,
  r: {
    seedLine: string;
    size: number;
    cold: { total: number; listening: number; inProcess: number; signIn: number; overview: number };
    idle: number;
    peak: number;
    rows: Row[];
    explains: string[];
    writes: Run | null;
    ingest: string;
  },
): string {
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  const table = [
    "| read | conns | req/s | spread (min–max; ±sd/s) | p50 ms | p99 ms | bare req/s | bare p99 ms | ratio | body |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.rows.map((row) => {
      const a = summary(row.app);
      const b = summary(row.bare);
      return `| ${row.endpoint} | ${row.connections} | ${fmt(a.rps, 1)} | ${fmt(a.lo, 1)}–${fmt(a.hi, 1)}; ±${fmt(a.sd, 1)} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${fmt(b.rps)} | ${fmt(b.p99)} | ${(a.rps / b.rps).toFixed(3)} | ${row.bytes} B${a.bad ? ` (${a.bad} errors)` : ""} |`;
    }),
  ];
  return [
    `<!-- scale:${dialect}:${N}${flags.label ? ":" + flags.label : ""} -->`,
    `### ${dialect}, ${N.toLocaleString("en")} commitments, ${M.toLocaleString("en")} reports${flags.label ? ` (${flags.label})` : ""}`,
    "",
    `Run ${new Date().toISOString()}; ${DURATION} s per measurement, ${ROUNDS} round(s), connections ${CONNECTIONS.join(" and ")}.`,
    "",
    `- Fixture: ${r.seedLine}; database size ${mb(r.size)}.`,
    `- Cold start to first overview: ${fmt(r.cold.total)} ms (the server listening after ${fmt(r.cold.listening)} ms, ` +
      `${fmt(r.cold.inProcess)} of them after its imports; sign-in ${fmt(r.cold.signIn)} ms; the first overview ` +
      `${fmt(r.cold.overview)} ms). Server RSS idle ${mb(r.idle)}, peak under load ${mb(r.peak)}.`,
    r.writes
      ? `- Progress reports, 20 concurrent writers: ${fmt(r.writes.rps, 1)} req/s, p50 ${fmt(r.writes.p50)} ms, p99 ${fmt(r.writes.p99)} ms${r.writes.errors + r.writes.non2xx ? ` (${r.writes.errors + r.writes.non2xx} errors)` : ""}.`
      : "- Writes not measured in this run.",
    `- Ingest: ${r.ingest}.`,
    "",
    ...table,
    "",
    "<details><summary>EXPLAIN of every statement each read runs (first call; time as measured in the server)</summary>",
    "",
    ...r.explains,
    "</details>",
    `<!-- /scale:${dialect}:${N}${flags.label ? ":" + flags.label : ""} -->`,
  ].join("\n");
}

/**
 * One row per read: p50 / p99, req/s and CPU per request at each size, and the
 * factors from the smallest size to the largest. A read is marked when its CPU
 * per request grows more than twice and more than twice as much as its answer
 * does (an export of a unit with ten times the rows may cost ten times as
 * much; a keyset page may not). CPU, unlike latency, hardly moves with the
 * machine's load.
 */
/** A read's distinct statements over the sizes (first seen first), each one's time alone per size. */
function statementsAcross(g: Grown[], name: string) {
  const sqls: string[] = [];
  for (const x of g) for (const st of x.plans.get(name) ?? []) if (!sqls.includes(st.sql)) sqls.push(st.sql);
  return sqls.map((sql) => {
    const at = g.map((x) => x.plans.get(name)?.find((st) => st.sql === sql));
    const last = [...at].reverse().find((st) => st !== undefined)!;
    return {
      sql,
      times: at.map((st) => (st?.ms == null ? "—" : st.ms.toFixed(2))),
      plan: last.plan,
    };
  });
}

function growthSection(dialect: string, g: Grown[], load: string): string {
  const first = g[0]!;
  const last = g.at(-1)!;
  const sizes = g.map((x) => x.n.toLocaleString("en"));
  const rows = [...first.runs.keys()].map((name) => {
    const cells = g.map((x) => {
      const { run: r, cpu } = x.runs.get(name)!;
      if (r.p50 === 0) return `no answer in ${DURATION} s, ${fmt(cpu)} ms CPU a request sent`;
      return `${fmt(r.p50)} / ${fmt(r.p99)} ms, ${fmt(r.rps, r.rps < 10 ? 1 : 0)}/s, ${fmt(cpu, cpu < 10 ? 1 : 0)} ms CPU${r.bad ? ` (${r.bad} errors)` : ""}`;
    });
    const a = first.runs.get(name)!;
    const b = last.runs.get(name)!;
    const body = b.bytes / a.bytes;
    const answered = a.run.p50 > 0 && b.run.p50 > 0 && a.cpu > 0;
    const cpu = b.cpu / a.cpu;
    const mark = answered && cpu > 2 && cpu > 2 * body ? "**grows**" : "";
    const factors = answered
      ? `${fmt(Math.max(b.run.p50, 1) / Math.max(a.run.p50, 1), 1)}× | ${fmt(cpu, 1)}×`
      : "— | —";
    return `| ${name} | ${cells.join(" | ")} | ${factors} | ${fmt(body, 1)}× | ${mark} |`;
  });
  const tag = `scale:growth:${dialect}:${g.map((x) => x.n).join(",")}${flags.label ? ":" + flags.label : ""}`;
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  return [
    `<!-- ${tag} -->`,
    `### Growth, ${dialect}: ${sizes.join(" → ")} commitments${flags.label ? ` (${flags.label})` : ""}`,
    "",
    `Run ${new Date().toISOString()}; ${DURATION} s per measurement, ${ROUNDS} round(s), ${CONNECTIONS[0]} connections, the read alone (no bare route), each read at every size in turn; load average ${load} during the runs. ${flags.cold ? "Every request a first read (`--cold`: no kept answers or sessions). " : ""}Cells: p50 / p99, req/s, CPU per request (the server process${dialect === "postgres" ? " and its database backends" : ""}). Factors from ${sizes[0]} to ${sizes.at(-1)}. **grows**: CPU per request more than 2× and more than twice the answer's growth.`,
    "",
    ...g.map((x) => `- ${x.n.toLocaleString("en")}: ${x.seedLine}; database size ${mb(x.size)}.`),
    "",
    `| read | ${sizes.join(" | ")} | p50 × | CPU/req × | answer × | |`,
    `| --- | ${sizes.map(() => "---:").join(" | ")} | ---: | ---: | ---: | --- |`,
    ...rows,
    "",
    `<details><summary>EXPLAIN of every statement each read runs: its time alone at each size (${sizes.join(" / ")}; ${dialect === "postgres" ? "EXPLAIN ANALYZE's execution time, second run" : "least of three runs"}) and its plan at ${sizes.at(-1)}</summary>`,
    "",
    ...[...first.runs.keys()].flatMap((name) => [
      `#### ${name}`,
      "",
      ...statementsAcross(g, name).flatMap((st) => [
        `${st.times.join(" / ")} ms: \`${st.sql.slice(0, 300)}\``,
        "```",
        st.plan,
        "```",
        "",
      ]),
    ]),
    "</details>",
    `<!-- /${tag} -->`,
  ].join("\n");
}

function writeResults(sections: string[]) {
  const header = [
    "# Benchmarks",
    "",
    "## Scale (issue 14): `npm run bench:scale`",
    "",
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}; shared with other work, so figures move between runs: compare a read with its bare route measured in the same run (the ratio), not across runs.`,
    "",
    "Commands: `npm run bench:scale -- --quick` (100,000 commitments, 5 s per measurement, a few minutes once seeded); `npm run bench:scale` (1,000,000 commitments, 15 s, two rounds). `--db sqlite` or `--db postgres` for one database, `--only NAME,…` for some reads. The fixture is made by `lantu seed-synthetic` and kept in `bench/.data/` (SQLite) or `lantu_bench_<n>_<m>` (PostgreSQL) for later runs.",
    "",
    "Each read is measured with autocannon right after the bare route (a Fastify route in the same server process answering a constant body of the read's size); ratio = read req/s ÷ bare req/s. Spread: min–max over rounds and the standard deviation of the per-second request counts.",
    "",
  ].join("\n");
  let doc = existsSync(OUT) ? readFileSync(OUT, "utf8") : header;
  if (!doc.includes("## Scale (issue 14)"))
    doc = doc.trimEnd() + "\n\n" + header.split("\n").slice(2).join("\n");
  for (const s of sections) {
    const tag = s.split("\n")[0]!;
    const end = tag.replace("<!-- scale:", "<!-- /scale:");
    const a = doc.indexOf(tag);
    const b = doc.indexOf(end);
    doc =
      a >= 0 && b > a ? doc.slice(0, a) + s + doc.slice(b + end.length) : doc.trimEnd() + "\n\n" + s + "\n";
  }
  writeFileSync(OUT, doc);
  say(`\nwritten to ${OUT}`);
}

await main();
