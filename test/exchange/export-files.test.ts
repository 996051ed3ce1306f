// Finished exports kept on disk (src/http/export-files.ts), on both databases:
// the same export at the same change mark is built once and sent again from
// its file, byte for byte, however many ask at once; any write — through the
// API or another connection — and the next day are seen by the next download;
// each caller gets the file of what they may see; the files stay within their
// bounds and go with the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Readable, Writable } from "node:stream";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { buildApp } from "../../src/http/app.ts";
import { ExportFiles } from "../../src/http/export-files.ts";
import { makeServices } from "../../src/services/context.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { Client } from "../helpers/client.ts";
import { firstAdmin } from "../helpers/first-admin.ts";

async function bytesOf(c: Client, path: string) {
  const headers: Record<string, string> = {};
  if (c.cookies.size) headers.cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const r = await fetch(c.base + path, { headers });
  const bytes = Buffer.from(await r.arrayBuffer());
  assert.equal(r.status, 200, `${path}: ${bytes.toString("utf8").slice(0, 300)}`);
  assert.equal(Number(r.headers.get("content-length")), bytes.length);
  return bytes;
}

for (const { name } of DIALECTS) {
  test(`${name}: an export is built once per change mark and sent from its file`, async () => {
    let clock = new Date("2023-04-05T08:00:00Z");
    const made = await freshStore(name);
    const other = made.reopen();
    const files = new ExportFiles();
    try {
      const s = makeServices(made.store, () => clock);
      const app = await buildApp(s, { extractor: fakeExtract, exportFiles: files });
      try {
        await app.listen({ port: 0, host: "127.0.0.1" });
        const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        const first = await firstAdmin(s);
        const admin = new Client(base);
        await admin.login("admin", first.password);
        const ing = await admin.call("POST", "/api/documents", {
          text: DOC_V1,
          source: "v1.txt",
          year: 2022,
        });
        const plan: number = ing.body.plan.id;
        const items = (await admin.call("GET", `/api/plans/${plan}/commitments?limit=200`)).body.items as {
          id: number;
          unit_id: number;
          version: number;
          text: string;
        }[];
        const units = (await admin.call("GET", "/api/units")).body.items as { id: number; name: string }[];
        const nangang = units.find((u) => u.name === "南岗区")!.id;
        const own = items.find((c) => c.unit_id === nangang)!;
        const csv = `/api/plans/${plan}/export?format=csv&unit=${nangang}`;
        const xlsx = `/api/plans/${plan}/export?format=xlsx&unit=${nangang}`;
        const anyone = new Client(base);
        const publicCsv = `/api/public/plans/${plan}/export?format=csv&unit=${nangang}`;

        // Nothing confirmed: open data holds the header only; the working table the proposed item.
        const c0 = await bytesOf(admin, csv);
        assert.doesNotMatch(c0.toString("utf8"), new RegExp(own.text.slice(0, 6)));
        const x0 = await bytesOf(admin, xlsx);
        assert.equal(files.builds, 2);
        // Again, and ten at once: the same bytes, no build.
        assert.deepEqual(await bytesOf(admin, csv), c0);
        const ten = await Promise.all(Array.from({ length: 10 }, () => bytesOf(admin, xlsx)));
        for (const x of ten) assert.deepEqual(x, x0);
        assert.equal(files.builds, 2);
        // The public's file is its own (confirmed items only), built once.
        assert.deepEqual(await bytesOf(anyone, publicCsv), c0);
        assert.equal(files.builds, 3);

        // Confirmed through the API: the next download holds it, built again once.
        const confirmed = await admin.call(
          "POST",
          `/api/commitments/${own.id}/confirm`,
          {},
          { "if-match": `"${own.version}"` },
        );
        assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
        const concurrent = await Promise.all(Array.from({ length: 5 }, () => bytesOf(admin, csv)));
        const c1 = concurrent[0]!;
        for (const x of concurrent) assert.deepEqual(x, c1);
        assert.match(c1.toString("utf8"), new RegExp(own.text.slice(0, 6)));
        assert.equal(files.builds, 4);
        assert.deepEqual(await bytesOf(anyone, publicCsv), c1);

        // A write through another connection: seen by the next download.
        await other.db
          .updateTable("commitments")
          .set({ text: "推进冰雪产业园建设。" })
          .where("id", "=", own.id)
          .execute();
        assert.match((await bytesOf(admin, csv)).toString("utf8"), /推进冰雪产业园建设/);
        assert.notDeepEqual(await bytesOf(admin, xlsx), x0);

        // A reporter of the unit: confirmed items only, never the staff's working table.
        await admin.call("POST", "/api/users", {
          username: "rep",
          password: "password-rep",
          role: "reporter",
          unit_id: nangang,
        });
        const rep = new Client(base);
        assert.equal((await rep.login("rep", "password-rep")).status, 200);
        const staffTable = await bytesOf(admin, xlsx);
        const repTable = await bytesOf(rep, xlsx);
        assert.notDeepEqual(repTable, staffTable);
        assert.deepEqual(await bytesOf(rep, `/api/plans/${plan}/export?format=xlsx`), repTable);

        // The next day: the same data, another file (the table's note names the day). (Signing
        // in wrote a session, so the first download here is built again.)
        await bytesOf(admin, csv);
        const before = files.builds;
        await bytesOf(admin, csv);
        assert.equal(files.builds, before);
        clock = new Date("2023-04-06T08:00:00Z");
        await bytesOf(admin, csv);
        assert.equal(files.builds, before + 1);
      } finally {
        await app.close();
      }
    } finally {
      await other.close();
      await made.drop();
    }
  });
}

