import { test } from "node:test";
import assert from "node:assert/strict";
import { binaryReason, magicOf } from "./sniff-binary.ts";

test("known formats are named by their magic numbers", () => {
  assert.equal(magicOf(Buffer.from("%PDF-1.4\n")), "a PDF document");
  assert.match(magicOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))!, /ZIP/);
  assert.match(magicOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))!, /old Office/);
  assert.equal(magicOf(Buffer.from("哈尔滨")), undefined);
  assert.equal(magicOf(Buffer.from([0x25])), undefined, "a prefix of a magic number is not a match");
});

test("text, Chinese or not, with tabs, CRLF and escapes is not binary", () => {
  assert.equal(binaryReason(Buffer.from("第一行\r\n\t第二行\f\x1b[0m\n")), undefined);
  assert.equal(binaryReason(new Uint8Array()), undefined);
});

test("NUL bytes or many control bytes make a file binary", () => {
  assert.match(binaryReason(Buffer.from([0x41, 0x42, 0x00]))!, /NUL bytes \(at byte 2\)/);
  assert.match(binaryReason(Buffer.from("ab\x01\x02\x03\x04cdefgh"))!, /control bytes/);
  assert.equal(
    binaryReason(Buffer.from("a".repeat(100) + "\x01")),
    undefined,
    "a stray control byte is tolerated",
  );
});
