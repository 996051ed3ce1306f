import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { isLantuError } from "../errors.ts";
import { decodeText, looksLikeGb18030, resolveEncoding } from "./detect-encoding.ts";
import { SAMPLE_TEXT } from "../../test/fixtures/input/sample.ts";

const bytes = (...parts: (number[] | Uint8Array)[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));
const utf8 = (s: string) => Buffer.from(s, "utf8");

function rejects(fn: () => unknown, code: string, pattern: RegExp) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(isLantuError(err), "a LantuError");
    assert.equal(err.code, code);
    assert.match(err.message, pattern);
    assert.doesNotMatch(err.message, /\n/, "one line");
    return true;
  });
}

test("UTF-8 without a mark is read exactly: line endings and spaces kept", () => {
  const text = "第一行，  两个空格\r\n第二行\t制表符\n\n第四行 ";
  assert.deepEqual(decodeText(utf8(text), "a.txt"), { text, encoding: "utf-8" });
});

test("a UTF-8 byte-order mark is dropped, and only the mark", () => {
  const result = decodeText(bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE_TEXT)), "a.txt");
  assert.deepEqual(result, { text: SAMPLE_TEXT, encoding: "utf-8" });
});

test("GBK bytes are read as GB18030", () => {
  const result = decodeText(iconv.encode(SAMPLE_TEXT, "gbk"), "a.txt");
  assert.deepEqual(result, { text: SAMPLE_TEXT, encoding: "gb18030" });
});

test("GB18030 four-byte characters (beyond GBK) are read", () => {
  const text = "𠀀字与€符号：哈尔滨市建设“七大都市”。\n";
  const encoded = iconv.encode(text, "gb18030");
  assert.ok(encoded.length > Buffer.byteLength(text, "utf16le") / 2, "has multi-byte sequences");
  assert.deepEqual(decodeText(encoded, "a.txt"), { text, encoding: "gb18030" });
});

test("a short GBK line is still recognised", () => {
  assert.deepEqual(decodeText(iconv.encode("中文", "gbk"), "a.txt"), { text: "中文", encoding: "gb18030" });
});

test("UTF-16LE and UTF-16BE with their marks are detected", () => {
  const le = bytes([0xff, 0xfe], iconv.encode(SAMPLE_TEXT, "utf-16le"));
  const be = bytes([0xfe, 0xff], iconv.encode(SAMPLE_TEXT, "utf-16be"));
  assert.deepEqual(decodeText(le, "a.txt"), { text: SAMPLE_TEXT, encoding: "utf-16le" });
  assert.deepEqual(decodeText(be, "a.txt"), { text: SAMPLE_TEXT, encoding: "utf-16be" });
});

test("UTF-32 with its mark is detected, not mistaken for UTF-16LE", () => {
  const le = bytes([0xff, 0xfe, 0, 0], iconv.encode(SAMPLE_TEXT, "utf-32le"));
  assert.deepEqual(decodeText(le, "a.txt"), { text: SAMPLE_TEXT, encoding: "utf-32le" });
});

test("--encoding overrides detection and drops its own mark", () => {
  const gbk = iconv.encode(SAMPLE_TEXT, "gbk");
  assert.deepEqual(decodeText(gbk, "a.txt", "GBK"), { text: SAMPLE_TEXT, encoding: "gbk" });
  const le = bytes([0xff, 0xfe], iconv.encode(SAMPLE_TEXT, "utf-16le"));
  assert.equal(decodeText(le, "a.txt", "utf-16le").text, SAMPLE_TEXT);
  const noMark = iconv.encode(SAMPLE_TEXT, "utf-16be");
  assert.equal(decodeText(noMark, "a.txt", "utf-16be").text, SAMPLE_TEXT);
});

test("an --encoding the bytes do not fit is an error with the line", () => {
  rejects(
    () => decodeText(utf8("ascii line\n中"), "a.txt", "gbk"),
    "file_encoding",
    /^a\.txt: not valid gbk .*line 2/,
  );
});

