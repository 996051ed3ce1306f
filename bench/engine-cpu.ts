// `node --import tsx bench/engine-cpu.ts [rounds]`: the engine alone over the
// bench's documents (demo/, test/fixtures/, each with { year: 2022 } as
// `npm run bench` runs it), a few rounds after one warm-up, printing the CPU
// time of each round. CPU time, not wall-clock, so that two trees can be
// compared on a machine other work shares; run it under `node --cpu-prof`
// to see where the time goes (bench/profile-summary.ts reads the profile).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/engine/index.ts";
import { sourceDocuments } from "./varied-corpus.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rounds = Number(process.argv[2] ?? 5);
const docs = sourceDocuments(root).map((d) => d.text);
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0) / (1024 * 1024);
const REPEAT = 10; // ten passes over the documents make one round (~3.5 MB)

const round = (): number => {
  const start = process.cpuUsage();
  for (let i = 0; i < REPEAT; i++) for (const d of docs) extract(d, { year: 2022 });
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1e6;
};
round();
const times: number[] = [];
for (let i = 0; i < rounds; i++) times.push(round());
const best = Math.min(...times);
console.log(
  `engine CPU per round (${(mb * REPEAT).toFixed(1)} MB): ${times.map((t) => t.toFixed(3)).join(" ")}; ` +
    `best ${best.toFixed(3)} s, ${((mb * REPEAT) / best).toFixed(1)} MB/s CPU`,
);
