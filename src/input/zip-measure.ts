// How many bytes a ZIP archive really unpacks to, found by inflating it with
// the output counted and thrown away, stopping as soon as the count passes
// the limit. The sizes in an archive's directory are the sender's claim: a
// "zip bomb" can say 1 KB and inflate to gigabytes, and the libraries that
// read .docx and .xlsx (mammoth, exceljs, both over jszip) hold everything
// they inflate in memory. Measured here, the work is bounded by the limit
// and the memory by one zlib chunk, whatever the archive says.
import { createInflateRaw } from "node:zlib";
import { entryDataOffset, zipEntries, type ZipEntry } from "./zip-entries.ts";

export type ZipMeasure =
  | { ok: true; entries: ZipEntry[]; total: number }
  | { ok: false; reason: "unreadable"; detail: string }
  | { ok: false; reason: "too_large"; over: number };

/**
 * Inflates every entry that `counts` selects (all by default), adding up what
 * comes out; stops at the first byte past `limit`. Entries are also
 * checked to lie inside the archive and to use a method Office files use.
 */
export async function measureZip(
  bytes: Uint8Array,
  limit: number,
  counts: (entry: ZipEntry) => boolean = () => true,
): Promise<ZipMeasure> {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: "unreadable", detail: "its ZIP directory cannot be read" };
  let total = 0;
  for (const entry of entries) {
    if (!counts(entry)) continue;
    const start = entryDataOffset(bytes, entry);
    const end = start === undefined ? Infinity : start + entry.compressedSize;
    if (start === undefined || end > bytes.length) {
      return { ok: false, reason: "unreadable", detail: `entry ${entry.name} lies outside the archive` };
    }
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const out = await inflateCounted(data, limit - total);
      if (out === "broken") {
        return { ok: false, reason: "unreadable", detail: `entry ${entry.name} does not inflate` };
      }
      total += out;
    } else {
      return {
        ok: false,
        reason: "unreadable",
        detail: `entry ${entry.name} uses compression method ${entry.method}, which Office files do not use`,
      };
    }
    if (total > limit) return { ok: false, reason: "too_large", over: limit };
  }
  return { ok: true, entries, total };
}

// The inflated size of `data`, or budget + 1 as soon as it passes `budget`.
function inflateCounted(data: Uint8Array, budget: number): Promise<number | "broken"> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let count = 0;
    let done = false;
    const finish = (value: number | "broken") => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on("data", (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) finish(budget + 1);
    });
    inflate.on("end", () => finish(count));
    inflate.on("error", () => finish(count > budget ? budget + 1 : "broken"));
    inflate.end(data);
  });
}
