// Figures in a stretch of text: a number with its measure (30个, 1.2万亩,
// 6.5%, 五十名, 12亿美元) or a multiple word (翻两番, 倍增), with the words
// that close it (以上, 左右, 基础上). Numbers that are not quantities — years,
// dates, ordinals, codes, names such as "1123" or 4+4, and the rhetorical
// single Chinese digits of 两个着力点 or 三大战略 — are not figures.
import { CharSet, DIGITS } from "./chars.ts";
import { arabicValue, isBareChineseDigit, parseNumeral } from "./numerals.ts";
import { sortShort } from "./order.ts";
import { CN_DIGITS, FIGURE, FIGURE_TAIL, MULTIPLES, MULTIPLE_VALUE, WORDS } from "./words.ts";

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
const BAD_BEFORE = new CharSet(
  "0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz第前零〇一二两三四五六七八九十百千万亿+-/~",
);
/** Characters after a figure that make it a code or a range (5G, 4+4, 3-5个). */
const BAD_AFTER = new CharSet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-/~.");
/** Where a figure may start: a digit or a Chinese numeral. */
const FIGURE_START = new CharSet("0123456789" + CN_DIGITS);
const NUMERAL_OR_MAGNITUDE = new CharSet(CN_DIGITS + "万亿");
/** Words after a figure are looked for this far. */
const TAIL_REACH = 4;

/** The words that close a figure ending at `end` (以上, 左右, 基础上), or "". */
function tailAt(text: string, end: number, to: number): string {
  return FIGURE_TAIL.longestAt(text, end, Math.min(to, end + TAIL_REACH)) ?? "";
}

/** The number figure whose numeral starts at `at`, or null (and where to look next). */
function numberAt(text: string, at: number, to: number): { figure: Figure | null; next: number } {
  FIGURE.lastIndex = at;
  const f = FIGURE.exec(text);
  if (!f) return { figure: null, next: at + 1 };
  const [whole, numeral, approx, magnitude, measure] = f;
  const end = at + whole.length;
  const none = { figure: null, next: end };
  if (end > to || !measure) return none;
  if (isBareChineseDigit(numeral!) && !magnitude) return none;
  if (end < to && (BAD_AFTER.has(text.charCodeAt(end)) || (measure === "个" && text[end] === "月")))
    return none;
  // FIGURE has already checked the form of a number in digits.
  const value = DIGITS.has(numeral!.charCodeAt(0)) ? arabicValue(numeral!) : parseNumeral(numeral!);
  if (value === null) return none;
  const tail = tailAt(text, end, to);
  const kind: FigureKind = measure === "%" ? "percent" : measure === "倍" ? "multiple" : "absolute";
  const figure: Figure = {
    start: at,
    end,
    tailEnd: end + tail.length,
    tail,
    value,
    kind,
    unit: kind === "absolute" ? (magnitude ?? "") + measure : null,
    measure,
    approx: Boolean(approx),
  };
  return { figure, next: end };
}

const byStart = (a: Figure, b: Figure) => a.start - b.start;

export function findFigures(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const end = Math.min(to, text.length);
  for (let at = from; at < end;) {
    const code = text.charCodeAt(at);
    if (!FIGURE_START.has(code)) {
      at++;
      continue;
    }
    // Most Chinese numerals in running text are single (一是, 统一, 百姓): no figure without a magnitude.
    const lone = !DIGITS.has(code) && !NUMERAL_OR_MAGNITUDE.at(text, at + 1);
    if (lone || BAD_BEFORE.at(text, at - 1)) {
      at++;
      continue;
    }
    const { figure, next } = numberAt(text, at, end);
    if (figure) out.push(figure);
    at = next;
  }
  const multiples = MULTIPLES.findAll(text.slice(from, end), from);
  if (!multiples.length) return out;
  for (const { at: start, word } of multiples) {
    const figureEnd = start + word.length;
    const tail = tailAt(text, figureEnd, end);
    out.push({
      start,
      end: figureEnd,
      tailEnd: figureEnd + tail.length,
      tail,
      value: MULTIPLE_VALUE[word]!,
      kind: "multiple",
      unit: null,
      measure: null,
      approx: false,
    });
  }
  return sortShort(out, byStart);
}

const PRENOMINAL_MEASURES = new Set(WORDS.prenominalMeasures);

/** True when the measure can count the noun that follows it (10个示范园, not 10分钟生活圈). */
export function countsNoun(figure: Figure): boolean {
  return figure.measure !== null && PRENOMINAL_MEASURES.has(figure.measure);
}
