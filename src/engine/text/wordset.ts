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

/** A pair's bit in the pairs table: both characters mixed, so the table's low bits see both. */
const pairHash = (a: number, b: number) => a * 31 + b;

/** A set this small is searched word by word with indexOf over a stretch this long (see findAllFew). */
const FEW_WORDS = 12;
const LONG_STRETCH = 256;

export class WordSet {
  /** Words of two or more characters by their first two, longest first. */
  private readonly byPair = new Map<number, string[]>();
  private readonly all = new Set<string>();
  /** Codes of the one-character words: checked without making a string of the character. */
  private readonly singleCodes = new Set<number>();
  private readonly longest: number = 0;
  /**
   * Four bit tables in one buffer: which characters start a word, which
   * pairs of characters (hashed) start a word, which characters are a word
   * of their own, which end a word. A
   * character's bit is found by the low bits of its code, so a table is sized
   * to the list (a set of four names, built per document, stays a few bytes:
   * typed-array allocations are costly); characters that share low bits cost
   * only a lookup that finds nothing.
   */
  private readonly bits: Uint32Array;
  /** The low bits of a code that pick its bit: table size in bits, less one. */
  private readonly mask: number;
  /** Offsets of the tables after the first (starts) in `bits`. */
  private readonly pairs: number;
  private readonly singles: number;
  private readonly ends: number;

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)].filter((w) => w.length > 0);
    let size = 64;
    while (size < 8 * unique.length && size < 16384) size *= 2;
    this.mask = size - 1;
    const table = size / 32;
    this.bits = new Uint32Array(4 * table);
    this.pairs = table;
    this.singles = 2 * table;
    this.ends = 3 * table;
    for (const w of unique) {
      const code = w.charCodeAt(0);
      if (w.length === 1) {
        this.set(this.singles, code);
        this.singleCodes.add(code);
      } else {
        const second = w.charCodeAt(1);
        this.set(this.pairs, pairHash(code, second));
        const key = pairKey(code, second);
        const list = this.byPair.get(key) ?? [];
        list.push(w);
        this.byPair.set(key, list);
      }
      this.set(0, code);
      const last = w.charCodeAt(w.length - 1);
      this.set(this.ends, last);
      this.all.add(w);
      if (w.length > this.longest) this.longest = w.length;
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }

  private set(table: number, code: number): void {
    this.bits[table + ((code & this.mask) >>> 5)]! |= 1 << (code & 31);
  }

  private isSingle(code: number): boolean {
    return this.isSet(this.singles, code) && this.singleCodes.has(code);
  }

  private isSet(table: number, code: number): boolean {
    return (this.bits[table + ((code & this.mask) >>> 5)]! & (1 << (code & 31))) !== 0;
  }

  /**
   * The longest word at `i` that ends by `end`, for a position whose first
   * character starts some word. The one place that knows how words are keyed.
   */
  private wordAt(text: string, i: number, code: number, end: number): string | null {
    if (i + 1 < end) {
      const second = text.charCodeAt(i + 1);
      if (this.isSet(this.pairs, pairHash(code, second))) {
        const list = this.byPair.get(pairKey(code, second));
        if (list) for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) return w;
      }
    }
    return this.isSingle(code) ? text[i]! : null;
  }

  /** The longest word that starts at `i` and ends by `to`, or null. */
  longestAt(text: string, i: number, to = text.length): string | null {
    const code = text.charCodeAt(i);
    if (i >= to || !this.isSet(0, code)) return null;
    return this.wordAt(text, i, code, to);
  }

  /** Leftmost-longest, non-overlapping occurrences in text[from, to). */
  findAll(text: string, from = 0, to = text.length): WordHit[] {
    if (this.all.size <= FEW_WORDS && to - from >= LONG_STRETCH) return this.findAllFew(text, from, to);
    const out: WordHit[] = [];
    for (let hit = this.first(text, from, to); hit; hit = this.first(text, hit.at + hit.word.length, to))
      out.push(hit);
    return out;
  }

  /**
   * findAll for a set of a few words over a long stretch (a document's
   * speakers, deputies' marks, over its whole text): each word is looked for
   * with indexOf, which the engine runs many times faster than a loop over
   * characters, and its next occurrence is kept until the scan passes it.
   */
  private findAllFew(text: string, from: number, to: number): WordHit[] {
    const end = Math.min(to, text.length);
    const words = [...this.all];
    const next = words.map((w) => text.indexOf(w, from));
    const out: WordHit[] = [];
    for (let at = from; ;) {
      let best = -1;
      for (let k = 0; k < words.length; k++) {
        if (next[k]! >= 0 && next[k]! < at) next[k] = text.indexOf(words[k]!, at);
        const p = next[k]!;
        if (p < 0 || p + words[k]!.length > end) continue;
        // Leftmost, then longest.
        if (best < 0 || p < next[best]! || (p === next[best]! && words[k]!.length > words[best]!.length))
          best = k;
      }
      if (best < 0) return out;
      const hit = { at: next[best]!, word: words[best]! };
      out.push(hit);
      at = hit.at + hit.word.length;
    }
  }

  /** Every occurrence, overlapping ones included (产业链 and the 产业 inside it). */
  findEvery(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const code = text.charCodeAt(i);
      const second = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (second >= 0 && this.isSet(this.pairs, pairHash(code, second))) {
        const list = this.byPair.get(pairKey(code, second));
        if (list)
          for (const w of list)
            if (i + w.length <= end && text.startsWith(w, i)) out.push({ at: i, word: w });
      }
      if (this.isSingle(code)) out.push({ at: i, word: text[i]! });
    }
    return out;
  }

  /** The first occurrence at or after `from`, or null. */
  first(text: string, from = 0, to = text.length): WordHit | null {
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const w = this.wordAt(text, i, text.charCodeAt(i), end);
      if (w) return { at: i, word: w };
    }
    return null;
  }

  /**
   * The first offset in text[from, end) whose character starts some word, or
   * `end`: the loop every search runs, one bit test per character.
   */
  private nextStart(text: string, from: number, end: number): number {
    const bits = this.bits;
    const mask = this.mask;
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (bits[(code & mask) >>> 5]! & (1 << (code & 31))) return i;
    }
    return end;
  }

  /** True when some word occurs in text[from, to). */
  has(text: string, from = 0, to = text.length): boolean {
    return this.first(text, from, to) !== null;
  }

  /** The longest word (of at most `maxLen` characters) that ends exactly at `end`, or null. */
  endsAt(text: string, end: number, maxLen = 8): string | null {
    if (end < 1) return null;
    const code = text.charCodeAt(end - 1);
    if (!this.isSet(this.ends, code)) return null;
    for (let len = Math.min(maxLen, end, this.longest); len >= 1; len--) {
      const first = text.charCodeAt(end - len);
      if (!this.isSet(0, first)) continue;
      const w = text.slice(end - len, end);
      if (this.all.has(w)) return w;
    }
    return null;
  }
}
