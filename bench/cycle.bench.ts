// `npm run bench:cycle [-- --commitments N] [--reports M] [--db sqlite|postgres] [--rounds R]`
//
// The supervision cycle's reads and the scheduler's tick on a synthetic
// province (lantu seed-synthetic's generator), in-process through the
// services every route calls, with a fixed clock: the heat map by warning
// level, the warned items, one unit's obligations, a reporter's inbox, the
// assessment of a quarter, the first cycle run of a day (the daily pass) and
// a second run the same day. Prints the median and the worst of R rounds, in
// milliseconds. The same script runs on an older checkout for a before/after
// comparison (docs/benchmarks.md, "The supervision cycle").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { openPostgres, openSqlite, type Store } from "../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { makeServices } from "../src/services/context.ts";
import { seedSynthetic } from "../src/services/synthetic/seed.service.ts";
import { actorOf, createUser } from "../src/services/admin.service.ts";
import { SYSTEM_ACTOR } from "../src/domain/types.ts";
import { getSettings, updateSettings } from "../src/services/cycle/settings.service.ts";
import { heatmap } from "../src/services/cycle/heatmap.service.ts";
import { obligationsOf, warningsOf } from "../src/services/cycle/obligations.read.ts";
import { inbox } from "../src/services/cycle/inbox.service.ts";
import { assessment } from "../src/services/cycle/assessment.service.ts";
import { runCycle } from "../src/services/cycle/run-cycle.ts";

const { values: flags } = parseArgs({
  options: {
    commitments: { type: "string" },
    reports: { type: "string" },
    db: { type: "string" },
    rounds: { type: "string" },
  },
});
const N = Number(flags.commitments ?? 20_000);
const M = Number(flags.reports ?? N * 3);
const ROUNDS = Number(flags.rounds ?? 5);
const DIALECT = (flags.db ?? "sqlite") as "sqlite" | "postgres";
const PG_URL = process.env.PGBENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const say = (line: string) => process.stdout.write(line + "\n");

async function open(): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (DIALECT === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "lantu-cycle-bench-"));
    const store = openSqlite(join(dir, "bench.db"));
    return { store, drop: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `lantu_cycle_bench_${randomBytes(4).toString("hex")}`;
  await adminQuery(PG_URL, `CREATE DATABASE ${name}`);
  const store = openPostgres(withDatabase(PG_URL, name));
  return {
    store,
    drop: async () => {
      await store.close();
      await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

async function rounds(label: string, fn: () => Promise<unknown>, n = ROUNDS) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push((await time(fn))[0]);
  ms.sort((a, b) => a - b);
  say(`| ${label} | ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} | ${ms.at(-1)!.toFixed(1)} |`);
}

async function main() {
  const { store, drop } = await open();
  let clock = new Date("2025-03-01T08:00:00Z");
  const s = makeServices(store, () => clock);
  try {
    await migrateToLatest(store);
    const [seedMs, seeded] = await time(() => seedSynthetic(s, { commitments: N, reports: M, seed: 7 }));
    const planId = seeded.planIds[0]!;
    const db = store.db;
    const items = await db
      .selectFrom("commitments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("plan_id", "=", planId)
      .where("review_state", "=", "confirmed")
      .executeTakeFirstOrThrow();
    const busiest = await db
      .selectFrom("commitments")
      .select(["unit_id"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("plan_id", "=", planId)
      .where("review_state", "=", "confirmed")
      .groupBy("unit_id")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    const unitId = Number(busiest.unit_id);
    const settings = await getSettings(s, planId);
    await updateSettings(s, SYSTEM_ACTOR, planId, settings.version, {
      calendar: { frequency: "quarterly", dueDay: 25, graceDays: 5 },
      startsOn: "2025-01-01",
    });
    const sup = actorOf(
      await createUser(s, SYSTEM_ACTOR, { username: "bench-sup", password: "password1", role: "supervisor" }),
    );
    const rep = actorOf(
      await createUser(s, SYSTEM_ACTOR, {
        username: "bench-rep",
        password: "password1",
        role: "reporter",
        unitId,
      }),
    );
    say(
      `${DIALECT}: seeded ${seeded.commitments} commitments, ${seeded.reports} reports in ${(seedMs / 1000).toFixed(1)} s; ` +
        `plan ${planId}: ${Number(items.n)} confirmed items, the busiest unit ${unitId} with ${Number(busiest.n)}`,
    );
    // A day with two quarters' reports overdue: the first run of the day does the most work.
    clock = new Date("2025-07-20T08:00:00Z");
    say("");
    say("| read (ms) | median | worst |");
    say("|---|---:|---:|");
    const [firstMs, first] = await time(() => runCycle(s, null));
    say(
      `| scheduler: first run of the day | ${firstMs.toFixed(1)} | (${first.warnings.length} warning changes, ${first.notifications} notifications) |`,
    );
    await rounds("scheduler: another run the same day", () => runCycle(s, null));
    await rounds("heat map by warning level", () => heatmap(s, sup, planId, "warning"));
    await rounds("warned items and unit roll-up", () => warningsOf(s, sup, planId));
    await rounds("one unit's obligations", () => obligationsOf(s, sup, planId, { unit: unitId }));
    await rounds("a reporter's inbox", () => inbox(s, rep));
    await rounds("assessment of 2025Q2", () => assessment(s, sup, planId, "2025Q2"));
  } finally {
    await drop();
  }
}

await main();
