// `lantu extract` on every kind of bad input: exit code 2, nothing on stdout,
// and one line on stderr that names the file and the problem, no stack trace.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { makeDocx } from "../fixtures/input/make-docx.ts";
import { SAMPLE_LINES, SAMPLE_TEXT } from "../fixtures/input/sample.ts";
import { runCli } from "./run-cli.ts";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "lantu-cli-bad-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const path = (name: string) => join(dir, name);
const file = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(path(name), bytes);
  return path(name);
};

/** Runs `extract` and checks the shape of a user error; returns the message after "lantu extract: ". */
async function refuse(args: string[], ...patterns: RegExp[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(["extract", ...args]);
  assert.equal(code, 2, `exit code 2 (stderr: ${stderr})`);
  assert.equal(stdout, "", "nothing on stdout");
  assert.match(stderr, /^lantu extract: [^\n]+\n$/, "one line on stderr");
  assert.doesNotMatch(stderr, /^\s+at /m, "no stack trace");
  const message = stderr.slice("lantu extract: ".length, -1);
  for (const p of patterns) assert.match(message, p);
  return message;
}

describe("lantu extract refuses bad input", { concurrency: 2 }, () => {
  test("a missing file", async () => {
    await refuse([path("missing.txt")], /missing\.txt: no such file/);
  });

  test("a directory", async () => {
    mkdirSync(path("folder.txt"));
    await refuse([path("folder.txt")], /folder\.txt: is a directory/);
  });

  test("an empty file", async () => {
    await refuse([file("empty.txt", "")], /empty\.txt: file is empty/);
  });

  test("a file of white space only", async () => {
    await refuse([file("blank.txt", " \n\t\r\n　\n")], /blank\.txt: file holds only white space/);
  });

  test("an HTML page without visible text", async () => {
    await refuse(
      [file("blank.html", "<html><head><title>标题</title></head><body><script>x()</script></body></html>")],
      /blank\.html: file has no visible text/,
    );
  });

  test("a binary file with NUL bytes", async () => {
    await refuse(
      [file("nul.txt", Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42]))],
      /nul\.txt: contains NUL bytes/,
      /binary/,
    );
  });

  test("a PNG named .txt", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await refuse([file("image.txt", png)], /image\.txt: looks like a PNG image, not text/);
  });

  test("a PDF named .txt", async () => {
    await refuse([file("doc.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj")], /doc\.txt: looks like a PDF document/);
  });

  test("bytes that are neither UTF-8 nor GB18030", async () => {
    const latin1 = iconv.encode(
      "Le conseil municipal a décidé, en décembre, de rénover l'école.\n",
      "latin1",
    );
    await refuse([file("latin1.txt", latin1)], /latin1\.txt: not valid UTF-8.* nor GB18030/, /--encoding/);
  });

  test("an unknown extension", async () => {
    await refuse([file("report.rtf", "{\\rtf1}")], /report\.rtf: unsupported file type "\.rtf"/);
    await refuse([file("notes.xyz", SAMPLE_TEXT)], /notes\.xyz: unsupported file type "\.xyz"/);
  });

  test("a .docx that is not a ZIP archive", async () => {
    await refuse([file("text.docx", SAMPLE_TEXT)], /text\.docx: not a \.docx: it is not a ZIP archive/);
  });

  test("a corrupt .docx", async () => {
    const docx = await makeDocx(SAMPLE_LINES);
    await refuse([file("cut.docx", docx.subarray(0, docx.length - 40))], /cut\.docx: corrupt \.docx/);
  });

  test("a 200 MB file is refused by its size, before it is read; --max-mb raises the limit", async () => {
    const huge = file("huge.txt", "");
    truncateSync(huge, 200 * 1024 * 1024); // sparse: no disk space, no time to write
    await refuse([huge], /huge\.txt: file is 200 MB, over the size limit of 64 MB/, /--max-mb/);
    // With the limit raised, the size passes and the sparse file's NULs are what is refused.
    const message = await refuse([huge, "--max-mb", "300"], /huge\.txt: contains NUL bytes/);
    assert.doesNotMatch(message, /size limit/);
  });

  test("a bad --max-mb", async () => {
    await refuse([file("ok1.txt", SAMPLE_TEXT), "--max-mb", "0"], /--max-mb/);
    await refuse([file("ok2.txt", SAMPLE_TEXT), "--max-mb", "lots"], /--max-mb/);
  });

  test("an unknown --encoding", async () => {
    await refuse([file("ok3.txt", SAMPLE_TEXT), "--encoding", "klingon"], /unknown encoding "klingon"/);
  });

  test("an --encoding the bytes do not fit", async () => {
    await refuse([file("utf8.txt", "第一行\n第二行\n中"), "--encoding", "gbk"], /utf8\.txt: not valid gbk/);
  });
});
