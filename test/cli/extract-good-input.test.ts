// `lantu extract` reads the same document from every encoding and format it
// supports: --text prints the same decoded text, --json the same extraction.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { makeDocx } from "../fixtures/input/make-docx.ts";
import { SAMPLE_LINES, SAMPLE_TEXT } from "../fixtures/input/sample.ts";
import { ROOT, runCli } from "./run-cli.ts";

let dir = "";
let baselineJson: unknown;

const html = (charset: string) =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>标题</title><style>p{margin:0}</style></head>
<body><!-- 正文 --><div class="article">${SAMPLE_LINES.map((l) => `<p>${l.replace(/&/g, "&amp;")}</p>`).join("\n")}</div>
<script>var nav = "<p>导航</p>";</script></body></html>`;

const variants: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
  "utf8-bom.txt": () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE_TEXT)]),
  "gbk.txt": () => iconv.encode(SAMPLE_TEXT, "gbk"),
  "gb18030.text": () => iconv.encode(SAMPLE_TEXT, "gb18030"),
  "utf16le.txt": () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE_TEXT, "utf-16le")]),
  "utf16be.txt": () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE_TEXT, "utf-16be")]),
  "page-gbk.html": () => iconv.encode(html("gb2312"), "gbk"),
  "page-utf8.htm": () => Buffer.from(html("utf-8")),
  "document.docx": () => makeDocx(SAMPLE_LINES),
  "no-extension": () => Buffer.from(SAMPLE_TEXT),
  "notes.md": () => Buffer.from(SAMPLE_TEXT),
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lantu-cli-good-"));
  writeFileSync(join(dir, "utf8.txt"), SAMPLE_TEXT);
  for (const [name, make] of Object.entries(variants)) writeFileSync(join(dir, name), await make());
  const { code, stdout } = await runCli(["extract", join(dir, "utf8.txt"), "--json"]);
  assert.equal(code, 0);
  baselineJson = JSON.parse(stdout);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("lantu extract reads every supported input alike", { concurrency: 2 }, () => {
  test("UTF-8: --text is the file exactly", async () => {
    const { code, stdout, stderr } = await runCli(["extract", join(dir, "utf8.txt"), "--text"]);
    assert.equal(stderr, "");
    assert.equal(code, 0);
    assert.equal(stdout, SAMPLE_TEXT);
  });

  for (const name of Object.keys(variants)) {
    test(`${name}: same --text and --json as the UTF-8 file`, async () => {
      const text = await runCli(["extract", join(dir, name), "--text"]);
      assert.equal(text.stderr, "");
      assert.equal(text.code, 0);
      assert.equal(text.stdout, SAMPLE_TEXT);
      const json = await runCli(["extract", join(dir, name), "--json"]);
      assert.equal(json.code, 0);
      assert.deepEqual(JSON.parse(json.stdout), baselineJson);
    });
  }

  test("--encoding names the encoding detection would miss", async () => {
    const path = join(dir, "utf16le-no-mark.txt");
    writeFileSync(path, iconv.encode(SAMPLE_TEXT, "utf-16le"));
    const { code, stdout } = await runCli(["extract", path, "--text", "--encoding", "utf-16le"]);
    assert.equal(code, 0);
    assert.equal(stdout, SAMPLE_TEXT);
  });

  test("CRLF line endings are kept as they are for .txt", async () => {
    const crlf = SAMPLE_TEXT.replace(/\n/g, "\r\n");
    const path = join(dir, "crlf.txt");
    writeFileSync(path, iconv.encode(crlf, "gbk"));
    const { code, stdout } = await runCli(["extract", path, "--text"]);
    assert.equal(code, 0);
    assert.equal(stdout, crlf);
  });

  test("a 20 MB document needs no flag", async () => {
    const corpus = readFileSync(join(ROOT, "test/fixtures/corpus/harbin-2022-districts.txt"), "utf8");
    const big = corpus.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(corpus)));
    assert.ok(Buffer.byteLength(big) >= 20 * 1024 * 1024);
    const path = join(dir, "big.txt");
    writeFileSync(path, big);
    const { code, stdout, stderr } = await runCli(["extract", path, "--text"]);
    assert.equal(stderr, "");
    assert.equal(code, 0);
    assert.equal(stdout.length, big.length);
    assert.ok(stdout === big);
  });
});
