import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { isLantuError } from "../errors.ts";
import { DEFAULT_MAX_BYTES, readDocument } from "./read-document.ts";
import { SAMPLE_TEXT } from "../../test/fixtures/input/sample.ts";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "lantu-read-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

// A file that reports `size` bytes but takes no disk space: a fast test on it
// proves it was refused without being read.
const sparse = (name: string, size: number) => {
  const path = file(name, "");
  truncateSync(path, size);
  return path;
};

async function rejects(promise: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(isLantuError(err), "a LantuError");
    assert.equal(err.code, code);
    assert.match(err.message, pattern);
    return true;
  });
}

test("a GBK file is read and decoded", async () => {
  const path = file("gbk.txt", iconv.encode(SAMPLE_TEXT, "gbk"));
  assert.deepEqual(await readDocument(path), { text: SAMPLE_TEXT, format: "text", encoding: "gb18030" });
});

test("the default limit holds a 20 MB document", () => {
  assert.ok(DEFAULT_MAX_BYTES >= 20 * 1024 * 1024);
});

test("a missing file, a directory and an unknown extension are named", async () => {
  await rejects(readDocument(join(dir, "none.txt")), "file_not_found", /none\.txt: no such file$/);
  await rejects(readDocument(join(dir, "none.txt", "below")), "file_not_found", /no such file$/);
  await rejects(readDocument(dir), "bad_argument", /is a directory, not a file$/);
  await rejects(readDocument(file("a.xyz", "x")), "file_format", /a\.xyz: unsupported file type/);
});

test("the size is checked before reading", async () => {
  const path = sparse("huge.txt", 200 * 1024 * 1024);
  await rejects(
    readDocument(path),
    "file_too_large",
    /huge\.txt: file is 200 MB, over the size limit of 64 MB$/,
  );
  // 8 GB is past what one Buffer can hold: only a check made before reading gives this message.
  const vast = sparse("vast.txt", 8 * 1024 * 1024 * 1024);
  await rejects(
    readDocument(vast, { maxBytes: 100 * 1024 * 1024 }),
    "file_too_large",
    /vast\.txt: file is 8192 MB/,
  );
  await rejects(
    readDocument(file("small.txt", "12345"), { maxBytes: 4 }),
    "file_too_large",
    /5 bytes, over the size limit of 4 bytes/,
  );
});

test("a bad size limit or encoding is a bad argument, before the file is touched", async () => {
  await rejects(readDocument(join(dir, "none.txt"), { maxBytes: 0 }), "bad_argument", /size limit/);
  await rejects(
    readDocument(join(dir, "none.txt"), { maxBytes: 600 * 1024 * 1024 }),
    "bad_argument",
    /size limit/,
  );
  await rejects(
    readDocument(join(dir, "none.txt"), { encoding: "bogus" }),
    "bad_argument",
    /unknown encoding "bogus"/,
  );
});

test("an empty file is refused without reading", async () => {
  await rejects(readDocument(file("empty.txt", "")), "file_empty", /empty\.txt: file is empty$/);
});

// A pipe has no size to check first, so the limit is enforced while reading.
const fifo = (name: string, data: Uint8Array) => {
  const path = join(dir, name);
  if (spawnSync("mkfifo", [path]).status !== 0) return undefined;
  createWriteStream(path)
    .on("error", () => undefined) // the reader may stop early
    .end(data);
  return path;
};

test("a named pipe is read, within the limit", { skip: process.platform === "win32" }, async (t) => {
  const ok = fifo("pipe-ok", iconv.encode(SAMPLE_TEXT, "gbk"));
  if (!ok) return t.skip("no mkfifo");
  assert.deepEqual(await readDocument(ok), { text: SAMPLE_TEXT, format: "text", encoding: "gb18030" });
  const big = fifo("pipe-big", Buffer.alloc(3 * 1024 * 1024, 0x41));
  await rejects(
    readDocument(big!, { maxBytes: 1024 * 1024 }),
    "file_too_large",
    /pipe-big: file is over the size limit of 1 MB/,
  );
});
