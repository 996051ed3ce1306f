#!/usr/bin/env node
// Lists the test files and hands them to node's test runner: on Node 20 it
// neither expands globs nor loads .ts by itself, so we do both here.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const roots = ["src", "test"];
const skip = new Set(["node_modules", "fixtures"]);
function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}
const filter = process.argv.slice(2);
let files = roots.flatMap((r) => walk(r, []));
if (filter.length) files = files.filter((f) => filter.some((p) => f.includes(p)));
files.sort();
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=1", ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
