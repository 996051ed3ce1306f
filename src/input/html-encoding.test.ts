import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { isLantuError } from "../errors.ts";
import { declaredCharset, decodeHtml } from "./html-encoding.ts";

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;
const text = "哈尔滨市打造“七大都市”，建设科技创新城。";

test("the charset is found in <meta charset> and in http-equiv Content-Type", () => {
  assert.equal(declaredCharset(Buffer.from(page('<meta charset="UTF-8">', ""))), "utf-8");
  const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />';
  assert.equal(declaredCharset(Buffer.from(page(equiv, ""))), "gb18030");
  assert.equal(declaredCharset(Buffer.from(page("<meta name=x>", ""))), undefined);
});

test("a GBK page declaring gb2312 is read", () => {
  const bytes = iconv.encode(page('<meta charset="gb2312">', text), "gbk");
  const result = decodeHtml(bytes, "a.html");
  assert.equal(result.encoding, "gb18030");
  assert.ok(result.text.includes(text));
});

test("a GBK page declaring nothing is detected", () => {
  const result = decodeHtml(iconv.encode(page("", text), "gbk"), "a.html");
  assert.equal(result.encoding, "gb18030");
  assert.ok(result.text.includes(text));
});

test("a declaration the bytes contradict is passed over", () => {
  const result = decodeHtml(iconv.encode(page('<meta charset="utf-8">', text), "gbk"), "a.html");
  assert.equal(result.encoding, "gb18030");
  assert.ok(result.text.includes(text));
  const utf8 = decodeHtml(Buffer.from(page('<meta charset="gbk">', text)), "b.html");
  assert.equal(utf8.encoding, "utf-8");
  assert.ok(utf8.text.includes(text));
});

test("a byte-order mark beats the declaration", () => {
  const bytes = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    iconv.encode(page('<meta charset="gb2312">', text), "utf-16le"),
  ]);
  const result = decodeHtml(bytes, "a.html");
  assert.equal(result.encoding, "utf-16le");
  assert.ok(result.text.startsWith("<html>"));
});

test("an undecodable page names its declaration in the error", () => {
  const latin1 = iconv.encode(
    page('<meta charset="utf-8">', "Le conseil a décidé de rénover l'école."),
    "latin1",
  );
  assert.throws(
    () => decodeHtml(latin1, "fr.html"),
    (err) =>
      isLantuError(err) && err.code === "file_encoding" && /its <meta> declares utf-8/.test(err.message),
  );
});

test("a binary file named .html is refused", () => {
  assert.throws(
    () => decodeHtml(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "a.html"),
    (err) => isLantuError(err) && err.code === "file_binary" && /ZIP/.test(err.message),
  );
});
