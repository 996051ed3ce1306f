// Finds the words of a fixed list in a text. A regular expression that
// alternates a few hundred literal words tries every alternative at every
// position, which made the engine several times slower than segmentation;
// this keys the words by their first character, so each position costs one
// bit test and, only where some word may start, one map lookup. (No library
// on the list does plain multi-word lookup over UTF-16 offsets without
// segmenting first.) The loops are written out by hand: this is the engine's
// innermost code, run over every clause by every stage.

export interface WordHit {
  at: number;
  word: string;
}

/**
 * A key for the first two characters of a word, small enough to stay a
 * small integer (a Map key V8 hashes fastest). Different pairs may share a
 * key; every candidate is checked against the text anyway.
 */
const pairKey = (a: number, b: number) => ((a & 0x7fff) << 15) | (b & 0x7fff);

export class WordSet {
  /** Words of two or more characters by their first two, longest first. */
  private readonly byPair = new Map<number, string[]>();
  /**
   * Bit tables, one bit per UTF-16 code unit, 8 KB each, in one buffer (a
   * set is built per document for names, and each allocation costs): which
   * characters start a word, are a word's second character, are a word of
   * their own, end a word.
   */
  private readonly bits = new Uint32Array(4 * 2048);
  private readonly starts = this.bits.subarray(0, 2048);
  private readonly seconds = this.bits.subarray(2048, 4096);
  private readonly singles = this.bits.subarray(4096, 6144);
  private readonly ends = this.bits.subarray(6144, 8192);
  private readonly all = new Set<string>();
  private readonly longest: number = 0;

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const code = w.charCodeAt(0);
      if (w.length === 1) this.singles[code >>> 5]! |= 1 << (code & 31);
      else {
        const second = w.charCodeAt(1);
        this.seconds[second >>> 5]! |= 1 << (second & 31);
        const key = pairKey(code, second);
        const list = this.byPair.get(key) ?? [];
        list.push(w);
        this.byPair.set(key, list);
      }
      this.starts[code >>> 5]! |= 1 << (code & 31);
      const last = w.charCodeAt(w.length - 1);
      this.ends[last >>> 5]! |= 1 << (last & 31);
      this.all.add(w);
      if (w.length > this.longest) this.longest = w.length;
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * The longest word at `i` that ends by `end`, for a position whose first
   * character starts some word. The one place that knows how words are keyed.
   */
  private wordAt(text: string, i: number, code: number, end: number): string | null {
    if (i + 1 < end) {
      const second = text.charCodeAt(i + 1);
      if (this.seconds[second >>> 5]! & (1 << (second & 31))) {
        const list = this.byPair.get(pairKey(code, second));
        if (list) for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) return w;
      }
    }
    return this.singles[code >>> 5]! & (1 << (code & 31)) ? text[i]! : null;
  }

  /** Offsets in text[from, to) where some word may start. */
  positions(text: string, from = 0, to = text.length): number[] {
    const out: number[] = [];
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (starts[code >>> 5]! & (1 << (code & 31))) out.push(i);
    }
    return out;
  }

  /** The longest word that starts at `i` and ends by `to`, or null. */
  longestAt(text: string, i: number, to = text.length): string | null {
    const code = text.charCodeAt(i);
    if (i >= to || !(this.starts[code >>> 5]! & (1 << (code & 31)))) return null;
    return this.wordAt(text, i, code, to);
  }

  /** Leftmost-longest, non-overlapping occurrences in text[from, to). */
  findAll(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!(starts[code >>> 5]! & (1 << (code & 31)))) continue;
      const w = this.wordAt(text, i, code, end);
      if (w) {
        out.push({ at: i, word: w });
        i += w.length - 1;
      }
    }
    return out;
  }

  /** Every occurrence, overlapping ones included (产业链 and the 产业 inside it). */
  findEvery(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!(starts[code >>> 5]! & (1 << (code & 31)))) continue;
      if (i + 1 < end) {
        const list = this.byPair.get(pairKey(code, text.charCodeAt(i + 1)));
        if (list) for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) out.push({ at: i, word: w });
      }
      if (this.singles[code >>> 5]! & (1 << (code & 31))) out.push({ at: i, word: text[i]! });
    }
    return out;
  }

  /** The first occurrence at or after `from`, or null. */
  first(text: string, from = 0, to = text.length): WordHit | null {
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!(starts[code >>> 5]! & (1 << (code & 31)))) continue;
      const w = this.wordAt(text, i, code, end);
      if (w) return { at: i, word: w };
    }
    return null;
  }

  /** True when some word occurs in text[from, to). */
  has(text: string, from = 0, to = text.length): boolean {
    return this.first(text, from, to) !== null;
  }

  /** The longest word (of at most `maxLen` characters) that ends exactly at `end`, or null. */
  endsAt(text: string, end: number, maxLen = 8): string | null {
    if (end < 1) return null;
    const code = text.charCodeAt(end - 1);
    if (!(this.ends[code >>> 5]! & (1 << (code & 31)))) return null;
    for (let len = Math.min(maxLen, end, this.longest); len >= 1; len--) {
      const first = text.charCodeAt(end - len);
      if (!(this.starts[first >>> 5]! & (1 << (first & 31)))) continue;
      const w = text.slice(end - len, end);
      if (this.all.has(w)) return w;
    }
    return null;
  }
}