test("an unknown --encoding is a bad argument", () => {
  rejects(() => resolveEncoding("no-such-code"), "bad_argument", /unknown encoding "no-such-code"/);
  assert.equal(resolveEncoding(" GB2312 "), "gbk");
  assert.equal(resolveEncoding("utf-32le"), "utf-32le");
});

test("Latin-1 text is neither UTF-8 nor GB18030, and the error guesses what it is", () => {
  const latin1 = iconv.encode(
    "Le conseil municipal a décidé, en décembre, de rénover l'école du théâtre.",
    "latin1",
  );
  assert.equal(looksLikeGb18030(latin1), false);
  rejects(
    () => decodeText(latin1, "fr.txt"),
    "file_encoding",
    /^fr\.txt: not valid UTF-8.* nor GB18030.*--encoding/,
  );
});

test("Big5 text is not taken for GB18030; the error names Big5", () => {
  const big5 = iconv.encode("臺北市政府今年將推動都市更新，提升市民生活品質，並擴大公共運輸。", "big5");
  rejects(() => decodeText(big5, "tw.txt"), "file_encoding", /nor GB18030; it may be Big5/);
});

test("EUC-KR text, shaped like GB2312, is vetoed by frequency analysis", () => {
  const euckr = iconv.encode(
    "서울시는 올해 도시 재생을 추진합니다. 시민의 삶의 질을 높이겠습니다.",
    "euc-kr",
  );
  assert.match(String(looksLikeGb18030(euckr)), /EUC-KR/);
  rejects(() => decodeText(euckr, "kr.txt"), "file_encoding", /EUC-KR/);
});

test("UTF-16 without a mark is named as such", () => {
  rejects(
    () => decodeText(iconv.encode("plan 2024: 中文", "utf-16le"), "u.txt"),
    "file_encoding",
    /looks like utf-16le without a byte-order mark.*--encoding utf-16le/,
  );
});

test("binary files are refused before decoding", () => {
  rejects(
    () => decodeText(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), "p.txt"),
    "file_binary",
    /PNG/,
  );
  rejects(() => decodeText(utf8("%PDF-1.7\n..."), "p.txt"), "file_binary", /PDF/);
  rejects(() => decodeText(bytes(utf8("text"), [0, 1, 2, 3], utf8("more")), "b.txt"), "file_binary", /NUL/);
  // A UTF-8 mark on a binary file does not make it text.
  rejects(() => decodeText(bytes([0xef, 0xbb, 0xbf, 0, 0, 0, 1]), "b.txt"), "file_binary", /NUL/);
  // Nor does a UTF-16 mark on a file that decodes to NULs.
  rejects(() => decodeText(bytes([0xff, 0xfe, 0x41, 0, 0, 0, 0, 0]), "b.txt"), "file_binary", /NUL/);
  // Even an explicit encoding does not read a PDF.
  rejects(() => decodeText(utf8("%PDF-1.7\n..."), "p.txt", "gbk"), "file_binary", /PDF/);
});

test("a few stray bad bytes in a long GBK file are tolerated as U+FFFD", () => {
  const long = iconv.encode(SAMPLE_TEXT.repeat(20), "gbk");
  const damaged = bytes(long, [0xff]);
  const result = decodeText(damaged, "a.txt");
  assert.equal(result.encoding, "gb18030");
  assert.equal(result.text, SAMPLE_TEXT.repeat(20) + "\ufffd");
});

test("NUL-laden binary is not mistaken for UTF-16 without a mark", () => {
  rejects(() => decodeText(bytes([0x41, 0, 1, 2, 0x42]), "tiny.bin.txt"), "file_binary", /NUL/);
  const alternating = bytes(...Array.from({ length: 64 }, (_, i) => [i % 7, 0]));
  rejects(() => decodeText(alternating, "b.txt"), "file_binary", /NUL/);
});
