// Figures in a stretch of text: a number with its measure (30个, 1.2万亩,
// 6.5%, 五十名, 12亿美元) or a multiple word (翻两番, 倍增), with the words
// that close it (以上, 左右, 基础上). Numbers that are not quantities — years,
// dates, ordinals, codes, names such as "1123" or 4+4, and the rhetorical
// single Chinese digits of 两个着力点 or 三大战略 — are not figures.
import { CharSet, DIGITS } from "./chars.ts";
import { Endings } from "./endings.ts";
import { CLAUSE_MARKS } from "./clauses.ts";
import { arabicValue, isBareChineseDigit, parseNumeral } from "./numerals.ts";
import { sortShort } from "./order.ts";
import type { Spans } from "./spans.ts";
import { CN_DIGITS, FIGURE_TAIL, MAGNITUDES, MEASURES, MULTIPLES, MULTIPLE_VALUE, WORDS } from "./words.ts";

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
  /** A range (3-5家, 6%-7%): the value is its lower bound. */
  range: boolean;
  /** A grade (百亿级, 50亿级): it qualifies what follows unless a subject is set to become it. */
  grade: boolean;
}

/** Characters before a number that make it part of something else: 第三, 5.5, G20, 前10名. */
const BAD_BEFORE = new CharSet(
  "0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz第前零〇一二两三四五六七八九十百千万亿+-/~",
);
/** Characters after a figure that make it a code (5G, 4+4, 5.5.1); a range was read with the figure. */
const BAD_AFTER = new CharSet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-/~.");
/** Where a figure may start: a digit or a Chinese numeral. */
const FIGURE_START = new CharSet("0123456789" + CN_DIGITS);
/** The characters a multiple word starts with (翻, 倍). */
const MULTIPLE_FIRSTS = Object.keys(MULTIPLE_VALUE)
  .map((w) => w[0])
  .join("");
/** What the scan for figures stops at, by kind: a clause mark it notes on the way, where a figure may start, a multiple word's first character. */
const CUE_MARK = 1;
const CUE_FIGURE = 2;
const CUE_MULTIPLE = 4;
/**
 * The cue kinds of every UTF-16 code, one byte each (64 KB, one table for the
 * scan of every sentence): the scan reads one byte per character, where the
 * bit table of a CharSet, read through its object (its map checked again at
 * every character), cost a quarter more instructions; and the three tests
 * after a cue become one.
 */
const CUE_KINDS = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, kind: number) => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= kind;
  };
  mark(CLAUSE_MARKS, CUE_MARK);
  mark("0123456789" + CN_DIGITS, CUE_FIGURE);
  mark(MULTIPLE_FIRSTS, CUE_MULTIPLE);
  return table;
})();
const CN_DIGIT = new CharSet(CN_DIGITS);
/** The digits a Chinese decimal part is written in (点六, 点〇五). */
const CN_DECIMAL = new CharSet("零〇一二三四五六七八九");
const CN_POINT = "点".charCodeAt(0);
/** 百分之十三: a share written out in words. */
const PER_CENT_WORDS = "百分之";
const NUMERAL_OR_MAGNITUDE = new CharSet(CN_DIGITS + "万亿");
const APPROX = new CharSet("多余");
/** What joins the two ends of a range written in digits (3-5家, 3至5个, 6%~7%). */
const RANGE_MARK = new CharSet("-~至到—–");
/** Bare magnitudes (300亿, 百亿): a number with 亿 or 万 and no measure word. Chinese numerals only with 亿 (千万 is mostly rhetoric). */
const BARE_MAGNITUDES = new Set(["亿", "万亿", "万"]);
const BARE_CHINESE_MAGNITUDES = new Set(["亿", "万亿"]);
/** After a bare magnitude, the character that makes it a grade (百亿级) rather than an amount. */
const GRADE = "级".charCodeAt(0);
const TIMES = "倍".charCodeAt(0);
const PEOPLE = "民".charCodeAt(0);
const SEPARATOR = "，".charCodeAt(0);
const POINT = ".".charCodeAt(0);
const ZERO = "0".charCodeAt(0);
/** Words after a figure are looked for this far. */
const TAIL_REACH = 4;

