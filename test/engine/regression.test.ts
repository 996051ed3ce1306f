// Regression floor: extracts every document of the test corpus (and the
// project's own annotated documents, when present), scores it against its
// gold file with the copy of the evaluation scorer in test/fixtures, and
// checks that no document falls below its floor.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/engine/index.ts";
import { readDocument } from "../../src/input/read-document.ts";

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");
const scorer = join(fixtures, "score.mjs");

interface Case {
  name: string;
  doc: string;
  gold: string;
  floor: number;
  /** Whether the floor also demands every gold speaker found. */
  allSpeakers: boolean;
}

// Documents added unseen start with a floor just under their first score
// (test/fixtures/own/floors.json); the floor is raised as the engine learns
// them, and an entry is removed once the document reaches the default.
interface Floor {
  f1: number;
  allSpeakers: boolean;
}
const ownFloors: Record<string, Floor> = existsSync(join(fixtures, "own/floors.json"))
  ? (JSON.parse(readFileSync(join(fixtures, "own/floors.json"), "utf8")) as Record<string, Floor>)
  : {};

function cases(): Case[] {
  const sets: { gold: string; corpus: string; floor: (name: string) => number }[] = [
    {
      gold: join(fixtures, "gold"),
      corpus: join(fixtures, "corpus"),
      // The bars issue 9 keeps for the shared development set: Harbin ≥ 0.95, each other ≥ 0.90.
      floor: (name) => (name.startsWith("harbin-") ? 0.95 : 0.9),
    },
    {
      gold: join(fixtures, "own/gold"),
      corpus: join(fixtures, "own/corpus"),
      floor: (name) => ownFloors[name]?.f1 ?? 0.8,
    },
  ];
  const out: Case[] = [];
  for (const set of sets) {
    if (!existsSync(set.gold)) continue;
    for (const file of readdirSync(set.gold).sort()) {
      if (!file.endsWith(".gold.json")) continue;
      const name = file.slice(0, -".gold.json".length);
      const gold = JSON.parse(readFileSync(join(set.gold, file), "utf8")) as { document?: string };
      const doc = join(set.corpus, gold.document ?? `${name}.txt`);
      out.push({
        name,
        doc,
        gold: join(set.gold, file),
        floor: set.floor(name),
        allSpeakers: ownFloors[name]?.allSpeakers ?? true,
      });
    }
  }
  return out;
}

interface Score {
  f1: number;
  parts: Record<string, number>;
  table: string;
}

function score(goldPath: string, extractionPath: string): Score {
  const run = spawnSync(process.execPath, [scorer, goldPath, extractionPath, "--details"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, `scorer failed: ${run.stderr}`);
  const line = /^score: F1 ([\d.]+) \((.*)\)$/m.exec(run.stdout);
  assert.ok(line, `no score line in:\n${run.stdout}`);
  const parts: Record<string, number> = {};
  for (const part of line[2]!.split(", ")) {
    const [key, value] = part.split(" ");
    parts[key!] = Number(value);
  }
  return { f1: Number(line[1]), parts, table: run.stdout };
}

const all = cases();
const work = mkdtempSync(join(tmpdir(), "lantu-regression-"));
after(() => rmSync(work, { recursive: true, force: true }));

test("the test corpus has its documents and gold files", () => {
  assert.ok(existsSync(scorer), "test/fixtures/score.mjs is missing");
  assert.ok(all.filter((c) => c.floor > 0.8).length >= 7, "expected the seven corpus documents");
  for (const c of all) assert.ok(existsSync(c.doc), `${c.doc} is missing`);
  assert.ok(
    all.some((c) => c.name.startsWith("harbin-")),
    "the Harbin round-up is missing",
  );
});

for (const c of all) {
  const speakers = c.allSpeakers ? ", every speaker found" : "";
  test(`${c.name}: F1 ≥ ${c.floor}${speakers}`, async () => {
    const gold = JSON.parse(readFileSync(c.gold, "utf8")) as { year?: number | null };
    const { text } = await readDocument(c.doc);
    const extraction = extract(text, gold.year ? { year: gold.year } : {});
    const out = join(work, `${c.name}.json`);
    writeFileSync(out, JSON.stringify(extraction));
    const s = score(c.gold, out);
    assert.ok(s.f1 >= c.floor, `F1 ${s.f1} below the floor ${c.floor}\n${s.table}`);
    if (c.allSpeakers) assert.equal(s.parts.speakers, 1, `speakers F1 ${s.parts.speakers}\n${s.table}`);
  });
}
