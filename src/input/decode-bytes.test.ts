import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { isLantuError } from "../errors.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { makeDocx } from "../../test/fixtures/input/make-docx.ts";
import { SAMPLE_LINES, SAMPLE_TEXT } from "../../test/fixtures/input/sample.ts";

async function rejects(promise: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(
    promise,
    (err: unknown) => isLantuError(err) && err.code === code && pattern.test(err.message),
  );
}

test("the name's extension picks the reader; every format gives the same text", async () => {
  const html = `<meta charset="gbk"><p>${SAMPLE_LINES.join("</p><p>")}</p>`;
  const cases = [
    { name: "a.txt", bytes: Buffer.from(SAMPLE_TEXT), format: "text", encoding: "utf-8" },
    { name: "a", bytes: iconv.encode(SAMPLE_TEXT, "gbk"), format: "text", encoding: "gb18030" },
    { name: "a.html", bytes: iconv.encode(html, "gbk"), format: "html", encoding: "gb18030" },
    { name: "a.docx", bytes: await makeDocx(SAMPLE_LINES), format: "docx", encoding: "utf-8" },
  ];
  for (const c of cases) {
    assert.deepEqual(await decodeBytes(c.bytes, { name: c.name }), {
      text: SAMPLE_TEXT,
      format: c.format,
      encoding: c.encoding,
    });
  }
});

test("an upload's extension can be given apart from its name", async () => {
  const doc = await decodeBytes(await makeDocx(SAMPLE_LINES), { name: "上传文件", ext: "docx" });
  assert.equal(doc.format, "docx");
});

// Read as HTML, the GBK text is one paragraph whose line breaks fall between
// Chinese characters, so they vanish.
test("--encoding applies to text and HTML; an unknown one is refused before anything else", async () => {
  const gbk = iconv.encode(SAMPLE_TEXT, "gbk");
  assert.equal((await decodeBytes(gbk, { name: "a.txt", encoding: "gbk" })).encoding, "gbk");
  assert.equal(
    (await decodeBytes(gbk, { name: "a.htm", encoding: "gb18030" })).text,
    SAMPLE_LINES.join("") + "\n",
  );
  await rejects(decodeBytes(gbk, { name: "a.txt", encoding: "klingon" }), "bad_argument", /unknown encoding/);
  await rejects(decodeBytes(gbk, { name: "a.pdf" }), "file_format", /a\.pdf: not a PDF/);
});

test("empty input is file_empty, each format saying why", async () => {
  await rejects(decodeBytes(new Uint8Array(), { name: "e.txt" }), "file_empty", /^e\.txt: file is empty$/);
  await rejects(
    decodeBytes(Buffer.from(" \r\n\t　\n"), { name: "w.txt" }),
    "file_empty",
    /^w\.txt: file holds only white space$/,
  );
  await rejects(
    decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]), { name: "bom.txt" }),
    "file_empty",
    /only white space/,
  );
  const blank = Buffer.from(
    "<html><head><title>标题</title><script>x()</script></head><body>&nbsp;</body></html>",
  );
  await rejects(decodeBytes(blank, { name: "b.html" }), "file_empty", /^b\.html: file has no visible text$/);
  await rejects(
    decodeBytes(await makeDocx(["", " "]), { name: "b.docx" }),
    "file_empty",
    /^b\.docx: file has no text$/,
  );
});

test("a page nested past the depth limit is refused with its name", async () => {
  await assert.rejects(
    decodeBytes(Buffer.from("<html><body>" + "<div>层".repeat(20_000)), { name: "深.html" }),
    (e: unknown) =>
      isLantuError(e) && e.code === "file_too_complex" && /^深\.html: HTML elements nest/.test(e.message),
  );
});
