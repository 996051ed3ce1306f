// Words that a stretch of text starts with: the measure word after a number,
// 以上 after a figure, a noise word or a verb at the head of a metric. The
// counterpart of Endings. A test costs a bit lookup for the first character;
// where some word starts with it, a second for the first two characters
// (hashed), and only where some word may start with those a map lookup and
// a few startsWith calls. It allocates nothing, where WordSet makes a string
// for each one-character word it checks (万, 个, 将), and this stage asks
// for a word at a position several times per figure.
import { longestFirst } from "../lexicon.ts";
import { CharSet } from "./chars.ts";

/** A key for the first two characters of a word; pairs may share one (each candidate is checked). */
const pairKey = (a: number, b: number) => ((a & 0x7fff) << 15) | (b & 0x7fff);
/** A pair's bit in the pairs table: both characters mixed, so that its low bits see both. */
const pairHash = (a: number, b: number) => a * 31 + b;

export class Prefixes {
  private readonly firsts: CharSet;
  /** Hashed pairs that start a word of two or more characters, a bit each. */
  private readonly pairs: Uint32Array;
  private readonly pairMask: number;
  /** Words of two or more characters by their first two, longest first. */
  private readonly byPair = new Map<number, string[]>();
  /** Words of one character. */
  private readonly singles = new Map<number, string>();

  constructor(words: Iterable<string>) {
    const unique = longestFirst([...words]).filter((w) => w.length > 0);
    let size = 64;
    while (size < 8 * unique.length && size < 16384) size *= 2;
    this.pairMask = size - 1;
    this.pairs = new Uint32Array(size / 32);
    let firsts = "";
    for (const w of unique) {
      const first = w.charCodeAt(0);
      firsts += w[0];
      if (w.length === 1) {
        this.singles.set(first, w);
        continue;
      }
      const second = w.charCodeAt(1);
      const hash = pairHash(first, second) & this.pairMask;
      this.pairs[hash >>> 5]! |= 1 << (hash & 31);
      const key = pairKey(first, second);
      const list = this.byPair.get(key);
      if (list) list.push(w);
      else this.byPair.set(key, [w]);
    }
    this.firsts = new CharSet(firsts);
  }

  /** The longest word that starts at `i` and ends by `to`, or null. */
  longestAt(text: string, i: number, to = text.length): string | null {
    if (i < 0 || i >= to) return null;
    const first = text.charCodeAt(i);
    if (!this.firsts.has(first)) return null;
    if (i + 1 < to) {
      const second = text.charCodeAt(i + 1);
      const hash = pairHash(first, second) & this.pairMask;
      if ((this.pairs[hash >>> 5]! & (1 << (hash & 31))) !== 0) {
        const list = this.byPair.get(pairKey(first, second));
        if (list) for (const w of list) if (i + w.length <= to && text.startsWith(w, i)) return w;
      }
    }
    return this.singles.get(first) ?? null;
  }
}
