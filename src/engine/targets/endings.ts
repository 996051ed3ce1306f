// Words that a stretch of text ends with: 增长 in 年均增长, 达到 in 产值达到,
// 以上. Bucketed by last character and longest first, so a test costs a bit
// lookup, and where some word ends with the character one map lookup and a
// few startsWith calls; it allocates nothing.
import { longestFirst } from "../lexicon.ts";
import { CharSet } from "./chars.ts";

export class Endings {
  private readonly lasts: CharSet;
  private readonly byLast = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    let lasts = "";
    for (const w of longestFirst(words)) {
      if (!w) continue;
      const last = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else {
        this.byLast.set(last, [w]);
        lasts += w[w.length - 1];
      }
    }
    this.lasts = new CharSet(lasts);
  }

  /** The longest word that text[from, end) ends with, or null. */
  endingAt(text: string, end: number, from = 0): string | null {
    if (end <= from) return null;
    const last = text.charCodeAt(end - 1);
    if (!this.lasts.has(last)) return null;
    for (const w of this.byLast.get(last)!) {
      if (end - w.length >= from && text.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}
