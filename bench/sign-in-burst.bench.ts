// `node --import tsx bench/sign-in-burst.bench.ts --db sqlite:FILE|postgres:URL [--tree DIR] [--rounds 10]
// [--burst 10]`: the CPU the dashboard's reads cost after a burst of sign-ins
// (docs/benchmarks.md, eleventh pass). In one process, through app.inject:
// a supervisor reads the overview, plan summary, a 2-character search, one
// commitment, its progress and the assessment page; then, each round, BURST
// colleagues sign in (POST /api/session) and the same six reads are made
// again. Only the reads are timed (the sign-ins' scrypt is done by then):
// the process's CPU and, on PostgreSQL, the database backends' (from /proc).
// `--tree DIR` runs another checkout's src/ (the "before") on the same data.
// The database is written to (users, sessions): give it a copy.
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    tree: { type: "string" },
    rounds: { type: "string" },
    burst: { type: "string" },
  },
});
const tree = resolve(values.tree ?? ".");
const rounds = Number(values.rounds ?? 10);
const burst = Number(values.burst ?? 10);
const [kind, ...rest] = (values.db ?? "").split(":");
const where = rest.join(":");

const dialects = await import(`${tree}/src/storage/dialects/index.ts`);
const { migrateToLatest } = await import(`${tree}/src/storage/migrate.ts`);
const { makeServices } = await import(`${tree}/src/services/context.ts`);
const { buildApp } = await import(`${tree}/src/http/app.ts`);
const { createUser } = await import(`${tree}/src/services/admin.service.ts`);
const { sql } = await import("kysely");

const store = kind === "sqlite" ? dialects.openSqlite(where) : dialects.openPostgres(where);
await migrateToLatest(store);
const s = makeServices(store);
const system = { id: null, name: "system", role: "system", unitId: null };
const tag = Date.now().toString(36);
const names = Array.from({ length: burst + 1 }, (_, i) => `bench_${tag}_${i}`);
for (const username of names)
  await createUser(s, system, {
    username,
    password: "bench-password",
    role: "supervisor",
    displayName: username,
  });
const app = await buildApp(s, { loginLimit: 1_000_000 });
await app.ready();

const signIn = async (username: string) => {
  const r = await app.inject({
    method: "POST",
    url: "/api/session",
    payload: { username, password: "bench-password" },
  });
  if (r.statusCode !== 200) throw new Error(`sign-in ${r.statusCode} ${r.body}`);
  return r.cookies.map((c: { name: string; value: string }) => `${c.name}=${c.value}`).join("; ");
};
const reader = await signIn(names[0]!);
const plan = 1;
const one = (
  await store.db
    .selectFrom("commitments")
    .select("id")
    .where("plan_id", "=", plan)
    .orderBy("id")
    .executeTakeFirst()
).id;
const paths = [
  `/api/plans/${plan}/overview`,
  `/api/plans/${plan}/summary`,
  `/api/plans/${plan}/commitments?q=${encodeURIComponent("园区")}&limit=50`,
  `/api/commitments/${one}`,
  `/api/commitments/${one}/progress`,
  `/api/plans/${plan}/assessment?period=2026Q1`,
];

const backends = async (): Promise<number[]> =>
  kind === "postgres"
    ? (
        await sql<{
          pid: number;
        }>`select pid from pg_stat_activity where datname = current_database()`.execute(store.db)
      ).rows.map((r) => r.pid)
    : [];
const ticks = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + Number(f[11]) + Number(f[12]);
    } catch {
      return sum;
    }
  }, 0);

async function readAll(): Promise<{ ms: number; dbMs: number }> {
  const pids = await backends();
  const t0 = process.cpuUsage();
  const b0 = ticks(pids);
  for (const url of paths) {
    const r = await app.inject({ method: "GET", url, headers: { cookie: reader } });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  }
  const t = process.cpuUsage(t0);
  // /proc counts in clock ticks (100 a second here).
  return { ms: (t.user + t.system) / 1000, dbMs: (ticks(pids) - b0) * 10 };
}

await readAll();
await readAll();
const quiet = await readAll();
const after: { ms: number; dbMs: number }[] = [];
for (let r = 0; r < rounds; r++) {
  for (let i = 1; i <= burst; i++) await signIn(names[i]!);
  after.push(await readAll());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (x: number) => x.toFixed(1);
console.log(
  `${kind} (${tree}): six reads, no sign-in between: ${f(quiet.ms)} ms process CPU` +
    (kind === "postgres" ? ` + ${f(quiet.dbMs)} ms backends` : "") +
    `; after ${burst} sign-ins, median of ${rounds} rounds: ${f(median(after.map((x) => x.ms)))} ms` +
    ` (${after.map((x) => f(x.ms)).join(", ")})` +
    (kind === "postgres"
      ? ` + ${f(median(after.map((x) => x.dbMs)))} ms backends (${after.map((x) => f(x.dbMs)).join(", ")})`
      : ""),
);
await app.close();
await store.close();
