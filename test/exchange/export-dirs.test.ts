// A crashed server's export directory (src/http/export-files.ts) is removed by
// the next start: only those whose owner process is gone, never a running
// server's, this process's or one whose owner cannot be told.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ExportFiles, removeStaleExportDirs } from "../../src/http/export-files.ts";

test("stale export directories of processes that are gone are removed at start", async () => {
  const root = mkdtempSync(join(tmpdir(), "lantu-test-dirs-"));
  const alive = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  try {
    // A process that has ended: its id is free.
    const ended = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await once(ended, "exit");
    const dirs = {
      gone: `lantu-exports-${ended.pid}-a1b2c3`,
      running: `lantu-exports-${alive.pid}-d4e5f6`,
      mine: `lantu-exports-${process.pid}-g7h8i9`,
      unnamed: "lantu-exports-Xy12Zq",
      other: "something-else",
    };
    for (const d of Object.values(dirs)) {
      mkdirSync(join(root, d));
      writeFileSync(join(root, d, "1"), "csv");
    }
    assert.deepEqual(removeStaleExportDirs(root), [dirs.gone]);
    assert.deepEqual(
      readdirSync(root).sort(),
      [dirs.running, dirs.mine, dirs.unnamed, dirs.other].sort(),
      "a running process's, this one's, an unnamed one and others are kept",
    );
    assert.deepEqual(removeStaleExportDirs(join(root, "missing")), []);
  } finally {
    alive.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test("an app's export directory is named with its process id and goes with it", () => {
  const files = new ExportFiles();
  const dir = (files as unknown as { dir: string }).dir;
  assert.match(basename(dir), new RegExp(`^lantu-exports-${process.pid}-`));
  assert.ok(existsSync(dir));
  files.close();
  assert.ok(!existsSync(dir));
});