/** The words that close a figure ending at `end` (以上, 左右, 基础上), or "". */
function tailAt(text: string, end: number, to: number): string {
  return FIGURE_TAIL.longestAt(text, end, Math.min(to, end + TAIL_REACH)) ?? "";
}

/** The end of the run of digits from `i`. */
function digitsEnd(text: string, i: number): number {
  while (DIGITS.at(text, i)) i++;
  return i;
}

/** The end of the ，ddd group at `i` (a thousands separator and three digits), or -1. */
function groupEnd(text: string, i: number): number {
  return text.charCodeAt(i) === SEPARATOR && digitsEnd(text, i + 1) >= i + 4 ? i + 4 : -1;
}

/**
 * The end of the numeral at `at`: one to three digits followed by ，ddd
 * groups (1，200，000, after the fold), or any run of digits, either with
 * decimals (.5); or a run of Chinese numerals.
 */
function numeralEnd(text: string, at: number): number {
  if (!DIGITS.at(text, at)) {
    let i = at;
    while (i < text.length && CN_DIGIT.has(text.charCodeAt(i))) i++;
    // 二十八点六亿元, 一点五: decimals after 点.
    if (text.charCodeAt(i) === CN_POINT && CN_DECIMAL.at(text, i + 1)) {
      i++;
      while (CN_DECIMAL.at(text, i)) i++;
    }
    return i;
  }
  let i = digitsEnd(text, at);
  if (i - at <= 3) for (let g = groupEnd(text, i); g !== -1; g = groupEnd(text, i)) i = g;
  return text.charCodeAt(i) === POINT && DIGITS.at(text, i + 1) ? digitsEnd(text, i + 1) : i;
}

/** Where a double holds every integer exactly (below 2^53). */
const EXACT_DIGITS = 15;

/**
 * The value of the number in digits at text[at, end) (1，200.5), separators
 * aside: what Number() reads, without making the string. Up to 15 digits the
 * integer is exact, and dividing it by a power of ten rounds once, as
 * Number() does.
 */
function digitsValue(text: string, at: number, end: number): number {
  let whole = 0;
  let scale = 1;
  let digits = 0;
  let decimals = false;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === POINT) decimals = true;
    else if (code !== SEPARATOR) {
      whole = whole * 10 + (code - ZERO);
      digits++;
      if (decimals) scale *= 10;
    }
  }
  return digits <= EXACT_DIGITS ? whole / scale : arabicValue(text.slice(at, end));
}

/**
 * Reads the number figure whose numeral starts at `at` into `out`, if there
 * is one, and returns where to look next. A figure is the numeral, then 多
 * or 余, a magnitude (万, 亿) and a measure word or %, each read as far as it
 * goes: the longest word, and no going back to a shorter one.
 */
