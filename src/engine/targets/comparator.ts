// The comparator a figure is stated with: 以上/不少于/突破/超过 → ">=",
// 以内/不超过 → "<=", 左右/约/接近 → "~", else "=". A word after the figure
// (提高到6.5%以上, 控制在20分钟以内) outranks one before it.
import type { Comparator } from "../types.ts";
import type { Figure } from "./figures.ts";
import { COMPARATOR_AFTER, COMPARATOR_BEFORE_OF, COMPARATOR_BEFORE_WORDS } from "./words.ts";

export function comparatorOf(before: string, figure: Pick<Figure, "tail" | "approx">): Comparator {
  if (figure.tail) {
    for (const [word, cmp] of COMPARATOR_AFTER) if (figure.tail.startsWith(word)) return cmp;
  }
  if (figure.approx) return ">=";
  // 超过了300家: the 了 does not hide the word.
  const end = before.endsWith("了") ? before.length - 1 : before.length;
  const word = COMPARATOR_BEFORE_WORDS.endingAt(before, end);
  return word ? COMPARATOR_BEFORE_OF.get(word)! : "=";
}
