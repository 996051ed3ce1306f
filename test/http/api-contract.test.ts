// The checked-in API contract matches the code: docs/openapi.json is what the
// route schemas make, and web/src/lib/api.gen.ts what openapi-typescript makes
// of it. A failure means the API changed: run `npm run api:contract` and
// review the diff.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { OPENAPI_FILE, TYPES_FILE, openapiText, typesText } from "../../scripts/api-contract.ts";

test("docs/openapi.json is the document the routes make (else: npm run api:contract)", async () => {
  const fresh = await openapiText();
  assert.deepEqual(JSON.parse(readFileSync(OPENAPI_FILE, "utf8")), JSON.parse(fresh));
  assert.equal(readFileSync(OPENAPI_FILE, "utf8"), fresh);
});

test("web/src/lib/api.gen.ts is generated from docs/openapi.json (else: npm run api:contract)", async () => {
  assert.equal(readFileSync(TYPES_FILE, "utf8"), await typesText(readFileSync(OPENAPI_FILE, "utf8")));
});

test("every API route declares its success response", async () => {
  const doc = JSON.parse(readFileSync(OPENAPI_FILE, "utf8")) as {
    paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  };
  const missing: string[] = [];
  let routes = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      routes++;
      const codes = Object.keys(op.responses ?? {});
      if (!codes.some((c) => /^2\d\d$/.test(c))) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  assert.ok(routes >= 50, `the document lists ${routes} routes`);
  assert.deepEqual(missing, []);
});

test("web/src/lib/types.ts writes no API shape by hand: each type is taken from api.gen.ts", () => {
  const text = readFileSync(TYPES_FILE.replace(/api\.gen\.ts$/, "types.ts"), "utf8");
  assert.match(text, /from "\.\/api\.gen\.ts"/);
  assert.doesNotMatch(text, /^\s*(export\s+)?interface\s/m, "no interface");
  // no field declared line by line ("  name: string;"), as a hand-written object type would
  const fields = text
    .split("\n")
    .filter((l) => /^\s+["\w]+\??:\s*[^=]+;\s*$/.test(l) && !/^\s*\/\//.test(l) && !/\binfer\b/.test(l));
  assert.deepEqual(fields, []);
});
