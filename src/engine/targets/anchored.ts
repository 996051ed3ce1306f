// Finds the words of a short list (今年, 去年, 目前…) by the characters they
// hold rather than by a test at every position. Every word holds one of a
// few anchor characters (年 for 今年 and 去年, 前 for 目前), String.indexOf
// finds those far faster than a loop written in JavaScript, and most
// stretches hold none of them.
import type { WordHit } from "../text/wordset.ts";
import { sortShort } from "./order.ts";

const leftmostLongest = (a: WordHit, b: WordHit) => a.at - b.at || b.word.length - a.word.length;

interface Anchor {
  char: string;
  /** The words that hold the anchor (and no earlier one), with where it stands in each. */
  words: { word: string; offset: number }[];
}

/** A few characters such that every word holds one, chosen greedily: the one in most words first. */
function anchorsOf(words: readonly string[]): string[] {
  let rest = words;
  const anchors: string[] = [];
  while (rest.length) {
    const count = new Map<string, number>();
    for (const w of rest) for (const ch of new Set(w)) count.set(ch, (count.get(ch) ?? 0) + 1);
    let best = "";
    for (const [ch, n] of count) if (n > (count.get(best) ?? 0)) best = ch;
    anchors.push(best);
    rest = rest.filter((w) => !w.includes(best));
  }
  return anchors;
}

export class AnchoredWords {
  private readonly anchors: Anchor[];

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].filter((w) => w.length > 0);
    const placed = new Set<string>();
    this.anchors = anchorsOf(list).map((char) => {
      const held = list.filter((w) => w.includes(char) && !placed.has(w));
      for (const w of held) placed.add(w);
      return { char, words: held.map((word) => ({ word, offset: word.indexOf(char) })) };
    });
  }

  /** True when `s` holds one of the words. */
  has(s: string): boolean {
    for (const { char, words } of this.anchors) {
      for (let j = s.indexOf(char); j !== -1; j = s.indexOf(char, j + 1)) {
        for (const { word, offset } of words) if (j >= offset && s.startsWith(word, j - offset)) return true;
      }
    }
    return false;
  }

  /**
   * Leftmost-longest, non-overlapping occurrences in text[from, to), as
   * WordSet.findAll finds them. `s` is text[from, to).
   */
  findAll(s: string, from: number): WordHit[] {
    const found: WordHit[] = [];
    for (const { char, words } of this.anchors) {
      for (let j = s.indexOf(char); j !== -1; j = s.indexOf(char, j + 1)) {
        for (const { word, offset } of words) {
          if (j >= offset && s.startsWith(word, j - offset)) found.push({ at: from + j - offset, word });
        }
      }
    }
    if (found.length < 2) return found;
    sortShort(found, leftmostLongest);
    // Keep each hit that starts after the last one kept ends.
    let kept = 1;
    for (let i = 1; i < found.length; i++) {
      const last = found[kept - 1]!;
      if (found[i]!.at >= last.at + last.word.length) found[kept++] = found[i]!;
    }
    found.length = kept;
    return found;
  }
}
