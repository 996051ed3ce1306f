// `npm run demo:quarter`: the supervision cycle run on the demo over simulated
// quarters, with a clock the script controls (never the wall clock). Loads the
// demo into a temporary SQLite database (its 示例数据 history plays 2026Q2–Q3:
// reports on time and late, returns, extensions, notices), then runs the
// scheduler's cycle once a day, as `lantu serve` would, from 2026-10-17 to
// 2026-12-31 with no further report. Prints, per quarter: the reminders sent
// (notifications by kind, mails queued), the warnings raised by level, the
// notices issued and answered, and the quarter's ranking.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite } from "../src/storage/dialects/index.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { makeServices } from "../src/services/context.ts";
import { loadDemo } from "../src/cli/commands/serve.ts";
import { runCycle } from "../src/services/cycle/run-cycle.ts";
import { assessmentOf } from "../src/services/cycle/assessment.service.ts";
import { addDays } from "../src/domain/cycle/calendar.ts";

const QUARTERS = [
  ["2026Q2", "2026-04-01", "2026-06-30"],
  ["2026Q3", "2026-07-01", "2026-09-30"],
  ["2026Q4", "2026-10-01", "2026-12-31"],
] as const;
const say = (line = "") => process.stdout.write(line + "\n");

const dir = mkdtempSync(join(tmpdir(), "lantu-demo-quarter-"));
const store = openSqlite(join(dir, "demo.db"));
let clock = new Date("2026-03-31T08:00:00Z");
const s = makeServices(store, () => clock);
try {
  await migrateToLatest(store);
  say(await loadDemo(s));
  // the scheduler, once a day at 06:00, from the day after the history ends to the end of 2026Q4
  let runs = 0;
  for (let day = "2026-10-17"; day <= "2026-12-31"; day = addDays(day, 1)) {
    clock = new Date(`${day}T06:00:00Z`);
    await runCycle(s, null);
    runs += 1;
  }
  say(`the cycle ran ${runs} times, once a day from 2026-10-17 to 2026-12-31 (simulated clock)`);
  const db = store.db;
  const planId = 1;
  for (const [q, from, to] of QUARTERS) {
    const kinds = await db
      .selectFrom("notifications")
      .select(["kind"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("created_at", ">=", `${from}T00:00:00`)
      .where("created_at", "<=", `${to}T23:59:59.999Z`)
      .groupBy("kind")
      .orderBy("kind")
      .execute();
    const mails = await db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("created_at", ">=", `${from}T00:00:00`)
      .where("created_at", "<=", `${to}T23:59:59.999Z`)
      .executeTakeFirstOrThrow();
    const warnings = await db
      .selectFrom("warnings")
      .select(["level"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("raised_on", ">=", from)
      .where("raised_on", "<=", to)
      .groupBy("level")
      .orderBy("level")
      .execute();
    const issued = await db
      .selectFrom("notices")
      .select(["state"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("issued_at", ">=", `${from}T00:00:00`)
      .where("issued_at", "<=", `${to}T23:59:59.999Z`)
      .groupBy("state")
      .execute();
    const reports = await db
      .selectFrom("progress_reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("period", "=", q)
      .executeTakeFirstOrThrow();
    const total = (rows: { n: number }[]) => rows.reduce((a, r) => a + Number(r.n), 0);
    say();
    say(`${q} (${from} – ${to})`);
    say(`  reports filed for ${q}: ${Number(reports.n)}`);
    say(
      `  reminders: ${total(kinds)} notifications (${kinds.map((k) => `${k.kind} ${Number(k.n)}`).join(", ")}); ${Number(mails.n)} mails queued`,
    );
    say(`  warnings raised: ${warnings.map((w) => `${w.level} ${Number(w.n)}`).join(", ") || "none"}`);
    say(
      `  notices issued: ${total(issued)} (${issued.map((n) => `${n.state} ${Number(n.n)}`).join(", ") || "—"})`,
    );
    const a = await assessmentOf(db, planId, q, "2026-12-31");
    const ranked = a.units.filter((u) => u.rank !== null);
    say(`  ranking (${ranked.length} units scored):`);
    for (const u of ranked) {
      say(
        `    ${String(u.rank).padStart(2)}. ${u.unit} ${u.score?.toFixed(1)} ` +
          `(reports on time/late/missing ${u.reports.onTime}/${u.reports.late}/${u.reports.missing}, ` +
          `on track ${u.items.onTrackOrDone}/${u.items.total}, warnings b/y/r ${u.warnings.blue}/${u.warnings.yellow}/${u.warnings.red})`,
      );
    }
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
