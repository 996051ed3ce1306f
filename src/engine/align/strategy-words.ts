// The labels and parts of one document's strategies, looked up in each
// clause. The list is built anew for every document, so building it must cost
// next to nothing: a map by first character behind a 512-bit filter is built
// in a few microseconds and still skips most characters with one bit test
// (a WordSet, which answers more questions, measured slower here).
import type { Strategy } from "../types.ts";

interface StrategyWord {
  word: string;
  /** True when the word is some strategy's label. */
  label: boolean;
  /** The strategies the word is a part of, once per time it is listed. */
  partOf: number[];
}

/** Bit of a first character in the filter: its code modulo 512. */
const filterBit = (code: number) => 1 << (code & 31);
const filterSlot = (code: number) => (code >>> 5) & 15;

export class StrategyWords {
  /** Sixteen 32-bit words: small enough to live on the heap with the object. */
  private readonly filter = new Int32Array(16);
  private readonly byFirst = new Map<number, StrategyWord[]>();

  constructor(strategies: Strategy[]) {
    const entries = new Map<string, StrategyWord>();
    const entry = (word: string) => {
      let e = entries.get(word);
      if (!e) {
        e = { word, label: false, partOf: [] };
        entries.set(word, e);
      }
      return e;
    };
    strategies.forEach((s, i) => {
      entry(s.label).label = true;
      for (const p of s.parts) entry(p).partOf.push(i);
    });
    for (const e of entries.values()) {
      if (!e.word) continue;
      const code = e.word.charCodeAt(0);
      this.filter[filterSlot(code)]! |= filterBit(code);
      const list = this.byFirst.get(code);
      if (list) list.push(e);
      else this.byFirst.set(code, [e]);
    }
  }

  /** True when the clause text[from, to) names a strategy's label, or two of its parts. */
  executes(text: string, from: number, to: number): boolean {
    let partsSeen: Map<number, number> | null = null;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (!(this.filter[filterSlot(code)]! & filterBit(code))) continue;
      const candidates = this.byFirst.get(code);
      if (!candidates) continue;
      for (const w of candidates) {
        if (i + w.word.length > to || !text.startsWith(w.word, i)) continue;
        if (w.label) return true;
        for (const s of w.partOf) {
          partsSeen ??= new Map();
          const n = (partsSeen.get(s) ?? 0) + 1;
          if (n >= 2) return true;
          partsSeen.set(s, n);
        }
      }
    }
    return false;
  }
}
