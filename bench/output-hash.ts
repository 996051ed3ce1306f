// `node --import tsx bench/output-hash.ts [--verbose]`: one sha256 over the
// engine's JSON output for every corpus document, each with the options {},
// { year: 2022 } and { year: 2013 }, and over a few MB of the bench's varied
// documents. Speed work must leave this hash unchanged: compute it on the
// base commit, change the code, compute it again. --verbose prints one hash
// per document and options, to find which document a change moved.
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/engine/index.ts";
import type { ExtractOptions } from "../src/engine/index.ts";
import { readDocument } from "../src/input/read-document.ts";
import { sourceDocuments, variedDocuments } from "./varied-corpus.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const FOLDERS = [
  "../shared/corpus",
  "demo",
  "test/fixtures/corpus",
  "test/fixtures/own/corpus",
  "eval/corpus",
];
const OPTIONS: ExtractOptions[] = [{}, { year: 2022 }, { year: 2013 }];
// Renamed copies reach paths the documents themselves do not (other names, other figures).
const VARIED_BYTES = 2 * 1024 * 1024;

const inputs: { name: string; text: string }[] = [];
for (const folder of FOLDERS) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(txt|md|html?|docx)$/.test(file) || file === "README.md") continue;
    const path = join(dir, file);
    inputs.push({ name: relative(root, path), text: (await readDocument(path)).text });
  }
}
variedDocuments(sourceDocuments(root), VARIED_BYTES).forEach((text, i) =>
  inputs.push({ name: `varied#${i}`, text }),
);

const all = createHash("sha256");
const started = process.cpuUsage();
for (const { name, text } of inputs) {
  for (const options of OPTIONS) {
    const json = JSON.stringify(extract(text, options));
    all.update(json);
    if (verbose) {
      const one = createHash("sha256").update(json).digest("hex").slice(0, 16);
      console.log(`${one}  ${name} ${JSON.stringify(options)}`);
    }
  }
}
const cpu = process.cpuUsage(started);
console.log(`${all.digest("hex")}  (${inputs.length} documents × ${OPTIONS.length} options)`);
console.error(`engine CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
