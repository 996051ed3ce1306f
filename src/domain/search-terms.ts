// Search terms for Chinese full-text search that behaves the same on SQLite
// and PostgreSQL: jieba's search-mode cut (words and their sub-words) is
// stored as an inverted index; queries of one or two characters, which are
// below what an index of words can promise, fall back to a substring match.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

const WORDLIKE = /[\p{L}\p{N}]/u;

export function searchTerms(text: string): string[] {
  const out = new Set<string>();
  for (const raw of segmenter().cutForSearch(text, false)) {
    const w = raw.trim().toLowerCase();
    if (w && WORDLIKE.test(w) && w.length <= 64) out.add(w);
  }
  return [...out];
}

/** How a query is answered: by index terms, or by substring when it is short. */
export function planQuery(
  q: string,
): { kind: "terms"; terms: string[] } | { kind: "substring"; text: string } {
  const text = q.trim();
  if ([...text].length <= 2) return { kind: "substring", text };
  const terms = searchTerms(text);
  return terms.length ? { kind: "terms", terms } : { kind: "substring", text };
}
