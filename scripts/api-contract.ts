// The API contract, generated: the OpenAPI document Fastify builds from the
// route schemas (docs/openapi.json) and the web app's TypeScript types made
// from it with openapi-typescript (web/src/lib/api.gen.ts). Both are checked
// in so that a change to the API shows up in review; test/http/api-contract
// fails when either is stale. `npm run api:contract` writes them.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/http/app.ts";
import type { Services } from "../src/services/context.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OPENAPI_FILE = join(root, "docs/openapi.json");
export const TYPES_FILE = join(root, "web/src/lib/api.gen.ts");

/** The document as served at /api/openapi.json. Building it runs no handler, so no database is opened. */
export async function openapiText(): Promise<string> {
  const app = await buildApp({ store: null, now: () => new Date(0) } as unknown as Services);
  try {
    return JSON.stringify(app.swagger(), null, 2) + "\n";
  } finally {
    await app.close();
  }
}

export async function typesText(openapi: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openapi) as OpenAPI3);
  return (
    "// Generated from docs/openapi.json by `npm run api:contract` (openapi-typescript): do not edit.\n" +
    astToString(ast)
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const openapi = await openapiText();
  const types = await typesText(openapi);
  for (const [file, text] of [
    [OPENAPI_FILE, openapi],
    [TYPES_FILE, types],
  ] as const) {
    const before = (() => {
      try {
        return readFileSync(file, "utf8");
      } catch {
        return "";
      }
    })();
    writeFileSync(file, text);
    console.log(`${before === text ? "unchanged" : "written"}: ${file.slice(root.length + 1)}`);
  }
}
