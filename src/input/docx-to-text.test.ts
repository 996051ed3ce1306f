import { test } from "node:test";
import assert from "node:assert/strict";
import JSZip from "jszip";
import { isLantuError } from "../errors.ts";
import { docxToText } from "./docx-to-text.ts";
import { makeDocx, table } from "../../test/fixtures/input/make-docx.ts";
import { inflateBomb } from "../../test/helpers/zip-bomb.ts";
import { SAMPLE_LINES, SAMPLE_TEXT } from "../../test/fixtures/input/sample.ts";

async function rejects(promise: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(isLantuError(err), "a LantuError");
    assert.equal(err.code, code);
    assert.match(err.message, pattern);
    assert.doesNotMatch(err.message, /\n/, "one line");
    return true;
  });
}

test("one line per paragraph: the sample document reads as the sample text", async () => {
  assert.equal(await docxToText(await makeDocx(SAMPLE_LINES), "a.docx"), SAMPLE_TEXT);
});

test("empty paragraphs are dropped, line breaks inside a paragraph kept, tables read row by row", async () => {
  const docx = await makeDocx([
    "第一段",
    "",
    "同段第一行\n同段第二行",
    {
      xml: table([
        ["序号", "任务内容"],
        ["1", "建设临空经济区"],
      ]),
    },
    "A&B <规划>",
  ]);
  assert.equal(
    await docxToText(docx, "a.docx"),
    "第一段\n同段第一行\n同段第二行\n序号\n任务内容\n1\n建设临空经济区\nA&B <规划>\n",
  );
});

test("a file that is not a ZIP archive is not a .docx", async () => {
  await rejects(
    docxToText(Buffer.from("纯文本，不是文档"), "a.docx"),
    "file_format",
    /^a\.docx: not a \.docx: it is not a ZIP/,
  );
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  await rejects(docxToText(ole, "old.docx"), "file_format", /looks like an old Office file/);
});

test("a truncated .docx is corrupt", async () => {
  const docx = await makeDocx(SAMPLE_LINES);
  await rejects(
    docxToText(docx.subarray(0, docx.length - 30), "cut.docx"),
    "file_corrupt",
    /^cut\.docx: corrupt \.docx/,
  );
});

test("a ZIP without a Word document inside is corrupt", async () => {
  const zip = new JSZip();
  zip.file("hello.txt", "你好");
  const bytes = await zip.generateAsync({ type: "nodebuffer" });
  await rejects(
    docxToText(bytes, "zip.docx"),
    "file_corrupt",
    /zip\.docx: corrupt \.docx: Could not find main document part/,
  );
});

test("a .docx whose XML is malformed is corrupt, in one line", async () => {
  const zip = await JSZip.loadAsync(await makeDocx(["x"]));
  zip.file("word/document.xml", "<w:document><w:body><w:p>未闭合");
  const bytes = await zip.generateAsync({ type: "nodebuffer" });
  await rejects(docxToText(bytes, "bad.docx"), "file_corrupt", /bad\.docx: corrupt \.docx/);
});

test("a .docx that unpacks past the XML limit is refused before unpacking", async () => {
  const docx = await makeDocx([SAMPLE_LINES[0]!.repeat(200)]);
  await rejects(
    docxToText(docx, "bomb.docx", { maxXmlBytes: 4096 }),
    "file_too_large",
    /bomb\.docx: \.docx unpacks to .* of XML/,
  );
});

test("a .docx whose directory understates its XML is measured while inflating and refused at the limit", async () => {
  const honest = await makeDocx([SAMPLE_LINES[0]!]);
  // 40 MB of paragraphs, each entry claiming 100 bytes: the directory passes any guard.
  const bomb = await inflateBomb(
    honest,
    "word/document.xml",
    "<w:body>",
    "<w:p><w:r><w:t>同</w:t></w:r></w:p>",
    40e6,
    100,
  );
  assert.ok(bomb.length < 200_000, `the bomb is small (${bomb.length} bytes)`);
  await rejects(
    docxToText(bomb, "bomb.docx", { maxXmlBytes: 1024 * 1024 }),
    "file_too_large",
    /bomb\.docx: \.docx unpacks to more than 1 MB of XML/,
  );
});

test("a .docx whose entry points outside the archive is corrupt", async () => {
  const honest = await makeDocx([SAMPLE_LINES[0]!]);
  const broken = Buffer.from(honest);
  // The end record's directory offset: point the first entry's local header past the end.
  const end = broken.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const central = broken.readUInt32LE(end + 16);
  broken.writeUInt32LE(broken.length + 10, central + 42);
  await rejects(
    docxToText(broken, "bad.docx"),
    "file_corrupt",
    /bad\.docx: corrupt \.docx: entry .* outside the archive/,
  );
});