function readNumber(text: string, at: number, to: number, out: Figure[]): number {
  const numeral = numeralEnd(text, at);
  const arabic = DIGITS.has(text.charCodeAt(at));
  let end = numeral;
  // 3-5家, 3至5个, 十五到二十家: the upper end is read past; the value is the lower one.
  let range = RANGE_MARK.at(text, end) && (arabic ? DIGITS : CN_DIGIT).at(text, end + 1);
  if (range) end = numeralEnd(text, end + 1);
  const approx = APPROX.at(text, end);
  if (approx) end++;
  const magnitude = MAGNITUDES.longestAt(text, end);
  if (magnitude) end += magnitude.length;
  let measure = MEASURES.longestAt(text, end);
  // 88万人民: 人 is the first character of 人民, no measure.
  if (measure === "人" && text.charCodeAt(end + 1) === PEOPLE) measure = null;
  // Most numerals are no figure (2025年, 十四五); a bare magnitude is an amount (300亿, 突破百亿),
  // or a grade (百亿级), read with its 级.
  let grade = false;
  if (!measure) {
    if (magnitude === null || !(arabic ? BARE_MAGNITUDES : BARE_CHINESE_MAGNITUDES).has(magnitude))
      return end;
    measure = "";
    grade = end < to && text.charCodeAt(end) === GRADE;
    if (grade) end++;
  }
  end += measure.length;
  if (end > to) return end;
  // 6%-7%, 3万-5万亩: a range whose ends each carry the measure.
  if (!range && measure && RANGE_MARK.at(text, end) && DIGITS.at(text, end + 1)) {
    const upper = numeralEnd(text, end + 1);
    const upperMagnitude = MAGNITUDES.longestAt(text, upper) ?? "";
    if (text.startsWith(measure, upper + upperMagnitude.length) && upperMagnitude === (magnitude ?? "")) {
      range = true;
      end = upper + upperMagnitude.length + measure.length;
    }
  }
  // A number in digits is read where it stands; one in Chinese numerals is decoded from its string.
  const chinese = arabic ? "" : text.slice(at, numeral);
  // 增长一倍: a lone Chinese digit is a figure only as a multiple.
  // (组建合作社五个: after its noun, at the end of a clause, a lone digit counts.)
  if (
    !arabic &&
    !range &&
    isBareChineseDigit(chinese) &&
    !magnitude &&
    measure !== "倍" &&
    !countsAtClauseEnd(text, at, end, to)
  )
    return end;
  if (end < to && (BAD_AFTER.has(text.charCodeAt(end)) || (measure === "个" && text[end] === "月")))
    return end;
  const value = arabic ? digitsValue(text, at, numeral) : parseNumeral(chinese);
  if (value === null) return end;
  const tail = tailAt(text, end, to);
  const kind: FigureKind = measure === "%" ? "percent" : measure === "倍" ? "multiple" : "absolute";
  out.push({
    start: at,
    end,
    tailEnd: end + tail.length,
    tail,
    value,
    kind,
    unit: kind === "absolute" ? (magnitude ?? "") + measure : null,
    measure: measure || null,
    approx,
    range,
    grade,
  });
  return end;
}

const PER_CENT_FIRST = PER_CENT_WORDS.charCodeAt(0);

/** Reads 百分之十三 (or 百分之5) at `at` into `out` as a share, if a numeral follows; returns where to look next. */
function readPerCent(text: string, at: number, to: number, out: Figure[]): number {
  const from = at + PER_CENT_WORDS.length;
  if (!FIGURE_START.at(text, from, to)) return from;
  const lower = numeralEnd(text, from);
  // 百分之六到六点五: a range, read to its upper end; the value is the lower one.
  const range = RANGE_MARK.at(text, lower) && FIGURE_START.at(text, lower + 1, to);
  const end = range ? numeralEnd(text, lower + 1) : lower;
  if (end > to || (end < to && BAD_AFTER.has(text.charCodeAt(end)))) return end;
  const value = DIGITS.at(text, from)
    ? digitsValue(text, from, lower)
    : parseNumeral(text.slice(from, lower));
  if (value === null) return end;
  const tail = tailAt(text, end, to);
  out.push({
    start: at,
    end,
    tailEnd: end + tail.length,
    tail,
    value,
    kind: "percent",
    unit: null,
    measure: "%",
    approx: false,
    range,
    grade: false,
  });
  return end;
}

const CLAUSE_CLOSE = new CharSet("，。；！？）");
const HAN_BEFORE = /[\u4e00-\u9fa5]/;
/** True when the count at text[at, end) follows a noun and closes its clause (合作社五个, 五个以上). */
function countsAtClauseEnd(text: string, at: number, end: number, to: number): boolean {
  if (!HAN_BEFORE.test(text[at - 1] ?? "")) return false;
  const after = end + tailAt(text, end, to).length;
  return after >= to || CLAUSE_CLOSE.at(text, after);
}

