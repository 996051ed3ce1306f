// The built web app as the server sends it: compressed copies made at build
// time go to browsers that accept them, with Vary so caches keep them apart;
// the copies are not reachable by their own names; a client taking no
// compression gets the file as built.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { webApp } from "../../src/http/static.ts";
import { precompress } from "../../scripts/precompress.ts";

let dir: string;
let app: FastifyInstance;
const script =
  "export const 任务 = " + JSON.stringify(Array.from({ length: 400 }, (_, i) => `第${i}项`)) + ";\n";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lantu-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>蓝图</title>");
  writeFileSync(join(dir, "assets/app-abc12345.js"), script);
  writeFileSync(join(dir, "assets/tiny-abc12345.js"), "1;");
  writeFileSync(join(dir, "favicon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const written = await precompress(dir);
  // Only the script is both text and big enough to be worth compressing.
  assert.deepEqual(
    written.map((w) => w.file),
    [join(dir, "assets/app-abc12345.js")],
  );
  assert.ok(written[0]!.br < written[0]!.gz && written[0]!.gz < written[0]!.raw);
  app = Fastify();
  webApp(app, dir);
  await app.ready();
});
after(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, enc?: string) =>
  app.inject({ method: "GET", url, headers: enc === undefined ? {} : { "accept-encoding": enc } });

test("a browser accepting brotli gets the brotli copy, long-cached, with Vary", async () => {
  const r = await get("/assets/app-abc12345.js", "gzip, deflate, br, zstd");
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers["content-encoding"], "br");
  assert.equal(r.headers["vary"], "accept-encoding");
  assert.match(String(r.headers["content-type"]), /^text\/javascript/);
  assert.match(String(r.headers["cache-control"]), /immutable/);
  assert.equal(Number(r.headers["content-length"]), r.rawPayload.length);
  assert.ok(r.rawPayload.length < Buffer.byteLength(script) / 3);
  assert.equal(brotliDecompressSync(r.rawPayload).toString(), script);
});

test("gzip for gzip-only clients, the plain file for the rest", async () => {
  const gz = await get("/assets/app-abc12345.js", "gzip");
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.equal(gunzipSync(gz.rawPayload).toString(), script);
  for (const enc of [undefined, "identity", "br;q=0, gzip;q=0"]) {
    const plain = await get("/assets/app-abc12345.js", enc);
    assert.equal(plain.headers["content-encoding"], undefined, String(enc));
    assert.equal(plain.body, script);
  }
});

test("small and binary files are sent as they are; copies have no URL of their own", async () => {
  const tiny = await get("/assets/tiny-abc12345.js", "br");
  assert.equal(tiny.headers["content-encoding"], undefined);
  assert.equal(tiny.headers["vary"], undefined);
  assert.equal(tiny.body, "1;");
  const png = await get("/favicon.png", "br");
  assert.equal(png.headers["content-encoding"], undefined);
  assert.deepEqual(png.rawPayload, readFileSync(join(dir, "favicon.png")));
  // The .br name falls through to the app's page, like any unknown path.
  const copy = await get("/assets/app-abc12345.js.br", "br");
  assert.match(String(copy.headers["content-type"]), /^text\/html/);
  assert.equal(copy.body, "<!doctype html><title>蓝图</title>");
});
