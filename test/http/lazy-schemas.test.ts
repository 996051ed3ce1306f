// Route schemas compiled at first use: the same validation, coercion, defaults,
// header names and serialization as Fastify's own compilers, and every schema
// of the app still compiles (checked here rather than at each start).
import { test } from "node:test";
import assert from "node:assert/strict";
import Fastify from "fastify";
import { Type } from "@sinclair/typebox";
import { buildApp } from "../../src/http/app.ts";
import { makeServices } from "../../src/services/context.ts";
import { openSqlite } from "../../src/storage/dialects/sqlite.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { compileAllSchemas, keepLazySchemas, lazySchemas } from "../../src/http/lazy-schemas.ts";

async function tinyApp() {
  const schemas = lazySchemas();
  const app = Fastify({
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", useDefaults: true } },
    schemaController: { compilersFactory: schemas.compilersFactory },
  });
  keepLazySchemas(app, schemas);
  app.post(
    "/t",
    {
      schema: {
        querystring: Type.Object({
          n: Type.Integer({ minimum: 1 }),
          tags: Type.Optional(Type.Array(Type.String())),
          mode: Type.String({ default: "plain" }),
        }),
        headers: Type.Object({ "X-Kind": Type.String({ pattern: "^[a-z]+$" }) }),
        body: Type.Object({ name: Type.String({ minLength: 2 }) }),
        response: {
          200: Type.Object({ n: Type.Integer(), tags: Type.Array(Type.String()), mode: Type.String() }),
        },
      },
    },
    async (req) => {
      const q = req.query as { n: number; tags?: string[]; mode: string };
      return { n: q.n, tags: q.tags ?? [], mode: q.mode, secret: "not in the schema" };
    },
  );
  app.get("/other", { schema: { querystring: Type.Object({ k: Type.Integer() }) } }, async () => ({}));
  await app.ready();
  return { app, schemas };
}

test("nothing is compiled at start; a route's first request compiles only its own schemas", async () => {
  const { app, schemas } = await tinyApp();
  try {
    const before = schemas.pending.size;
    assert.ok(before >= 5, `${before} stand-ins`);
    const res = await app.inject({
      method: "POST",
      url: "/t?n=3&tags=a",
      headers: { "x-kind": "abc" },
      payload: { name: "ok" },
    });
    assert.equal(res.statusCode, 200);
    assert.ok(schemas.pending.size < before && schemas.pending.size > 0, "the other route's schema waits");
    assert.equal(compileAllSchemas(app), 2, "GET /other and its HEAD");
    assert.equal(schemas.pending.size, 0);
  } finally {
    await app.close();
  }
});

test("validation, coercion, defaults, header names and serialization as Fastify's own", async () => {
  const { app } = await tinyApp();
  try {
    const ok = await app.inject({
      method: "POST",
      url: "/t?n=3&tags=a",
      headers: { "X-Kind": "abc" },
      payload: { name: "ok" },
    });
    assert.equal(ok.statusCode, 200);
    // coerced to an integer and an array, the default filled in, the extra property dropped
    assert.deepEqual(ok.json(), { n: 3, tags: ["a"], mode: "plain" });
    const badQuery = await app.inject({
      method: "POST",
      url: "/t?n=0",
      headers: { "x-kind": "abc" },
      payload: { name: "ok" },
    });
    assert.equal(badQuery.statusCode, 400);
    assert.match(badQuery.json().message, /querystring\/n must be >= 1/);
    const badHeader = await app.inject({
      method: "POST",
      url: "/t?n=1",
      headers: { "x-kind": "ABC" },
      payload: { name: "ok" },
    });
    assert.equal(badHeader.statusCode, 400);
    assert.match(badHeader.json().message, /headers\/x-kind/);
    const noHeader = await app.inject({ method: "POST", url: "/t?n=1", payload: { name: "ok" } });
    assert.equal(noHeader.statusCode, 400);
    assert.match(noHeader.json().message, /x-kind/);
    const badBody = await app.inject({
      method: "POST",
      url: "/t?n=1",
      headers: { "x-kind": "abc" },
      payload: { name: "x" },
    });
    assert.equal(badBody.statusCode, 400);
    assert.match(badBody.json().message, /body\/name must NOT have fewer than 2 characters/);
  } finally {
    await app.close();
  }
});

test("every route's schemas of the app compile", async () => {
  const store = openSqlite(":memory:");
  try {
    await migrateToLatest(store);
    const app = await buildApp(makeServices(store));
    try {
      const n = compileAllSchemas(app);
      assert.ok(n >= 100, `${n} schemas compiled`);
      assert.equal(compileAllSchemas(app), 0);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
});
