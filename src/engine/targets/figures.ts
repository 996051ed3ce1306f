// Figures in a stretch of text: a number with its measure (30个, 1.2万亩,
// 6.5%, 五十名, 12亿美元) or a multiple word (翻两番, 倍增), with the words
// that close it (以上, 左右, 基础上). Numbers that are not quantities — years,
// dates, ordinals, codes, names such as "1123" or 4+4, and the rhetorical
// single Chinese digits of 两个着力点 or 三大战略 — are not figures.
import { isBareChineseDigit, parseNumeral } from "./numerals.ts";
import { CN_DIGITS, FIGURE, FIGURE_START, FIGURE_TAIL, MULTIPLE, MULTIPLE_VALUE, WORDS } from "./words.ts";

export type FigureKind = "absolute" | "percent" | "multiple";

export interface Figure {
  /** Start of the numeral (or of the multiple word). */
  start: number;
  /** End of the measure word, %, or multiple word. */
  end: number;
  /** End of the words that close the figure (以上, 左右, 基础上); ≥ end. */
  tailEnd: number;
  tail: string;
  value: number;
  kind: FigureKind;
  /** Magnitude and measure as written (万亩, 亿美元, 个); null for % and multiples. */
  unit: string | null;
  /** The measure word alone (亩, 元, 个). */
  measure: string | null;
  /** 多 or 余 between the number and its measure (300多家). */
  approx: boolean;
}

/** Characters before a number that make it part of something else: 第三, 5.5, G20, 前10名. */
const BAD_BEFORE = /[\d.A-Za-z第前零〇一二两三四五六七八九十百千万亿+\-/~]/;
/** Characters after a figure that make it a code or a range (5G, 4+4, 3-5个). */
const BAD_AFTER = /^[\dA-Za-z+\-/~.]/;
const MONTH_AFTER = /^月/;
const NUMERAL_OR_MAGNITUDE = new Set([...CN_DIGITS, "万", "亿"]);

/**
 * A cheap test for whether a stretch may hold a figure at all: a digit, two
 * Chinese numerals in a row, a numeral with a magnitude, or a multiple word.
 */
export const MAY_HOLD_FIGURE = /\d|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]|翻|倍/;

export function findFigures(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const slice = text.slice(from, to);
  FIGURE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE_START.exec(slice))) {
    const at = from + m.index;
    // Most Chinese numerals in running text are single (一是, 统一, 百姓): no figure without a magnitude.
    if (m[0] > "9" && !NUMERAL_OR_MAGNITUDE.has(text[at + 1] ?? "")) continue;
    if (at > 0 && BAD_BEFORE.test(text[at - 1]!)) continue;
    FIGURE.lastIndex = at;
    const f = FIGURE.exec(text);
    if (!f) continue;
    const [whole, numeral, approx, magnitude, measure] = f;
    const end = at + whole.length;
    FIGURE_START.lastIndex = end - from;
    if (end > to || !measure) continue;
    if (isBareChineseDigit(numeral!) && !magnitude) continue;
    const after = text.slice(end, Math.min(to, end + 4));
    if (BAD_AFTER.test(after) || (measure === "个" && MONTH_AFTER.test(after))) continue;
    const value = parseNumeral(numeral!);
    if (value === null) continue;
    const tail = FIGURE_TAIL.exec(after)?.[0] ?? "";
    const kind: FigureKind = measure === "%" ? "percent" : measure === "倍" ? "multiple" : "absolute";
    out.push({
      start: at,
      end,
      tailEnd: end + tail.length,
      tail,
      value,
      kind,
      unit: kind === "absolute" ? (magnitude ?? "") + measure : null,
      measure,
      approx: Boolean(approx),
    });
  }
  MULTIPLE.lastIndex = 0;
  while ((m = MULTIPLE.exec(slice))) {
    const start = from + m.index;
    const end = start + m[0].length;
    const tail = FIGURE_TAIL.exec(text.slice(end, Math.min(to, end + 4)))?.[0] ?? "";
    out.push({
      start,
      end,
      tailEnd: end + tail.length,
      tail,
      value: MULTIPLE_VALUE[m[0]]!,
      kind: "multiple",
      unit: null,
      measure: null,
      approx: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const PRENOMINAL_MEASURES = new Set(WORDS.prenominalMeasures);

/** True when the measure can count the noun that follows it (10个示范园, not 10分钟生活圈). */
export function countsNoun(figure: Figure): boolean {
  return figure.measure !== null && PRENOMINAL_MEASURES.has(figure.measure);
}
