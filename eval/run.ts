// `npm run eval`: extracts every development document in ../shared/corpus and
// every gold file of the project's own (eval/gold, test/fixtures/own), scores
// each with ../shared/eval/score.mjs and prints the mean last. It calls the
// engine in-process so that it needs no build and runs in seconds.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extract } from "../src/engine/index.ts";
import { readDocument } from "../src/input/read-document.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const shared = resolve(root, "../shared");
const scorer = join(shared, "eval/score.mjs");
// Without the scorer every document would score 0 in silence (a worktree elsewhere has no ../shared).
if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; the shared corpus must sit beside the checkout as ../shared`);
  process.exit(2);
}

interface Case {
  name: string;
  doc: string;
  gold: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  const sets: [string, string][] = [
    [join(shared, "eval/gold"), join(shared, "corpus")],
    [join(root, "test/fixtures/own/gold"), join(root, "test/fixtures/own/corpus")],
  ];
  for (const [goldDir, docDir] of sets) {
    if (!existsSync(goldDir)) continue;
    for (const file of readdirSync(goldDir).sort()) {
      if (!file.endsWith(".gold.json")) continue;
      const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { document: string };
      out.push({
        name: basename(gold.document),
        doc: join(docDir, gold.document),
        gold: join(goldDir, file),
      });
    }
  }
  return out;
}

const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const details = process.argv.includes("--details");
const work = mkdtempSync(join(tmpdir(), "lantu-eval-"));
const scores: number[] = [];
for (const c of cases()) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  const gold = JSON.parse(readFileSync(c.gold, "utf8")) as { year?: number };
  const { text } = await readDocument(c.doc);
  const extraction = extract(text, { year: gold.year ?? undefined });
  const out = join(work, `${c.name}.json`);
  writeFileSync(out, JSON.stringify(extraction));
  const run = spawnSync(process.execPath, [scorer, c.gold, out, ...(details ? ["--details"] : [])], {
    encoding: "utf8",
  });
  console.log(`== ${c.name}`);
  process.stdout.write(run.stdout);
  const m = /score: F1 ([\d.]+)/.exec(run.stdout);
  scores.push(m ? Number(m[1]) : 0);
}
const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
console.log(`mean score over ${scores.length} documents: ${mean.toFixed(3)}`);
