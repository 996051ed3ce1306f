import { test } from "node:test";
import assert from "node:assert/strict";
import { pickEncoding } from "./accept-encoding.ts";

const both = ["br", "gzip"] as const;

test("a browser's usual header gets brotli; gzip-only clients get gzip", () => {
  assert.equal(pickEncoding("gzip, deflate, br, zstd", both), "br");
  assert.equal(pickEncoding("gzip, deflate", both), "gzip");
  assert.equal(pickEncoding("gzip", ["gzip"]), "gzip");
});

test("no header, identity only, or a coding we lack: the file as is", () => {
  assert.equal(pickEncoding(undefined, both), null);
  assert.equal(pickEncoding("", both), null);
  assert.equal(pickEncoding("identity", both), null);
  assert.equal(pickEncoding("br", ["gzip"]), null);
  assert.equal(pickEncoding("gzip, br", []), null);
});

test("q-values: refused with q=0, preferred by weight, * covers the rest", () => {
  assert.equal(pickEncoding("br;q=0, gzip", both), "gzip");
  assert.equal(pickEncoding("br;q=0.2, gzip;q=0.8", both), "gzip");
  assert.equal(pickEncoding("*", both), "br");
  assert.equal(pickEncoding("*;q=0.5, br;q=0", both), "gzip");
  assert.equal(pickEncoding("GZIP; Q=1", both), "gzip");
  assert.equal(pickEncoding("br;q=abc, gzip", both), "gzip");
});
