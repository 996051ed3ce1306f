// `node --import tsx bench/engine-ab.ts [REF] [rounds]`: the engine of a git
// commit (default HEAD) against the working tree's, in one process, over the
// bench's documents ({ year: 2022 }, as `npm run bench` runs them). Both are
// bundled with esbuild (so that a `--cpu-prof` of this run shows lines) and
// their rounds interleaved A B B A …, so that both see the same machine; a
// shared machine slows rounds, not one side. Prints each pair's CPU ratio
// (working tree ÷ REF), their median and spread, and first checks that the two
// give the same JSON on every document. `--same` bundles the working tree twice
// (an A/A run: the noise of the ratio on this machine). `--allow-diff` lists the
// documents whose output differs and goes on to the timing (for a change that
// moves the output on purpose, such as a new rule, whose cost is still wanted).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import type { Extraction, ExtractOptions } from "../src/engine/index.ts";
import { sourceDocuments } from "./varied-corpus.ts";

type Extract = (text: string, options?: ExtractOptions) => Extraction;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const same = args.includes("--same");
const allowDiff = args.includes("--allow-diff");
const positional = args.filter((a) => !a.startsWith("--"));
const [ref, roundsArg] = same
  ? ["HEAD", positional[0] ?? "10"]
  : [positional[0] ?? "HEAD", positional[1] ?? "10"];
const rounds = Number(roundsArg);
const work = mkdtempSync(join(tmpdir(), "lantu-ab-"));

function bundle(from: string, name: string): string {
  const outfile = join(work, `${name}.mjs`);
  buildSync({
    entryPoints: [join(from, "src/engine/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

let baseTree = root;
if (!same) {
  baseTree = join(work, "base");
  execFileSync("sh", [
    "-c",
    `mkdir -p ${baseTree} && git -C ${root} archive ${ref} src lexicon | tar -x -C ${baseTree}`,
  ]);
}
// The bundles need the packages the engine imports: resolve them from this checkout.
if (baseTree !== root) execFileSync("ln", ["-s", join(root, "node_modules"), join(baseTree, "node_modules")]);
// Two copies of A: how far two copies of the same code differ in one process is the noise.
const load = async (file: string) =>
  ((await import(pathToFileURL(file).href)) as { extract: Extract }).extract;
const a = await load(bundle(baseTree, "a"));
const a2 = await load(bundle(baseTree, "a2"));
const b = await load(bundle(root, "b"));
rmSync(work, { recursive: true, force: true });

const sources = sourceDocuments(root);
const docs = sources.map((d) => d.text);
const differing: string[] = [];
for (const [i, d] of docs.entries()) {
  for (const options of [{}, { year: 2022 }, { year: 2013 }]) {
    if (JSON.stringify(a(d, options)) === JSON.stringify(b(d, options))) continue;
    const where = `document ${i} (${sources[i]?.name ?? "?"}) ${JSON.stringify(options)}`;
    if (!allowDiff) throw new Error(`output differs on ${where} (--allow-diff to time it anyway)`);
    differing.push(where);
  }
}
if (differing.length > 0) console.log(`output differs on ${differing.length}:\n  ${differing.join("\n  ")}`);

const REPEAT = 5;
const round = (fn: Extract): number => {
  const start = process.cpuUsage();
  for (let i = 0; i < REPEAT; i++) for (const d of docs) fn(d, { year: 2022 });
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1e6;
};
const sides = [a, a2, b];
for (let i = 0; i < 2; i++) for (const fn of sides) round(fn); // warm-up
const times: number[][] = [[], [], []];
// Each round runs the three in a rotated order, so that none always follows the same one.
const ORDERS = [
  [0, 1, 2],
  [2, 0, 1],
  [1, 2, 0],
  [2, 1, 0],
  [0, 2, 1],
  [1, 0, 2],
];
for (let i = 0; i < rounds; i++) for (const k of ORDERS[i % ORDERS.length]!) times[k]!.push(round(sides[k]!));
const [ta, ta2, tb] = times as [number[], number[], number[]];

const summary = (label: string, ratios: number[]) => {
  const sorted = [...ratios].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3);
  console.log(
    `${label}: median ${at(0.5)} (quartiles ${at(0.25)}–${at(0.75)}, range ${at(0)}–${at(1)}, ${ratios.length} rounds)`,
  );
};
const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
const name = same ? "working tree" : ref;
console.log(`A  (${name}) CPU s per round: ${f(ta)}; min ${Math.min(...ta).toFixed(3)}`);
console.log(`A' (${name}) CPU s per round: ${f(ta2)}; min ${Math.min(...ta2).toFixed(3)}`);
console.log(`B  (working tree) CPU s per round: ${f(tb)}; min ${Math.min(...tb).toFixed(3)}`);
summary(
  "B / mean(A, A') per round",
  tb.map((t, i) => (2 * t) / (ta[i]! + ta2[i]!)),
);
summary(
  "A' / A per round (noise)",
  ta2.map((t, i) => t / ta[i]!),
);
console.log(`min B / min(A, A'): ${(Math.min(...tb) / Math.min(...ta, ...ta2)).toFixed(3)}`);
