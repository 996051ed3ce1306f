import { test } from "node:test";
import assert from "node:assert/strict";
import { measureZip } from "./zip-measure.ts";
import { craftZip } from "../../test/helpers/zip-bomb.ts";

test("an honest archive measures at the sum of what its entries inflate to", async () => {
  const zip = craftZip([
    { name: "a.xml", data: Buffer.from("<a>" + "规划".repeat(1000) + "</a>") },
    { name: "b.txt", data: Buffer.from("短") },
  ]);
  const m = await measureZip(zip, 1e6);
  assert.ok(m.ok);
  assert.equal(m.total, 7 + 6000 + 3);
  const onlyXml = await measureZip(zip, 1e6, (e) => e.name.endsWith(".xml"));
  assert.ok(onlyXml.ok && onlyXml.total === 6007);
});

test("a bomb whose directory claims 10 bytes is stopped at the limit, not at what it claims", async () => {
  const zip = craftZip([{ name: "bomb.xml", data: Buffer.alloc(64 * 1024 * 1024, 0x20), claims: 10 }]);
  assert.ok(zip.length < 200_000);
  const m = await measureZip(zip, 1024 * 1024);
  assert.deepEqual(m, { ok: false, reason: "too_large", over: 1024 * 1024 });
});

test("many small entries add up against one limit", async () => {
  const entries = Array.from({ length: 50 }, (_, i) => ({
    name: `p${i}.xml`,
    data: Buffer.alloc(100_000, 0x41),
    claims: 1,
  }));
  const m = await measureZip(craftZip(entries), 1_000_000);
  assert.equal(m.ok, false);
  assert.equal(!m.ok && m.reason, "too_large");
});

test("a damaged deflate stream or a method Office files never use is unreadable", async () => {
  const zip = craftZip([{ name: "a.xml", data: Buffer.from("<a>内容内容内容</a>".repeat(50)) }]);
  const broken = Buffer.from(zip);
  broken[35] = 0x07; // the first block (after the 30-byte header and the 5-byte name) of reserved type 11
  const m = await measureZip(broken, 1e6);
  assert.equal(m.ok, false);
  assert.equal(!m.ok && m.reason, "unreadable");
  const odd = Buffer.from(zip);
  const central = odd.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  odd.writeUInt16LE(12, central + 10); // bzip2
  const n = await measureZip(odd, 1e6);
  assert.ok(!n.ok && n.reason === "unreadable" && /method 12/.test(n.detail));
});
