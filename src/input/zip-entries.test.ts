import { test } from "node:test";
import assert from "node:assert/strict";
import JSZip from "jszip";
import { zipEntries } from "./zip-entries.ts";

test("entries and their unpacked sizes come from the central directory", async () => {
  const zip = new JSZip();
  zip.file("word/document.xml", "<x>" + "重复".repeat(10000) + "</x>");
  zip.file("目录/说明.txt", "短");
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment: "注释" });
  const entries = zipEntries(bytes)!;
  assert.deepEqual(
    entries.filter((e) => !e.name.endsWith("/")).map(({ name, size }) => ({ name, size })),
    [
      { name: "word/document.xml", size: 7 + 60000 },
      { name: "目录/说明.txt", size: 3 },
    ],
  );
  assert.ok(bytes.length < 1000, "compressed far below the unpacked size");
});

test("bytes without a readable directory give undefined", async () => {
  assert.equal(zipEntries(Buffer.from("not a zip at all, not even close")), undefined);
  assert.equal(zipEntries(new Uint8Array()), undefined);
  const zip = new JSZip();
  zip.file("a.xml", "<a/>");
  const bytes = await zip.generateAsync({ type: "nodebuffer" });
  const broken = Buffer.from(bytes);
  broken.writeUInt32LE(0x02014b50 ^ 1, broken.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
  assert.equal(zipEntries(broken), undefined);
});
