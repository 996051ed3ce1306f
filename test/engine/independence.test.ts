// An extraction depends on its document alone, not on what the process
// extracted before it: the engine caches word lists across documents of one
// framework, and a cache that leaked one document's objects into another's
// alignment once made the same document come out differently by order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = join(root, "test/fixtures/corpus");

/** Extractions of the documents named by `specs` (FILE, FILE#a first half, FILE#b second half), in order, in a fresh process. */
function extractInOrder(specs: string[]): Record<string, string> {
  const script = `
    import { readFileSync } from "node:fs";
    import { extract } from ${JSON.stringify(join(root, "src/engine/index.ts"))};
    const variant = (spec) => {
      const [file, part] = spec.split("#");
      const t = readFileSync(file, "utf8");
      return part === "a" ? t.slice(0, t.length >> 1) : part === "b" ? t.slice(t.length >> 1) : t;
    };
    const out = {};
    for (const spec of ${JSON.stringify(specs)}) out[spec] = JSON.stringify(extract(variant(spec), { year: 2022 }));
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

test("each document comes out the same whatever the process extracted before it", () => {
  const files = readdirSync(corpus)
    .filter((n) => n.endsWith(".txt"))
    .map((n) => join(corpus, n));
  assert.ok(files.length >= 3, "the test corpus is there");
  // A document's halves share the whole's framework, so they share its cached word lists.
  const specs = files.flatMap((f) => [`${f}#a`, `${f}#b`, f]);
  const forward = extractInOrder(specs);
  const backward = extractInOrder([...specs].reverse());
  for (const spec of specs) {
    assert.ok(forward[spec]!.length > 100, spec);
    assert.equal(forward[spec], backward[spec], `${spec} differs by extraction order`);
  }
});
