// A document's text, kept in memory between requests. A document's text is
// never changed once stored (a revision is another document; the app has no
// statement that updates documents.text), and its hash is the text's own
// (sha256, or the seed's unique label), so the text is kept under the
// document's id and checked against its hash, creation time and version, read
// with the rest of the row: a row that is not the one whose text was kept —
// another document under a reused id — reads its text again. The reader and
// the exports' source sentences then read a row of a few columns instead of
// the whole text (a 5,000-item plan's is over a megabyte) at every first read
// after a write. The least recently used texts go past 64 documents or 64 MB
// (two bytes a character).
import type { DocumentSummary } from "../storage/document.repo.ts";
import { documentText } from "../storage/document.repo.ts";
import type { Store } from "../storage/dialects/dialect.ts";
import { LantuError } from "../errors.ts";
import { MarkedCache } from "./generation-cache.ts";

const kept = new WeakMap<Store, MarkedCache<string>>();

type Stamped = Pick<DocumentSummary, "id" | "hash" | "created_at" | "version">;

/** The text of the document whose row (without its text) is `d`; not_found when it has gone since. */
export async function textOf(store: Store, d: Stamped): Promise<string> {
  let cache = kept.get(store);
  if (!cache) kept.set(store, (cache = new MarkedCache<string>(64, 64 << 20)));
  const key = String(d.id);
  const stamp = `${d.hash}\n${d.created_at}\n${d.version}`;
  const hit = cache.get(key, stamp);
  if (hit !== undefined) return hit;
  const text = await documentText(store.db, d.id);
  if (text === undefined) throw new LantuError("not_found", `document ${d.id} not found`);
  cache.set(key, stamp, text, text.length * 2);
  return text;
}
