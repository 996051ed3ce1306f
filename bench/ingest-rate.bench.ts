// `npm run bench:ingest-rate [-- --items 5000,20000] [--db sqlite,postgres] [--runs 3]`
//
// Ingest's storing rate (issue 14's goal: at least 2,000 commitments per
// second on SQLite): a large synthetic document through the real ingest
// service into a fresh database, extraction timed apart (bench/scale/ingest.ts).
// Prints the median of the runs, wall clock and the process's CPU time (on a
// shared machine the wall clock includes waiting for a core).
import { parseArgs } from "node:util";
import { measureIngest } from "./scale/ingest.ts";

const { values } = parseArgs({
  options: { items: { type: "string" }, db: { type: "string" }, runs: { type: "string" } },
});
const sizes = (values.items ?? "5000,20000").split(",").map(Number);
const dialects = (values.db ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const runs = Number(values.runs ?? 3);
const PG_URL = process.env.PGBENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const dialect of dialects) {
  for (const items of sizes) {
    const wall: number[] = [];
    const cpu: number[] = [];
    let stored = 0;
    for (let i = 0; i < runs; i++) {
      const r = await measureIngest(dialect, PG_URL, items);
      stored = r.stored;
      wall.push((r.stored / r.storeMs) * 1000);
      cpu.push((r.stored / r.storeCpuMs) * 1000);
    }
    process.stdout.write(
      `${dialect}, ${items}-item document (${stored} commitments stored): ` +
        `${Math.round(median(wall))} commitments/s wall (${wall.map(Math.round).join(", ")}), ` +
        `${Math.round(median(cpu))}/s per CPU-second (${cpu.map(Math.round).join(", ")})\n`,
    );
  }
}
