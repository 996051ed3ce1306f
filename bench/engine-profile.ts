// `node --import tsx bench/engine-profile.ts [passes] [out.cpuprofile]`: the
// engine bundled by esbuild (so that the profile has real lines, where tsx
// gives one line per module), five warm-up passes over the bench's documents
// ({ year: 2022 }), then a CPU profile of `passes` more (default 20), started
// after the warm-up so that compiling the code does not show. Prints the time
// under extract() as a tree of callers and callees (inclusive, then self) and
// the lines of the bundle with the most self time. Inlined callees count in
// their caller's time; `node --no-turbo-inlining --import tsx …` separates them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import type { Extraction, ExtractOptions } from "../src/engine/index.ts";
import { sourceDocuments } from "./varied-corpus.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const passes = Number(process.argv[2] ?? 20);
const out = process.argv[3] ?? join(tmpdir(), "engine.cpuprofile");
const work = mkdtempSync(join(tmpdir(), "lantu-profile-"));
const bundle = join(work, "engine.mjs");
buildSync({
  entryPoints: [join(root, "src/engine/index.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "error",
});
const source = readFileSync(bundle, "utf8").split("\n");
const { extract } = (await import(pathToFileURL(bundle).href)) as {
  extract: (text: string, options?: ExtractOptions) => Extraction;
};
rmSync(work, { recursive: true, force: true });

const docs = sourceDocuments(root).map((d) => d.text);
for (let i = 0; i < 5; i++) for (const d of docs) extract(d, { year: 2022 });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const started = process.cpuUsage();
for (let i = 0; i < passes; i++) for (const d of docs) extract(d, { year: 2022 });
const cpu = process.cpuUsage(started);
const { profile } = (await session.post("Profiler.stop")) as unknown as {
  profile: { nodes: ProfileNode[]; samples: number[] };
};
writeFileSync(out, JSON.stringify(profile));
console.log(
  `${((cpu.user + cpu.system) / 1e3 / passes).toFixed(0)} ms CPU per pass over ${docs.length} documents; profile in ${out}`,
);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const samples = new Map<number, number>();
for (const s of profile.samples) samples.set(s, (samples.get(s) ?? 0) + 1);
const name = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"}:${n.callFrame.lineNumber + 1}`;

// The tree under extract(), nodes of the same function under the same path merged.
interface Merged {
  self: number;
  total: number;
  children: Map<string, Merged>;
}
const merged = (): Merged => ({ self: 0, total: 0, children: new Map() });
const top = merged();
const add = (n: ProfileNode, into: Merged): number => {
  const self = samples.get(n.id) ?? 0;
  let total = self;
  for (const c of n.children ?? []) {
    const child = byId.get(c)!;
    const key = name(child);
    if (!into.children.has(key)) into.children.set(key, merged());
    total += add(child, into.children.get(key)!);
  }
  into.self += self;
  into.total += total;
  return total;
};
const visit = (n: ProfileNode): void => {
  if (n.callFrame.functionName === "extract" && n.callFrame.url.includes("engine")) add(n, top);
  else for (const c of n.children ?? []) visit(byId.get(c)!);
};
visit(profile.nodes[0]!);
const pct = (x: number) => `${((100 * x) / top.total).toFixed(1)}%`;
const show = (m: Merged, label: string, depth: number) => {
  if (m.total / top.total < 0.004 || depth > 5) return;
  console.log(`${"  ".repeat(depth)}${pct(m.total)} (self ${pct(m.self)}) ${label}`);
  for (const [k, c] of [...m.children].sort((a, b) => b[1].total - a[1].total)) show(c, k, depth + 1);
};
console.log("== time under extract(), inclusive (self)");
show(top, "extract", 0);

const lines = new Map<number, number>();
for (const n of profile.nodes)
  if (n.callFrame.url.startsWith("file:"))
    for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
console.log("== lines of the bundle with the most self time (share of all samples)");
for (const [line, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(
    `${((100 * ticks) / profile.samples.length).toFixed(2).padStart(6)}% ${String(line).padStart(6)}  ${source[line - 1]!.trim().slice(0, 110)}`,
  );
