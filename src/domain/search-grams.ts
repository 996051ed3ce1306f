// Character pairs (bigrams) for two-character search. An index of words
// cannot answer a two-character query (经济 inside 经济区 is not a word of
// its own to jieba, and SQLite's trigram and PostgreSQL's pg_trgm need three
// characters), so every commitment's text also gives each distinct pair of
// adjacent letters or digits, lowercased (so the pair's rows hold every item
// whose text contains the query in any case, and the substring test decides): a two-character query of letters
// or digits is then one lookup of its pair. The same on both databases.

const WORDLIKE = /^[\p{L}\p{N}]$/u;

/** Whether a character can be part of an indexed pair. */
export const gramChar = (ch: string) => WORDLIKE.test(ch);

/**
 * A character lowercased on its own (no context: Σ is σ wherever it stands),
 * kept as it is when its lowercase is more than one character (İ), so the text
 * and the query are folded alike, character by character.
 */
function fold(ch: string): string {
  const l = ch.toLowerCase();
  return [...l].length === 1 ? l : ch;
}

const chars = (text: string) => [...text].map(fold);

/** The query's pair when it is two letters or digits, else null. */
export function queryGram(text: string): string | null {
  const cs = chars(text);
  return cs.length === 2 && gramChar(cs[0]!) && gramChar(cs[1]!) ? cs[0]! + cs[1]! : null;
}

/** Every distinct pair of adjacent letters or digits in the text, lowercased. */
export function searchGrams(text: string): string[] {
  const cs = chars(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++)
    if (gramChar(cs[i]!) && gramChar(cs[i + 1]!)) out.add(cs[i]! + cs[i + 1]!);
  return [...out];
}
