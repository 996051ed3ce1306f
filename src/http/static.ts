// Serves the built web app (web/dist) from the API's own process: hashed
// assets with a long cache, and index.html for every other non-API GET so the
// app's router decides (it has its own 404 page). Files are read once, at
// start; without a build the app answers with a hint instead. Text assets
// come with brotli and gzip copies made at build time (scripts/precompress.ts),
// sent to browsers that accept them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import type { FastifyInstance } from "fastify";
import { LantuError } from "../errors.ts";
import { CODINGS, pickEncoding, type Coding } from "./accept-encoding.ts";

export const WEB_DIST = resolve(import.meta.dirname, "../../web/dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

// The app never runs inline script nor loads from elsewhere; ECharts and React
// set inline styles, hence style-src 'unsafe-inline'.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

interface Asset {
  body: Buffer;
  type: string;
  immutable: boolean;
  /** The build's compressed copies (NAME.br, NAME.gz), by coding. */
  coded: Partial<Record<Coding, Buffer>>;
}

const CODED_SUFFIX: Record<string, Coding> = { ".br": "br", ".gz": "gzip" };

function collect(dir: string): Map<string, Asset> {
  const files = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.set("/" + relative(dir, path).split(sep).join("/"), {
          body: readFileSync(path),
          type: TYPES[extname(name)] ?? "application/octet-stream",
          immutable: path.includes(`${sep}assets${sep}`),
          coded: {},
        });
    }
  };
  walk(dir);
  // A compressed copy belongs to its original and is not served by its own name.
  for (const [path, asset] of [...files]) {
    const coding = CODED_SUFFIX[extname(path)];
    const original = coding && files.get(path.slice(0, -extname(path).length));
    if (!coding || !original) continue;
    original.coded[coding] = asset.body;
    files.delete(path);
  }
  return files;
}

export function webApp(app: FastifyInstance, dist = WEB_DIST): void {
  const files = existsSync(join(dist, "index.html")) ? collect(dist) : null;
  app.get("/*", { schema: { hide: true } }, async (req, reply) => {
    const path = decodeURIComponent(req.url.split("?")[0]!);
    if (path === "/api" || path.startsWith("/api/")) {
      throw new LantuError("not_found", `no route GET ${path}`);
    }
    reply.header("x-content-type-options", "nosniff");
    if (!files) {
      return reply
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("The web app is not built: run `npm run build:web` (npm start does it).");
    }
    const asset = files.get(path);
    const index = !asset || path === "/index.html";
    const chosen = index ? files.get("/index.html")! : asset;
    const stored = CODINGS.filter((c) => chosen.coded[c]);
    const coding = pickEncoding(req.headers["accept-encoding"], stored);
    if (stored.length) reply.header("vary", "accept-encoding");
    if (coding) reply.header("content-encoding", coding);
    const body = coding ? chosen.coded[coding]! : chosen.body;
    if (!index) {
      return reply
        .type(chosen.type)
        .header("cache-control", chosen.immutable ? "public, max-age=31536000, immutable" : "no-cache")
        .send(body);
    }
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .header("content-security-policy", CSP)
      .header("referrer-policy", "same-origin")
      .send(body);
  });
}
