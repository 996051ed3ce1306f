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

export class WordSet {
  /** Words by the code of their first character, longest first. */
  private readonly byFirst = new Map<number, string[]>();
  /** A bit per UTF-16 code unit that starts some word: 8 KB per set. */
  private readonly starts = new Uint32Array(2048);
  /** A bit per UTF-16 code unit that ends some word, for `endsAt`. */
  private readonly ends = new Uint32Array(2048);
  private readonly all = new Set<string>();
  private readonly longest: number = 0;

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const code = w.charCodeAt(0);
      const list = this.byFirst.get(code) ?? [];
      list.push(w);
      this.byFirst.set(code, list);
      this.starts[code >>> 5]! |= 1 << (code & 31);
      const last = w.charCodeAt(w.length - 1);
      this.ends[last >>> 5]! |= 1 << (last & 31);
      this.all.add(w);
      if (w.length > this.longest) this.longest = w.length;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
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
    if (!(this.starts[code >>> 5]! & (1 << (code & 31)))) return null;
    for (const w of this.byFirst.get(code)!) if (i + w.length <= to && text.startsWith(w, i)) return w;
    return null;
  }

  /** Leftmost-longest, non-overlapping occurrences in text[from, to). */
  findAll(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!(starts[code >>> 5]! & (1 << (code & 31)))) continue;
      for (const w of this.byFirst.get(code)!) {
        if (i + w.length <= end && text.startsWith(w, i)) {
          out.push({ at: i, word: w });
          i += w.length - 1;
          break;
        }
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
      for (const w of this.byFirst.get(code)!)
        if (i + w.length <= end && text.startsWith(w, i)) out.push({ at: i, word: w });
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
      for (const w of this.byFirst.get(code)!) if (i + w.length <= end && text.startsWith(w, i)) return { at: i, word: w };
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
