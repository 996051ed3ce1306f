// Crash safety: `lantu ingest` and `lantu import` killed with SIGKILL at
// random moments, on SQLite and PostgreSQL. Most kills are aimed at the
// write phase (the moment the command's first insert is seen, plus a random
// delay up to the measured length of its writes, so some land just after
// the commit); the rest anywhere from start-up on. After each kill:
//   - the database's integrity check passes (SQLite integrity_check and
//     foreign_key_check; PostgreSQL every foreign key re-checked by query),
//   - the document is fully present (every count as in an uninterrupted run,
//     with its audit entries) or absent (no plan, document or audit entry),
//   - the aggregate tables equal a recount from the items,
// and the same work run again completes, leaving the document present;
// when it was present already, the rerun changes nothing.
//   LANTU_KILL_RUNS (default 20 per command and database), LANTU_KILL_SEED,
//   LANTU_KILL_PARAGRAPHS (ingest document size), LANTU_KILL_ROWS (task table).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { randomBytes } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import ExcelJS from "exceljs";
import pg from "pg";
import { sql } from "kysely";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices } from "../../src/services/context.ts";
import { addUnit } from "../../src/services/admin.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { readDocument } from "../../src/input/read-document.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { importTaskTable } from "../../src/services/task-table.service.ts";
import { PG_URL } from "../helpers/stores.ts";
import { recount, stored } from "../helpers/aggregates.ts";
import { integrityProblems } from "../helpers/integrity.ts";
import { seeded, startCli, type Exit } from "../helpers/cli-process.ts";

