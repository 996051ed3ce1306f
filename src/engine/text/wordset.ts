// Finds the words of a fixed list in a text. A regular expression that
// alternates a few hundred literal words tries every alternative at every
// position, which made the engine several times slower than segmentation;
// this keys the words by their first character, so each position costs one
// bit test and, only where some word may start, one lookup of its first two
// characters in a hash table. (No library
// on the list does plain multi-word lookup over UTF-16 offsets without
// segmenting first.) The loops are written out by hand: this is the engine's
// innermost code, run over every clause by every stage.

export interface WordHit {
  at: number;
  word: string;
}

/** The first two characters of a word as one number: exact, so that a pair's words are its own. */
const pairKey = (a: number, b: number) => (a << 16) | b;
/** The first two characters of a word as a bit of the pairs table (lossy: a filter, not a key). */
const pairBit = (a: number, b: number) => Math.imul(a, 31) ^ b;

/** A set this small is searched word by word with indexOf over a stretch this long (see findAllFew). */
const FEW_WORDS = 12;
const LONG_STRETCH = 256;

export class WordSet {
  /**
   * The words, those of two or more characters grouped by their first two
   * characters (each group longest first), then the one-character words.
   * A word is known by its place here (see findEveryIndexed).
   */
  readonly words: string[];
  /**
   * Open-addressed table of first pairs, in one typed array rather than a
   * Map of arrays: slot s is the triple at 3s, the pair's key, then its group
   * as a range of `words`, start and end; an empty slot has end 0.
   */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  /** The place in `words` of each one-character word, by its code. */
  private readonly singleIndex = new Map<number, number>();
  private readonly longest: number = 0;
  private readonly size: number;
  /**
   * Five bit tables in one buffer: which characters start a word, which
   * are a word of their own, which end a word, which pairs of characters
   * (by pairBit) start a word of two or more, and which characters stand
   * second in such a word. A
   * character's bit is found by the low bits of its code, so a table is sized
   * to the list (a set of four names, built per document, stays a few bytes:
   * typed-array allocations are costly); characters that share low bits cost
   * only a lookup that finds nothing.
   */
  private readonly bits: Uint32Array;
  /** The low bits of a code that pick its bit: table size in bits, less one. */
  private readonly mask: number;
  /** Offsets of the tables after the first (starts) in `bits`. */
  private readonly singles: number;
  private readonly ends: number;
  private readonly pairs: number;
  private readonly seconds: number;

  constructor(words: Iterable<string>) {
    // (Sets of a few names are built per document: the constructor allocates little.)
    const unique = new Set<string>();
    for (const w of words) if (w.length > 0) unique.add(w);
    this.size = unique.size;
    let size = 64;
    while (size < 8 * unique.size && size < 16384) size *= 2;
    this.mask = size - 1;
    const table = size / 32;
    this.bits = new Uint32Array(5 * table);
    this.singles = table;
    this.ends = 2 * table;
    this.pairs = 3 * table;
    this.seconds = 4 * table;
    // Groups in order of first appearance, each longest first (a stable sort: equal lengths keep
    // the order they were given in).
    const groups = new Map<number, string[]>();
    const singleWords: string[] = [];
    for (const w of unique) {
      const code = w.charCodeAt(0);
      if (w.length === 1) {
        this.set(this.singles, code);
        singleWords.push(w);
      } else {
        const key = pairKey(code, w.charCodeAt(1));
        this.set(this.pairs, pairBit(code, w.charCodeAt(1)));
        this.set(this.seconds, w.charCodeAt(1));
        const group = groups.get(key);
        if (group) group.push(w);
        else groups.set(key, [w]);
      }
      this.set(0, code);
      this.set(this.ends, w.charCodeAt(w.length - 1));
      if (w.length > this.longest) this.longest = w.length;
    }
    let slots = 2;
    while (slots < 2 * groups.size) slots *= 2;
    this.slotMask = slots - 1;
    this.slots = new Int32Array(3 * slots);
    this.words = [];
    for (const [key, group] of groups) {
      // (A sort allocates even for one element, and most groups hold one.)
      if (group.length > 1) group.sort((a, b) => b.length - a.length);
      let slot = this.slotOf(key);
      while (this.slots[slot + 2] !== 0) slot = this.nextSlot(slot);
      this.slots[slot] = key;
      this.slots[slot + 1] = this.words.length;
      for (const w of group) this.words.push(w);
      this.slots[slot + 2] = this.words.length;
    }
    for (const w of singleWords) {
      this.singleIndex.set(w.charCodeAt(0), this.words.length);
      this.words.push(w);
    }
  }

