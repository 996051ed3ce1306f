// `npm run bench:export [-- --rows 10000,100000] [--formats csv,xlsx] [--rounds R] [--tree DIR]`
//
// The exports at 10,000 and 100,000 items (issue 14: constant memory). Each
// size is a SQLite file of one plan made through the repositories
// (test/helpers/export-rows.ts; kept in bench/.data/ for later runs). Each
// export runs in a fresh process that writes the whole plan's file (CSV: the
// confirmed items' open data; xlsx: the working task table) to a sink that
// drops it, sampling its RSS every 20 ms: wall and CPU time, bytes, and the
// RSS before the export and at its peak. Memory that stays flat from 10,000
// to 100,000 rows is what streaming means; time grows with the rows.
// --tree DIR runs another checkout's src/ (e.g. an older commit's) on the
// same files, for a before/after.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";

const { values: flags } = parseArgs({
  options: {
    rows: { type: "string" },
    formats: { type: "string" },
    rounds: { type: "string" },
    tree: { type: "string" },
    child: { type: "string" },
  },
});
const DATA = "bench/.data";
const say = (line: string) => process.stdout.write(line + "\n");

interface Measure {
  wallMs: number;
  cpuMs: number;
  bytes: number;
  rssBefore: number;
  rssPeak: number;
}

/** In the child: one export of the file's plan, measured. */
async function child(spec: string): Promise<void> {
  const { file, format, tree } = JSON.parse(spec) as { file: string; format: "csv" | "xlsx"; tree: string };
  const { openSqlite } = await import(`${tree}/src/storage/dialects/index.ts`);
  const { makeServices } = await import(`${tree}/src/services/context.ts`);
  const { openDataCsv } = await import(`${tree}/src/services/open-data.service.ts`);
  const { taskTableExport } = await import(`${tree}/src/services/task-table.service.ts`);
  const { getPlan } = await import(`${tree}/src/storage/plan.repo.ts`);
  const store = openSqlite(file);
  const s = makeServices(store);
  const plan = await getPlan(store.db, 1);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const rssBefore = process.memoryUsage().rss;
  let bytes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (format === "csv") {
    // As the route does: the generator's chunks through a stream with backpressure.
    const sink = new Writable({
      write(chunk: string | Buffer, _enc, done) {
        bytes += Buffer.byteLength(chunk);
        setImmediate(done);
      },
    });
    for await (const chunk of openDataCsv(s, plan, {}, "commitments") as AsyncIterable<string>) {
      if (!sink.write(chunk)) await new Promise((r) => sink.once("drain", r));
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    sink.end();
  } else {
    const f = await taskTableExport(s, plan, { reviewStates: ["proposed", "confirmed"] }, true);
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        peak = Math.max(peak, process.memoryUsage().rss);
        setImmediate(done);
      },
    });
    const finished = new Promise((r) => sink.on("finish", r));
    await f.write(sink);
    await finished;
  }
  const cpu = process.cpuUsage(c0);
  const m: Measure = {
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes,
    rssBefore,
    rssPeak: Math.max(peak, process.memoryUsage().rss),
  };
  clearInterval(sampler);
  await store.close();
  process.stdout.write(JSON.stringify(m) + "\n");
}

/** The plan of n items in its own SQLite file, made once. */
async function fixture(n: number): Promise<string> {
  const file = resolve(`${DATA}/export-${n}.db`);
  if (existsSync(`${file}.made`)) return file;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const { openSqlite } = await import("../src/storage/dialects/index.ts");
  const { migrateToLatest } = await import("../src/storage/migrate.ts");
  const { makeExportPlan } = await import("../test/helpers/export-rows.ts");
  const store = openSqlite(file);
  await migrateToLatest(store);
  const t0 = performance.now();
  await makeExportPlan(store.db, n);
  await store.close();
  writeFileSync(`${file}.made`, "");
  say(`made ${file}: ${n} items in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

const mb = (b: number) => (b / 1048576).toFixed(0);

async function main() {
  if (flags.child) return child(flags.child);
  mkdirSync(DATA, { recursive: true });
  const sizes = (flags.rows ?? "10000,100000").split(",").map(Number);
  const formats = (flags.formats ?? "csv,xlsx").split(",") as ("csv" | "xlsx")[];
  const rounds = Number(flags.rounds ?? 1);
  const tree = resolve(flags.tree ?? ".");
  const files = new Map<number, string>();
  for (const n of sizes) files.set(n, await fixture(n));
  say(`tree ${tree}; load average ${loadavg()[0]!.toFixed(1)}`);
  say("| items | format | wall | CPU | bytes | RSS before | RSS peak | peak − before |");
  say("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (let r = 0; r < rounds; r++)
    for (const format of formats)
      for (const n of sizes) {
        const spec = JSON.stringify({ file: files.get(n), format, tree });
        const run = spawnSync(
          process.execPath,
          ["--import", "tsx", "bench/export.bench.ts", "--child", spec],
          {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "inherit"],
          },
        );
        if (run.status !== 0) throw new Error(`${format} ${n}: exited ${run.status}`);
        const m = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Measure;
        say(
          `| ${n.toLocaleString("en")} | ${format} | ${(m.wallMs / 1000).toFixed(1)} s | ${(m.cpuMs / 1000).toFixed(1)} s | ${m.bytes.toLocaleString("en")} | ${mb(m.rssBefore)} MB | ${mb(m.rssPeak)} MB | ${mb(m.rssPeak - m.rssBefore)} MB |`,
        );
      }
}

await main();
