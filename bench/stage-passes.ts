// `node --import tsx bench/stage-passes.ts STAGE PASSES`: one stage of the
// engine (commitments, targets, strategies, all three, or none) run PASSES
// times over the bench's documents ({ year: 2022 }), their document models
// built once beforehand. Made to be counted by callgrind: the instructions of
// two runs with different PASSES, subtracted, are the stage's steady-state
// cost per pass, without the set-up and the JIT's first compiles.
//   node bench/stage-passes.ts --bundle OUT.mjs   writes an esbuild bundle to run under valgrind:
//   valgrind --tool=callgrind node --single-threaded OUT.mjs targets 20
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDocument } from "../src/engine/structure/build-document.ts";
import { detectFramework } from "../src/engine/framework/detect.ts";
import { extractCommitments } from "../src/engine/commitments/index.ts";
import { extractTargets } from "../src/engine/targets/index.ts";
import { extractStrategies } from "../src/engine/strategies/index.ts";
import { sourceDocuments } from "./varied-corpus.ts";

// (A bundle elsewhere finds the documents under LANTU_ROOT.)
const root = process.env.LANTU_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [stage = "all", passesArg = "10"] = process.argv.slice(2);
const passes = Number(passesArg);
const docs = sourceDocuments(root).map((d) => {
  const built = buildDocument(d.text, { year: 2022 });
  return {
    doc: built.doc,
    speakers: built.speakers.map((s) => s.person),
    framework: detectFramework(built.doc, built.author),
  };
});
const run = {
  none: () => {},
  commitments: (d: (typeof docs)[number]) => extractCommitments(d.doc, d.speakers, d.framework),
  targets: (d: (typeof docs)[number]) => extractTargets(d.doc),
  strategies: (d: (typeof docs)[number]) => extractStrategies(d.doc, d.framework),
  all: (d: (typeof docs)[number]) => {
    extractCommitments(d.doc, d.speakers, d.framework);
    extractTargets(d.doc);
    extractStrategies(d.doc, d.framework);
  },
}[stage];
if (!run) throw new Error(`unknown stage ${stage}`);
let n = 0;
for (let i = 0; i < passes; i++) for (const d of docs) n += (run(d) as unknown[] | undefined)?.length ?? 0;
console.log(`${stage} × ${passes}: ${docs.length} documents, ${n} items`);