  private set(table: number, code: number): void {
    this.bits[table + ((code & this.mask) >>> 5)]! |= 1 << (code & 31);
  }

  private isSet(table: number, code: number): boolean {
    return (this.bits[table + ((code & this.mask) >>> 5)]! & (1 << (code & 31))) !== 0;
  }

  /** Where a pair's probe starts: the offset of its slot's triple. */
  private slotOf(key: number): number {
    return 3 * ((Math.imul(key, 0x9e3779b1) >>> 16) & this.slotMask);
  }

  private nextSlot(slot: number): number {
    return 3 * ((slot / 3 + 1) & this.slotMask);
  }

  /** The offset of the slot of the words that start with the characters a, b, or -1. */
  private groupOf(a: number, b: number): number {
    const key = pairKey(a, b);
    for (let slot = this.slotOf(key); ; slot = this.nextSlot(slot)) {
      if (this.slots[slot + 2] === 0) return -1;
      if (this.slots[slot] === key) return slot;
    }
  }

  /** True when word k, whose first two characters stand at `i`, stands there whole and ends by `end`. */
  private restMatches(text: string, i: number, k: number, end: number): boolean {
    const w = this.words[k]!;
    if (i + w.length > end) return false;
    for (let j = 2; j < w.length; j++) if (text.charCodeAt(i + j) !== w.charCodeAt(j)) return false;
    return true;
  }

  /** The place of the one-character word `code`, or -1. */
  private singleAt(code: number): number {
    return this.isSet(this.singles, code) ? (this.singleIndex.get(code) ?? -1) : -1;
  }

  /**
   * The place of the longest word at `i` that ends by `end`, or -1, for a
   * position whose first character starts some word. The one place that
   * knows how words are keyed.
   */
  private wordAt(text: string, i: number, code: number, end: number): number {
    if (i + 1 < end) {
      const slot = this.groupOf(code, text.charCodeAt(i + 1));
      if (slot >= 0)
        for (let k = this.slots[slot + 1]!; k < this.slots[slot + 2]!; k++)
          if (this.restMatches(text, i, k, end)) return k;
    }
    return this.singleAt(code);
  }

  /** The longest word that starts at `i` and ends by `to`, or null. */
  longestAt(text: string, i: number, to = text.length): string | null {
    const code = text.charCodeAt(i);
    if (i >= to || !this.isSet(0, code)) return null;
    const k = this.wordAt(text, i, code, to);
    return k < 0 ? null : this.words[k]!;
  }

  /** Leftmost-longest, non-overlapping occurrences in text[from, to). */
  findAll(text: string, from = 0, to = text.length): WordHit[] {
    if (this.size <= FEW_WORDS && to - from >= LONG_STRETCH) return this.findAllFew(text, from, to);
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
    const words = this.words;
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

  /** Every occurrence, overlapping ones included (产业链 and the 产业 inside it), in text order and longest first at each offset. */
  findEvery(text: string, from = 0, to = text.length): WordHit[] {
    const found = this.findEveryIndexed(text, from, to);
    const out: WordHit[] = [];
    for (let j = 0; j < found.length; j += 2) out.push({ at: found[j]!, word: this.words[found[j + 1]!]! });
    return out;
  }

  /**
   * findEvery as pairs of numbers, offset then the word's place in `words`:
   * for a caller that keeps something per word (ClauseWords' tags), which it
   * then finds by place rather than by hashing the word. Pushed onto `out`,
   * which such a caller may reuse from text to text.
   */
  findEveryIndexed(text: string, from = 0, to = text.length, out: number[] = []): number[] {
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const code = text.charCodeAt(i);
      if (i + 1 < end) {
        const slot = this.groupOf(code, text.charCodeAt(i + 1));
        if (slot >= 0)
          for (let k = this.slots[slot + 1]!; k < this.slots[slot + 2]!; k++)
            if (this.restMatches(text, i, k, end)) out.push(i, k);
      }
      const single = this.singleAt(code);
      if (single >= 0) out.push(i, single);
    }
    return out;
  }

