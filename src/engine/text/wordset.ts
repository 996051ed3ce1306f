// Finds the words of a fixed list in a text. A regular expression that
// alternates a few hundred literal words tries every alternative at every
// position, which made the engine several times slower than segmentation;
// this keys the words by their first character, so each position costs one
// map lookup. (No library on the list does plain multi-word lookup over
// UTF-16 offsets without segmenting first.)

export interface WordHit {
  at: number;
  word: string;
}

export class WordSet {
  private readonly byFirst = new Map<string, string[]>();
  /** A bit per UTF-16 code unit that starts some word: one lookup per position, 8 KB per set. */
  private readonly starts = new Uint32Array(2048);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const c of this.byFirst.keys()) {
      const code = c.charCodeAt(0);
      this.starts[code >>> 5]! |= 1 << (code & 31);
    }
  }

  /** Positions in text[from, to) where some word may start. */
  private candidates(text: string, from: number, to: number): number[] {
    const out: number[] = [];
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (starts[code >>> 5]! & (1 << (code & 31))) out.push(i);
    }
    return out;
  }

  /** Offsets in text[from, to) where some word starts (the next candidate after each). */
  positions(text: string, from = 0, to = text.length): Iterable<number> {
    return this.candidates(text, from, to);
  }

  /** The longest word that starts at `i`, or null. */
  longestAt(text: string, i: number): string | null {
    const list = this.byFirst.get(text[i]!);
    if (!list) return null;
    for (const w of list) if (text.startsWith(w, i)) return w;
    return null;
  }

  /** Leftmost-longest, non-overlapping occurrences in text[from, to). */
  findAll(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    let next = from;
    for (const i of this.candidates(text, from, to)) {
      if (i < next) continue;
      const list = this.byFirst.get(text[i]!)!;
      for (const w of list) {
        if (i + w.length <= to && text.startsWith(w, i)) {
          out.push({ at: i, word: w });
          next = i + w.length;
          break;
        }
      }
    }
    return out;
  }

  /** Every occurrence, overlapping ones included (产业链 and the 产业 inside it). */
  findEvery(text: string, from = 0, to = text.length): WordHit[] {
    const out: WordHit[] = [];
    for (const i of this.candidates(text, from, to)) {
      for (const w of this.byFirst.get(text[i]!)!)
        if (i + w.length <= to && text.startsWith(w, i)) out.push({ at: i, word: w });
    }
    return out;
  }

  /** The first occurrence at or after `from`, or null. */
  first(text: string, from = 0, to = text.length): WordHit | null {
    for (const i of this.candidates(text, from, to)) {
      const w = this.longestAt(text, i);
      if (w && i + w.length <= to) return { at: i, word: w };
    }
    return null;
  }

  /** True when a word ends exactly at `end`. */
  endsAt(text: string, end: number, maxLen = 8): string | null {
    for (let len = Math.min(maxLen, end); len >= 1; len--) {
      const w = text.slice(end - len, end);
      const list = this.byFirst.get(w[0]!);
      if (list && list.includes(w)) return w;
    }
    return null;
  }
}
