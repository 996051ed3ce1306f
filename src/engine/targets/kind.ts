// The kind of value a figure states: a growth rate (增长6%, 年均增长7%左右),
// a share or rate (覆盖率68%, 比重40%), a multiple of the baseline (翻两番,
// 倍增, 3倍) or an absolute count or amount (30个, 500亿元).
import type { ValueKind } from "../types.ts";
import type { Figure } from "./figures.ts";
import { endsWithGrowth } from "./words.ts";

/** The kind of value of a figure that text[from, to) stands before. */
export function valueKindOf(
  text: string,
  figure: Pick<Figure, "kind">,
  from = 0,
  to = text.length,
): ValueKind {
  if (figure.kind === "multiple") return "multiple";
  if (figure.kind === "percent") return endsWithGrowth(text, from, to) ? "growth_rate" : "percent";
  return "absolute";
}
