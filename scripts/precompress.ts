// Writes NAME.br and NAME.gz beside every text asset of the web build, once,
// at build time: brotli at its best quality (11) is about 15 % smaller than
// what a compress-on-the-fly plugin uses (quality 4) but takes seconds per
// file, which a server cannot spend per request. Measured on the build of
// 2026-12 (docs/benchmarks.md): the app's script 315.6 KB → brotli-11 80.8 KB
// (2.2 s once) versus brotli-4 95.3 KB at 27 ms of CPU on every request.
// The server (src/http/static.ts) picks the variant the browser accepts.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Worth compressing: text formats; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
export const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Compresses every eligible file under `dir`; returns what it wrote. Files compress in parallel (zlib's thread pool). */
export async function precompress(
  dir: string,
): Promise<{ file: string; raw: number; br: number; gz: number }[]> {
  const todo = files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
  return Promise.all(
    todo.map(async (file) => {
      const raw = readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gz);
      return { file, raw: raw.length, br: br.length, gz: gz.length };
    }),
  );
}