const RUNS = Number(process.env.LANTU_KILL_RUNS || 20);
const SEED = Number(process.env.LANTU_KILL_SEED || 11);
const PARAGRAPHS = Number(process.env.LANTU_KILL_PARAGRAPHS || 120);
const ROWS = Number(process.env.LANTU_KILL_ROWS || 100);
const APP = "lantu-crash-child";
const UNITS = ["测试牵头一局", "测试牵头二局", "测试配合三局"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An invented document: each paragraph a speaker of its own district and three commitments. */
function document(k: number): string {
  const out: string[] = [`崩溃测试文件第${k}号`];
  for (let j = 0; j < PARAGRAPHS; j++) {
    const i = k * 100_000 + j;
    out.push(
      `第${i}区委书记周远：`,
      `第${i}区将加快建设智慧园区服务平台，2026年底前建成投用。`,
      "我们将新建幼儿园3所，新增学位1200个。",
      "全区将在2027年6月底前完成城乡道路改造50公里。",
    );
  }
  return out.join("\n") + "\n";
}

/** A task table of ROWS new tasks, led by the units made in setup. */
async function taskTable(k: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "进展情况"]);
  for (let n = 1; n <= ROWS; n++)
    ws.addRow([n, `第${k}批第${n}项：推进智慧园区服务平台建设`, UNITS[n % 2], UNITS[2], "2027年6月底前", ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Target {
  name: "sqlite" | "postgres";
  /** What the child gets: a file path or a postgres:// URL. */
  db: string;
  store: Store;
  /** Whether a child is writing (its first insert is under way and not yet ended). */
  writing(): Promise<boolean>;
  /** Waits until no child connection is left (PostgreSQL ends a killed client's transaction). */
  settled(): Promise<void>;
  drop(): Promise<void>;
}

async function target(name: "sqlite" | "postgres", dir: string): Promise<Target> {
  if (name === "sqlite") {
    const file = join(dir, "lantu.db");
    const store = openSqlite(file);
    await migrateToLatest(store);
    // A second connection that tries for the write lock without waiting:
    // busy means a child holds it, i.e. it has begun writing.
    const probe = new BetterSqlite3(file);
    probe.pragma("busy_timeout = 0");
    return {
      name,
      db: file,
      store,
      async writing() {
        try {
          probe.exec("BEGIN IMMEDIATE");
          probe.exec("ROLLBACK");
          return false;
        } catch (err) {
          if ((err as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
          throw err;
        }
      },
      async settled() {},
      async drop() {
        probe.close();
        await store.close();
      },
    };
  }
  const dbName = `lantu_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(PG_URL, `CREATE DATABASE ${dbName}`);
  const url = withDatabase(PG_URL, dbName);
  const store = openPostgres(url);
  await migrateToLatest(store);
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const children = async (where: string) =>
    Number(
      (
        await probe.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 ${where}`,
          [dbName, APP],
        )
      ).rows[0].n,
    );
  return {
    name,
    db: url,
    store,
    writing: async () => (await children("AND xact_start IS NOT NULL AND query ILIKE 'insert%'")) > 0,
    async settled() {
      for (let i = 0; i < 400 && (await children("")) > 0; i++) await sleep(25);
    },
    async drop() {
      await probe.end();
      await store.close();
      await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

const count = async (t: Target, q: string) =>
  Number((await sql<{ n: number }>`${sql.raw(q)}`.execute(t.store.db)).rows[0]!.n);

/** Row counts of every table a command writes: a rerun that changes nothing leaves them equal. */
async function tableCounts(t: Target): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    "plans",
    "goals",
    "units",
    "documents",
    "document_sentences",
    "speakers",
    "strategies",
    "commitments",
    "commitment_goals",
    "commitment_units",
    "commitment_terms",
    "commitment_grams",
    "targets",
    "audit_log",
  ])
    out[table] = await count(t, `SELECT count(*) AS n FROM ${table}`);
  return out;
}

/** How much of one command's work is stored: the counts that say present, absent or half. */
interface Footprint {
  plans: number;
  documents: number;
  commitments: number;
  targets: number;
  sentences: number;
  audit: number;
}

async function footprint(t: Target, label: string): Promise<Footprint> {
  const plan = `(SELECT id FROM plans WHERE name = '${label}')`;
  return {
    plans: await count(t, `SELECT count(*) AS n FROM plans WHERE name = '${label}'`),
    documents: await count(t, `SELECT count(*) AS n FROM documents WHERE source LIKE '${label}.%'`),
    commitments: await count(t, `SELECT count(*) AS n FROM commitments WHERE plan_id IN ${plan}`),
    targets: await count(t, `SELECT count(*) AS n FROM targets WHERE plan_id IN ${plan}`),
    sentences: await count(t, `SELECT count(*) AS n FROM document_sentences WHERE plan_id IN ${plan}`),
    audit: await count(
      t,
      `SELECT count(*) AS n FROM audit_log WHERE plan_id IN ${plan} OR after LIKE '%${label}.%'`,
    ),
  };
}

const ABSENT: Footprint = {
  plans: 0,
  documents: 0,
  commitments: 0,
  targets: 0,
  sentences: 0,
  audit: 0,
};

/** What is wrong with the database after a kill; empty when all is well. */
async function problems(
  t: Target,
  label: string,
  full: Footprint,
): Promise<{ list: string[]; present: boolean }> {
  const list = (await integrityProblems(t.store)).map((p) => `integrity: ${p}`);
  const [agg, again] = [await stored(t.store.db), await recount(t.store.db)];
  if (JSON.stringify(agg) !== JSON.stringify(again))
    list.push(`aggregates differ from a recount: ${JSON.stringify(agg)} vs ${JSON.stringify(again)}`);
  const f = await footprint(t, label);
  const present = JSON.stringify(f) === JSON.stringify(full);
  if (!present && JSON.stringify(f) !== JSON.stringify(ABSENT))
    list.push(`${label} half stored: ${JSON.stringify(f)} (full: ${JSON.stringify(full)})`);
  return { list, present };
}

interface Tally {
  runs: number;
  aimed: number;
  /** Kills that found the command writing and left the document absent: interrupted mid-write. */
  midWrite: number;
  present: number;
  failures: string[];
}

/** Runs the command's service again on `path`; true when it stored something. */
async function rerun(t: Target, kind: "ingest" | "import", path: string, label: string): Promise<boolean> {
  const s = makeServices(t.store);
  const actor = { ...SYSTEM_ACTOR, name: "cli:rerun" };
  if (kind === "ingest") {
    const doc = await readDocument(path);
    const r = await ingest(
      s,
      { text: doc.text, source: basename(path), format: doc.format, encoding: doc.encoding, plan: label },
      actor,
    );
    return r.created;
  }
  const r = await importTaskTable(s, actor, readFileSync(path), { source: basename(path), plan: label });
  return r.created.length > 0 || r.updated.length > 0;
}

/**
 * One command on one database: a reference run to the end (its footprint
 * and timings), then RUNS kills, each followed by a rerun to completion.
 */
async function killRuns(
  t: Target,
  kind: "ingest" | "import",
  dir: string,
  rand: () => number,
): Promise<Tally> {
  const file = async (k: number) => {
    const label = `crash-${kind}-${k}`;
    const path = join(dir, `${label}.${kind === "ingest" ? "txt" : "xlsx"}`);
    writeFileSync(path, kind === "ingest" ? document(k) : await taskTable(k));
    return { label, args: [kind, path, "--plan", label] };
  };
  const env = { PGAPPNAME: APP };

  // Reference: the whole run, timed from start and from its first write.
  const ref = await file(0);
  const t0 = Date.now();
  const run0 = startCli(ref.args, t.db, env);
  let firstWrite: number | null = null;
  let done = false;
  void run0.exited.then(() => (done = true));
  while (!done) {
    if (firstWrite === null && (await t.writing())) firstWrite = Date.now();
    await sleep(5);
  }
  const exit0 = await run0.exited;
  assert.equal(exit0.code, 0, `reference ${kind} failed: ${exit0.stderr}`);
  const total = Date.now() - t0;
  const writes = Date.now() - (firstWrite ?? t0);
  const full = await footprint(t, ref.label);
  assert.ok(full.commitments > 0 && full.documents === 1, `reference ${kind} stored nothing`);

  const tally: Tally = { runs: 0, aimed: 0, midWrite: 0, present: 0, failures: [] };
  for (let k = 1; k <= RUNS; k++) {
    const { label, args } = await file(k);
    // The expected footprint of document k is the reference's with its own label.
    const expected = full;
    const aimed = rand() < 0.75;
    const child = startCli(args, t.db, env);
    let exit: Exit | null = null;
    void child.exited.then((e) => (exit = e));
    let sawWrite = false;
    if (aimed) {
      while (!exit && !(sawWrite = await t.writing())) await sleep(5);
      await sleep(rand() * writes * 1.2);
    } else await sleep(rand() * total);
    child.child.kill("SIGKILL");
    const killed = await child.exited;
    await t.settled();
    tally.runs++;
    if (aimed) tally.aimed++;
    const after = await problems(t, label, expected);
    if (after.present) tally.present++;
    else if (sawWrite && killed.signal === "SIGKILL") tally.midWrite++;
    for (const p of after.list) tally.failures.push(`${t.name} ${kind} run ${k} (after the kill): ${p}`);

    // The rerun (in this process, through the service the command calls:
    // a process start per rerun would double the test's time): completes,
    // and leaves the document present; if it was present already, it
    // changes nothing.
    const before = await tableCounts(t);
    let created: boolean;
    try {
      created = await rerun(t, kind, args[1]!, label);
    } catch (err) {
      tally.failures.push(`${t.name} ${kind} run ${k}: the rerun failed: ${(err as Error).message}`);
      continue;
    }
    const final = await problems(t, label, expected);
    for (const p of final.list) tally.failures.push(`${t.name} ${kind} run ${k} (after the rerun): ${p}`);
    if (!final.present) tally.failures.push(`${t.name} ${kind} run ${k}: the rerun left ${label} incomplete`);
    if (after.present) {
      if (created) tally.failures.push(`${t.name} ${kind} run ${k}: the rerun stored ${label} a second time`);
      if (JSON.stringify(await tableCounts(t)) !== JSON.stringify(before))
        tally.failures.push(`${t.name} ${kind} run ${k}: the rerun of a stored document changed rows`);
    }
  }
  // The last document once more through the command itself: it says so and changes nothing.
  const { args } = await file(RUNS);
  const before = await tableCounts(t);
  const again = await startCli(args, t.db, env).exited;
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, kind === "ingest" ? /already stored/ : /0 new proposed items, 0 updated/);
  assert.deepEqual(await tableCounts(t), before);
  // Audit entries equal the stored work: one ingest entry per ingested
  // document, one import entry per imported plan and one per created item.
  const docs = await count(t, "SELECT count(*) AS n FROM documents WHERE format <> 'xlsx'");
  const ingests = await count(t, "SELECT count(*) AS n FROM audit_log WHERE action = 'ingest'");
  assert.equal(ingests, docs, "one ingest audit entry per stored document");
  process.stdout.write(
    `# ${t.name} ${kind}: ${tally.runs} kills (${tally.aimed} aimed at the writes; ${tally.midWrite} interrupted mid-write, ${tally.present} after the commit), ${tally.failures.length} failures; reference run ${total} ms, writes ${writes} ms\n`,
  );
  return tally;
}

test("SIGKILL at random moments leaves every document all or nothing", { timeout: 1_800_000 }, async (t) => {
  await Promise.all(
    (["sqlite", "postgres"] as const).map((name, i) =>
      t.test(name, async () => {
        const dir = mkdtempSync(join(tmpdir(), "lantu-crash-"));
        const tg = await target(name, dir);
        try {
          const s = makeServices(tg.store);
          for (const u of UNITS) await addUnit(s, SYSTEM_ACTOR, { name: u });
          const rand = seeded(SEED + i);
          const ingest = await killRuns(tg, "ingest", dir, rand);
          const imported = await killRuns(tg, "import", dir, rand);
          const failures = [...ingest.failures, ...imported.failures];
          assert.deepEqual(failures, [], `seed ${SEED}: ${failures.length} failures`);
          assert.ok(ingest.midWrite + imported.midWrite > 0, "no kill landed in the middle of a write");
        } finally {
          await tg.drop();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
    ),
  );
});