const write = (text: string) => async (out: Writable) => {
  out.end(text);
};
const read = async (p: Promise<{ body: Readable | Buffer; bytes: number }>) => {
  const { body } = await p;
  if (Buffer.isBuffer(body)) return body.toString("utf8");
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
};

test("kept export files stay within their bounds, a failed build keeps nothing, and the files go with close()", async () => {
  // Nothing kept in memory: every file on disk.
  const files = new ExportFiles(2500, 3, 0, 0);
  const dir = () => (files as unknown as { dir: string }).dir;
  assert.equal(await read(files.open("a", "m1", write("A".repeat(1000)))), "A".repeat(1000));
  assert.equal(await read(files.open("b", "m1", write("B".repeat(1000)))), "B".repeat(1000));
  // A held stream of "a" is read whole even when "a" goes meanwhile.
  const held = files.open("a", "m1", write("unused"));
  assert.equal(await read(files.open("c", "m1", write("C".repeat(1000)))), "C".repeat(1000));
  assert.equal(files.size, 2, "3,000 bytes over 2,500: the least recently used went");
  assert.equal(await read(held), "A".repeat(1000));
  assert.equal(readdirSync(dir()).length, 2);
  // A later mark: built again, the old file removed.
  assert.equal(await read(files.open("c", "m2", write("c2"))), "c2");
  assert.equal(files.builds, 4);
  assert.equal(readdirSync(dir()).length, 2);
  // A build that fails fails its request and keeps nothing.
  await assert.rejects(
    files.open("d", "m2", async () => {
      throw new Error("no rows");
    }),
    /no rows/,
  );
  assert.equal(readdirSync(dir()).length, 2);
  files.close();
  assert.ok(!existsSync(dir()));
});

test("a small export is kept in memory and sent as one buffer, a large one from its file, within the memory bound", async () => {
  // Files up to 1,000 bytes in memory, 2,500 bytes of them at most.
  const files = new ExportFiles(1 << 20, 100, 2500, 1000);
  const dir = () => (files as unknown as { dir: string }).dir;
  const a = await files.open("a", "m1", write("A".repeat(1000)));
  assert.ok(Buffer.isBuffer(a.body));
  assert.equal(a.bytes, 1000);
  assert.equal(await read(files.open("a", "m1", write("unused"))), "A".repeat(1000));
  assert.equal(readdirSync(dir()).length, 0, "kept in memory: no file left");
  const big = await files.open("big", "m1", write("Z".repeat(1001)));
  assert.ok(!Buffer.isBuffer(big.body), "over 1,000 bytes: streamed from its file");
  assert.equal(await read(Promise.resolve(big)), "Z".repeat(1001));
  assert.equal(readdirSync(dir()).length, 1);
  await read(files.open("b", "m1", write("B".repeat(1000))));
  // "a" was used after "b" was not yet built; "c" makes 3,000 bytes in memory: the least recently used ("a") goes.
  await read(files.open("c", "m1", write("C".repeat(1000))));
  assert.equal(files.size, 3);
  assert.equal(await read(files.open("a", "m1", write("a2"))), "a2", "built again");
  assert.equal(files.builds, 5);
  // A later mark: built again.
  assert.equal(await read(files.open("b", "m2", write("b2"))), "b2");
  assert.equal(files.builds, 6);
  files.close();
  assert.ok(!existsSync(dir()));
});
