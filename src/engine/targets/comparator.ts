// The comparator a figure is stated with: 以上/不少于/突破/超过 → ">=",
// 以内/不超过 → "<=", 左右/约/接近 → "~", else "=". A word after the figure
// (提高到6.5%以上, 控制在20分钟以内) outranks one before it. A range (引进3-5家)
// is its lower bound: ">=".
import type { Comparator } from "../types.ts";
import type { Figure } from "./figures.ts";
import {
  COMPARATOR_AFTER,
  COMPARATOR_BEFORE_OF,
  comparatorWordEndingAt,
  FIGURE_TAIL_WORDS,
} from "./words.ts";

const LE = "了".charCodeAt(0);

/** The comparator a word after a figure (以上, 以内, 左右) starts with, if any. */
function afterComparator(tail: string): Comparator | null {
  for (const [word, cmp] of COMPARATOR_AFTER) if (tail.startsWith(word)) return cmp;
  return null;
}

/** The comparator of each word a figure's tail can be, found once. */
const TAIL_COMPARATOR = new Map(FIGURE_TAIL_WORDS.map((w) => [w, afterComparator(w)]));

/** The comparator of a figure that text[from, to) stands before. */
export function comparatorOf(
  text: string,
  figure: Pick<Figure, "tail" | "approx"> & { range?: boolean },
  from = 0,
  to = text.length,
): Comparator {
  if (figure.tail) {
    const after = TAIL_COMPARATOR.get(figure.tail) ?? afterComparator(figure.tail);
    if (after) return after;
  }
  if (figure.approx || figure.range) return ">=";
  // 超过了300家: the 了 does not hide the word.
  const end = to > from && text.charCodeAt(to - 1) === LE ? to - 1 : to;
  const word = comparatorWordEndingAt(text, end, from);
  return word ? COMPARATOR_BEFORE_OF.get(word)! : "=";
}
