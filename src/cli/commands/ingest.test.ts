// `lantu ingest` and `lantu user` in-process against a temp SQLite file:
// ingest twice (idempotent), user add / list, a bad flag.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isLantuError } from "../../errors.ts";
import { ingestCommand } from "./ingest.ts";
import { userCommand } from "./user.ts";

async function capture(run: () => Promise<void>): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let out = "";
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

test("lantu ingest / user", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "lantu-cli-"));
  const saved = { db: process.env.LANTU_DB, url: process.env.DATABASE_URL };
  process.env.LANTU_DB = join(dir, "lantu.db");
  delete process.env.DATABASE_URL;
  try {
    await t.test("ingest stores, then recognises the same text", async () => {
      const file = "test/fixtures/corpus/harbin-2022-districts.txt";
      assert.match(
        await capture(() => ingestCommand([file, "--year", "2022", "--plan", "哈尔滨"])),
        /new proposed items/,
      );
      assert.match(await capture(() => ingestCommand([file])), /already stored/);
      await assert.rejects(ingestCommand([]), (e) => isLantuError(e) && /needs a FILE/.test(e.message));
    });
    await t.test("user add prints a one-time password; list shows the user", async () => {
      const add = await capture(() =>
        userCommand(["add", "liaison", "--role", "reporter", "--unit", "南岗区"]),
      );
      assert.match(add, /one-time password: \S{12,}/);
      await capture(() =>
        userCommand(["add", "chosen", "--role", "supervisor", "--password", "chosen-pw-1"]),
      );
      const list = await capture(() => userCommand(["list"]));
      assert.match(list, /liaison\treporter\t\d+\t\(one-time password, not yet changed\)/);
      assert.match(list, /chosen\tsupervisor\t-\n/, "a password given on the command line is the user's own");
      await assert.rejects(
        userCommand(["add", "x", "--role", "boss"]),
        (e) => isLantuError(e) && /--role/.test(e.message),
      );
    });
  } finally {
    if (saved.db === undefined) delete process.env.LANTU_DB;
    else process.env.LANTU_DB = saved.db;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    rmSync(dir, { recursive: true, force: true });
  }
});