  /** The first occurrence at or after `from`, or null. */
  first(text: string, from = 0, to = text.length): WordHit | null {
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const k = this.wordAt(text, i, text.charCodeAt(i), end);
      if (k >= 0) return { at: i, word: this.words[k]! };
    }
    return null;
  }

  /**
   * The first offset in text[from, end) where some word may start, or `end`:
   * the loop every search runs, one bit test per character. A character
   * that may open a word is passed over unless it is a word of its own or
   * the pair it makes with the next character may open one: most places
   * whose first character passes (市, 区, 会 open titles) have no such pair,
   * and the pair's test is cheaper than a return to the caller and a lookup.
   */
  private nextStart(text: string, from: number, end: number): number {
    if (this.singleIndex.size === 0) return this.nextPairStart(text, from, end);
    const bits = this.bits;
    const mask = this.mask;
    const singles = this.singles;
    const pairs = this.pairs;
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if ((bits[(code & mask) >>> 5]! & (1 << (code & 31))) === 0) continue;
      if (bits[singles + ((code & mask) >>> 5)]! & (1 << (code & 31))) return i;
      if (i + 1 === end) break;
      const pair = pairBit(code, text.charCodeAt(i + 1));
      if (bits[pairs + ((pair & mask) >>> 5)]! & (1 << (pair & 31))) return i;
    }
    return end;
  }

  /**
   * nextStart for a set with no one-character word, reading every other
   * character: a word of two or more characters that starts at i covers i
   * and i + 1, so one of the two is read, as the first character of a pair
   * or as the second. It passes over the same places as the loop above
   * (half the reads for the title scan over a whole document).
   */
  private nextPairStart(text: string, from: number, end: number): number {
    const bits = this.bits;
    const mask = this.mask;
    const pairs = this.pairs;
    const seconds = this.seconds;
    for (let k = from + 1; k < end; k += 2) {
      const code = text.charCodeAt(k);
      const slot = (code & mask) >>> 5;
      const bit = 1 << (code & 31);
      // A pair ending here: the character before opens it.
      if (bits[seconds + slot]! & bit) {
        const before = text.charCodeAt(k - 1);
        const pair = pairBit(before, code);
        if (
          bits[(before & mask) >>> 5]! & (1 << (before & 31)) &&
          bits[pairs + ((pair & mask) >>> 5)]! & (1 << (pair & 31))
        )
          return k - 1;
      }
      // A pair opening here, if it ends by `end`.
      if (bits[slot]! & bit && k + 1 < end) {
        const pair = pairBit(code, text.charCodeAt(k + 1));
        if (bits[pairs + ((pair & mask) >>> 5)]! & (1 << (pair & 31))) return k;
      }
    }
    return end;
  }

  /** True when some word occurs in text[from, to). */
  has(text: string, from = 0, to = text.length): boolean {
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end))
      if (this.wordAt(text, i, text.charCodeAt(i), end) >= 0) return true;
    return false;
  }

  /** The longest word (of at most `maxLen` characters) that ends exactly at `end`, or null. */
  endsAt(text: string, end: number, maxLen = 8): string | null {
    if (end < 1 || end > text.length) return null;
    if (!this.isSet(this.ends, text.charCodeAt(end - 1))) return null;
    // Compared in place, longest first: a slice per length to look up was a string per test.
    for (let len = Math.min(maxLen, end, this.longest); len >= 2; len--) {
      const at = end - len;
      const first = text.charCodeAt(at);
      if (!this.isSet(0, first)) continue;
      const slot = this.groupOf(first, text.charCodeAt(at + 1));
      if (slot < 0) continue;
      for (let k = this.slots[slot + 1]!; k < this.slots[slot + 2]!; k++) {
        const length = this.words[k]!.length;
        if (length < len) break;
        if (length === len && this.restMatches(text, at, k, end)) return this.words[k]!;
      }
    }
    const single = maxLen >= 1 ? this.singleAt(text.charCodeAt(end - 1)) : -1;
    return single >= 0 ? this.words[single]! : null;
  }
}
