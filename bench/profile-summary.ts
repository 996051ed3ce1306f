// `node --import tsx bench/profile-summary.ts FILE.cpuprofile [N]`: the N
// (default 40) functions with the most self time in a V8 CPU profile, and the
// self time summed per file, to read a `node --cpu-prof` run without DevTools.
// (Under tsx every module is one line, so a profile tells functions, not lines:
// for lines, profile an esbuild bundle of src/engine/index.ts instead.)
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const [file, n = "40"] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary.ts FILE.cpuprofile [N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const perFunction = new Map<string, number>();
const perFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = url.replace(/^.*\/(src|node_modules)\//, "$1/") || "(native)";
  const fn = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  perFunction.set(fn, (perFunction.get(fn) ?? 0) + dt);
  perFile.set(where, (perFile.get(where) ?? 0) + dt);
  total += dt;
});
const show = (title: string, m: Map<string, number>, count: number) => {
  console.log(`== ${title} (total ${(total / 1e6).toFixed(2)} s)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(
      `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1e3).toFixed(0).padStart(7)} ms  ${k}`,
    );
};
show("self time per function", perFunction, Number(n));
show("self time per file", perFile, 25);
