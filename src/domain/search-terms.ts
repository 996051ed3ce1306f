// Search terms for Chinese full-text search that behaves the same on SQLite
// and PostgreSQL: jieba's search-mode cut (words and their sub-words) is
// stored as an inverted index; a two-character query of letters or digits
// is looked up in the index of character pairs (search-grams.ts), and what an
// index cannot promise (one character, a pair with a sign) is a substring match.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { queryGram } from "./search-grams.ts";

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

export type SearchPlan =
  | { kind: "terms"; terms: string[] }
  /** Two characters: the pair's index narrows, the substring test decides. */
  | { kind: "gram"; gram: string; text: string }
  | { kind: "substring"; text: string };

/** How a query is answered: by index terms, by its character pair, or by substring when it is short. */
export function planQuery(q: string): SearchPlan {
  const text = q.trim();
  const gram = queryGram(text);
  if (gram !== null) return { kind: "gram", gram, text };
  if ([...text].length <= 2) return { kind: "substring", text };
  const terms = searchTerms(text);
  return terms.length ? { kind: "terms", terms } : { kind: "substring", text };
}
