// Finds the words of a short list (今年, 去年, 目前…) by the characters they
// hold rather than by a test at every position. Every word holds one of a
// few anchor characters (年 for 今年 and 去年, 前 for 目前), String.indexOf
// finds those far faster than a loop written in JavaScript, and most
// stretches hold none of them. Where an anchor stands, the characters next
// to it pick the few words worth comparing (2025年 compares none).
import type { WordHit } from "../text/wordset.ts";
import { sortShort } from "./order.ts";
import type { TextIndex } from "./text-index.ts";

const leftmostLongest = (a: WordHit, b: WordHit) => a.at - b.at || b.word.length - a.word.length;

interface Placed {
  word: string;
  /** Where the anchor stands in the word. */
  offset: number;
}

interface Anchor {
  char: string;
  /** Words that hold the anchor after their first character, by the character before it. */
  byBefore: Map<number, Placed[]>;
  /** Words of two or more characters that start with the anchor, by the character after it. */
  byAfter: Map<number, Placed[]>;
  /** True when the anchor is a word of its own. */
  alone: boolean;
}

function bucket(map: Map<number, Placed[]>, code: number, p: Placed): void {
  const list = map.get(code);
  if (list) list.push(p);
  else map.set(code, [p]);
}

/** The anchor `char` for the words that hold it. */
function anchor(char: string, words: readonly string[]): Anchor {
  const a: Anchor = { char, byBefore: new Map(), byAfter: new Map(), alone: false };
  for (const word of words) {
    const offset = word.indexOf(char);
    if (offset > 0) bucket(a.byBefore, word.charCodeAt(offset - 1), { word, offset });
    else if (word.length > 1) bucket(a.byAfter, word.charCodeAt(1), { word, offset });
    else a.alone = true;
  }
  return a;
}

/**
 * Adds the words that lie within text[from, to) with `a`'s anchor at `j` to
 * `found`, each at its offset plus `shift`.
 */
function wordsAt(
  text: string,
  j: number,
  a: Anchor,
  from: number,
  to: number,
  shift: number,
  found: WordHit[],
): void {
  const before = j > from ? a.byBefore.get(text.charCodeAt(j - 1)) : undefined;
  if (before) {
    for (const { word, offset } of before) {
      const start = j - offset;
      if (start >= from && start + word.length <= to && text.startsWith(word, start))
        found.push({ at: start + shift, word });
    }
  }
  const after = j + 1 < to ? a.byAfter.get(text.charCodeAt(j + 1)) : undefined;
  if (after) {
    for (const { word } of after)
      if (j + word.length <= to && text.startsWith(word, j)) found.push({ at: j + shift, word });
  }
  if (a.alone) found.push({ at: j + shift, word: a.char });
}

/**
 * Numerals stand everywhere in running text (一是, 进一步, 统一): as an anchor
 * one is found far more often than another character of the same words (季 of 一季度).
 */
const NUMERALS = "一二两三四五六七八九十";

/**
 * A few characters such that every word holds one, chosen greedily: the one
 * in most words first, a numeral only where no other character is in as many.
 */
function anchorsOf(words: readonly string[]): string[] {
  let rest = words;
  const anchors: string[] = [];
  while (rest.length) {
    const count = new Map<string, number>();
    for (const w of rest) for (const ch of new Set(w)) count.set(ch, (count.get(ch) ?? 0) + 1);
    let best = "";
    for (const [ch, n] of count) {
      const most = count.get(best) ?? 0;
      if (n > most || (n === most && NUMERALS.includes(best) && !NUMERALS.includes(ch))) best = ch;
    }
    anchors.push(best);
    rest = rest.filter((w) => !w.includes(best));
  }
  return anchors;
}

const leftmostLongestOnly = (found: WordHit[]): WordHit[] => {
  if (found.length < 2) return found;
  sortShort(found, leftmostLongest);
  // Keep each hit that starts after the last one kept ends.
  let kept = 1;
  for (let i = 1; i < found.length; i++) {
    const last = found[kept - 1]!;
    if (found[i]!.at >= last.at + last.word.length) found[kept++] = found[i]!;
  }
  if (kept < found.length) found.length = kept;
  return found;
};

export class AnchoredWords {
  private readonly anchors: Anchor[];

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].filter((w) => w.length > 0);
    const placed = new Set<string>();
    this.anchors = anchorsOf(list).map((char) => {
      const held = list.filter((w) => w.includes(char) && !placed.has(w));
      for (const w of held) placed.add(w);
      return anchor(char, held);
    });
  }

  /**
   * Every occurrence in text[from, to), overlapping ones included (在现有
   * and the 现有 inside it), in no particular order. `s` is text[from, to).
   */
  every(s: string, from: number): WordHit[] {
    const found: WordHit[] = [];
    for (const a of this.anchors) {
      for (let j = s.indexOf(a.char); j !== -1; j = s.indexOf(a.char, j + 1))
        wordsAt(s, j, a, 0, s.length, from, found);
    }
    return found;
  }

  /** The same as every(text.slice(from, to), from), read from the text's index of characters. */
  everyIn(index: TextIndex, from: number, to: number): WordHit[] {
    const found: WordHit[] = [];
    const { text } = index;
    for (const a of this.anchors) {
      const positions = index.positions(a.char);
      const { list } = positions;
      for (let k = positions.first(from); k < list.length && list[k]! < to; k++)
        wordsAt(text, list[k]!, a, from, to, 0, found);
    }
    return found;
  }

  /**
   * Leftmost-longest, non-overlapping occurrences in text[from, to), as
   * WordSet.findAll finds them. `s` is text[from, to).
   */
  findAll(s: string, from: number): WordHit[] {
    return leftmostLongestOnly(this.every(s, from));
  }

  /** The same as findAll(text.slice(from, to), from), read from the text's index of characters. */
  findAllIn(index: TextIndex, from: number, to: number): WordHit[] {
    return leftmostLongestOnly(this.everyIn(index, from, to));
  }
}
