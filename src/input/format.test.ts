import { test } from "node:test";
import assert from "node:assert/strict";
import { isLantuError } from "../errors.ts";
import { formatOf } from "./format.ts";

test("extensions pick the reader, in any case", () => {
  assert.equal(formatOf("plan.txt"), "text");
  assert.equal(formatOf("plan.TEXT"), "text");
  assert.equal(formatOf("README.md"), "text");
  assert.equal(formatOf("dir.d/plan"), "text");
  assert.equal(formatOf("page.HTM"), "html");
  assert.equal(formatOf("page.html"), "html");
  assert.equal(formatOf("report.Docx"), "docx");
  assert.equal(formatOf("plan.PDF"), "pdf");
  assert.equal(formatOf("scan.png"), "image");
  assert.equal(formatOf("scan.JPEG"), "image");
});

test("an upload's separate extension wins over its name, with or without the dot", () => {
  assert.equal(formatOf("upload", "docx"), "docx");
  assert.equal(formatOf("upload.bin", ".HTML"), "html");
});

test("other extensions are file_format errors naming the file, with advice for common ones", () => {
  for (const [name, pattern] of [
    ["a.wps", /a\.wps: unsupported file type "\.wps" \(WPS files are not read/],
    ["a.doc", /save it as \.docx/],
    ["a.xyz", /a\.xyz: unsupported file type "\.xyz" \(it reads \.txt/],
  ] as const) {
    assert.throws(
      () => formatOf(name),
      (err) => isLantuError(err) && err.code === "file_format" && pattern.test(err.message),
    );
  }
});