/** 合作社五个, 五个以上: a lone digit and a one-character measure closing the clause after a noun. */
function postnominalCount(text: string, at: number, to: number): boolean {
  // 淘汰出清一批: 一 after a noun is "a", no count.
  if (text.charCodeAt(at) === ONE) return false;
  const after = text.charCodeAt(at + 2);
  if (!(CLAUSE_CLOSE.has(after) || after === YI || at + 2 >= to)) return false;
  const measure = MEASURES.longestAt(text, at + 1);
  return measure !== null && measure.length === 1 && countsAtClauseEnd(text, at, at + 2, to);
}
const YI = "以".charCodeAt(0);
const ONE = "一".charCodeAt(0);

/** Reads the multiple words of text[from, to) (翻两番, 倍增) into `out`. */
function readMultiples(text: string, from: number, to: number, out: Figure[]): void {
  for (const { at: start, word } of MULTIPLES.findAll(text.slice(from, to), from)) {
    const figureEnd = start + word.length;
    const tail = tailAt(text, figureEnd, to);
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
      range: false,
      grade: false,
    });
  }
}

const byStart = (a: Figure, b: Figure) => a.start - b.start;
const NO_FIGURES: readonly Figure[] = [];

/**
 * The figures of text[from, to), in order. The positions of its clause marks
 * are added to `marks`, when given: a sentence with figures is cut into
 * clauses next, and this spares a second pass over it.
 */
export function findFigures(text: string, from: number, to: number, marks?: Spans): readonly Figure[] {
  let out: Figure[] | null = null;
  const end = Math.min(to, text.length);
  /** Where the next number may start: not inside the last one read. */
  let next = from;
  let multiple = false;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    const cue = CUE_KINDS[code]!;
    // (Most characters are no cue.)
    if (cue === 0) continue;
    if (cue & CUE_MARK) {
      marks?.push(at);
      continue;
    }
    if (cue & CUE_MULTIPLE) multiple = true;
    if (at < next || (cue & CUE_FIGURE) === 0) continue;
    // Most Chinese numerals in running text are single (一是, 统一, 百姓): no figure without a
    // magnitude, but for a multiple (增长一倍).
    if (code === PER_CENT_FIRST && text.startsWith(PER_CENT_WORDS, at)) {
      next = readPerCent(text, at, end, (out ??= []));
      continue;
    }
    const lone =
      !DIGITS.has(code) &&
      !NUMERAL_OR_MAGNITUDE.at(text, at + 1) &&
      // 五到八个: the lower end of a range.
      !(RANGE_MARK.at(text, at + 1) && CN_DIGIT.at(text, at + 2)) &&
      text.charCodeAt(at + 1) !== TIMES &&
      // 一点五亿: a decimal opens with one digit.
      !(text.charCodeAt(at + 1) === CN_POINT && CN_DECIMAL.at(text, at + 2));
    if ((lone && !postnominalCount(text, at, end)) || BAD_BEFORE.at(text, at - 1)) continue;
    next = readNumber(text, at, end, (out ??= []));
  }
  if (multiple) {
    out ??= [];
    const numbers = out.length;
    readMultiples(text, from, end, out);
    if (out.length > numbers) sortShort(out, byStart);
  }
  // Most sentences hold none.
  return out ?? NO_FIGURES;
}

const PRENOMINAL_MEASURES = new Set(WORDS.prenominalMeasures);
const AREA_MEASURES = new Set(WORDS.areaMeasures);
const ACTION_VERB_ENDINGS = new Endings(WORDS.verbs);

/**
 * True when the measure can count the noun that follows it (10个示范园, not
 * 10分钟生活圈). An area or a length does so only right after an action verb
 * (完成8.5平方公里控制性详细规划编制); after a noun it states that noun's size.
 */
export function countsNoun(figure: Figure, text: string): boolean {
  if (figure.measure === null) return false;
  if (PRENOMINAL_MEASURES.has(figure.measure)) return true;
  return (
    AREA_MEASURES.has(figure.measure) &&
    ACTION_VERB_ENDINGS.endingAt(text, figure.start, Math.max(0, figure.start - 6)) !== null
  );
}
