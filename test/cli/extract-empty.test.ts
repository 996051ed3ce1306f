// `lantu extract` on a document it reads but finds no commitment in: the
// extraction still prints, exit 0, and one line on stderr says it is empty.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli.ts";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "lantu-cli-empty-"));
  writeFileSync(join(dir, "weather.txt"), "新年新气象\n\n大家都很开心。天气很好。\n");
  writeFileSync(
    join(dir, "plan.txt"),
    "港城今年这样干\n\n今年，滨海港区将加快建设临港物流园，新建冷链仓库3座。\n",
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("a document with no commitment: extraction printed, exit 0, one stderr line naming the file", async () => {
  const path = join(dir, "weather.txt");
  const { code, stdout, stderr } = await runCli(["extract", path, "--json"]);
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout).commitments, []);
  assert.equal(stderr, `lantu extract: ${path}: no commitment found in the document\n`);
});

test("a document with commitments says nothing on stderr", async () => {
  const { code, stdout, stderr } = await runCli(["extract", join(dir, "plan.txt"), "--json"]);
  assert.equal(code, 0);
  assert.equal(stderr, "");
  assert.ok(JSON.parse(stdout).commitments.length > 0);
});
