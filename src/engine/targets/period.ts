// Period words and the year they name: 今年, 去年, 今后三年, 五年累计,
// 到2027年, “十四五”末, 目前. A period is a year (null when the text gives
// none or the reference year is unknown) and a tense relative to the
// document's reference year, which decides whether a figure is a goal or a
// baseline.
import { alternation } from "../lexicon.ts";
import { AnchoredWords } from "./anchored.ts";
import { CharSet, DIGITS } from "./chars.ts";
import { Endings } from "./endings.ts";
import { parseNumeral } from "./numerals.ts";
import { sortShort } from "./order.ts";
import { Prefixes } from "./prefixes.ts";
import { TextIndex } from "./text-index.ts";
import { WORDS } from "./words.ts";
import actions from "../../../lexicon/actions.json" with { type: "json" };

export type Tense = "past" | "present" | "current" | "future";

export interface Period {
  year: number | null;
  tense: Tense | null;
}

export interface PeriodContext {
  /** The document's reference year (今年). */
  docYear: number | null;
  /** What 今年/全年 mean here: the section's period when its heading names one. */
  base?: Period | null;
  /** What 全年/年内 mean here: the year the paragraph opened with (2018年，……。全年实现…). */
  named?: Period | null;
}

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
}

const P = WORDS.periods;
const N = "[\\d一二两三四五六七八九十]+";
const NOT_NUMERAL_BEFORE = "(?<![\\d一二两三四五六七八九十第.])";

type Kind = "plan" | "abs" | "ahead" | "pastSpan" | "duration";

interface Pattern {
  kind: Kind;
  re: RegExp;
  /**
   * A character every match holds at most `reach` characters after its
   * start, so that the search may skip to near it (most of a sentence is far
   * from any 年); null where a numeral of any length may come first.
   */
  anchor: string | null;
  reach: number;
}

const LONGEST_BY = Math.max(...P.by.map((w) => w.length));

const PATTERNS: Pattern[] = [
  {
    kind: "plan",
    re: new RegExp(
      `(?:${alternation(P.by)})?“?十([一二三四五六七八九])五”?(?:规划)?(?:${alternation(P.planEnd)})`,
      "g",
    ),
    anchor: "十",
    reach: LONGEST_BY + 1,
  },
  {
    kind: "abs",
    re: new RegExp(`(?<!\\d)(${alternation(P.by)})?((?:19|20)\\d{2})年(?:底|末|前)?(以来)?`, "g"),
    anchor: "年",
    reach: LONGEST_BY + 4,
  },
  {
    kind: "ahead",
    re: new RegExp(`(?:${alternation(P.ahead)})(${N})个?年(?:内|间|里)?`, "g"),
    anchor: null,
    reach: 0,
  },
  {
    kind: "pastSpan",
    re: new RegExp(
      `(?:${alternation(P.past)})(${N})个?年(?:来|以来)?|${NOT_NUMERAL_BEFORE}(${N})年(?:来|以来)`,
      "g",
    ),
    anchor: null,
    reach: 0,
  },
  {
    kind: "duration",
    re: new RegExp(`${NOT_NUMERAL_BEFORE}(${N})年(?:内|间|里|(?=${alternation(P.durationFollowers)}))`, "g"),
    anchor: null,
    reach: 0,
  },
];

/**
 * The next match of `re` from re.lastIndex, as re.exec finds it, looked for
 * only from `reach` characters before the next `anchor`: none starts earlier.
 */
function nextMatch(re: RegExp, s: string, anchor: string | null, reach: number): RegExpExecArray | null {
  if (anchor !== null) {
    const next = s.indexOf(anchor, re.lastIndex);
    if (next === -1) return null;
    re.lastIndex = Math.max(re.lastIndex, next - reach);
  }
  return re.exec(s);
}

type WordKind = "since" | "this" | "next" | "last" | "present";

const WORD_KIND = new Map<string, WordKind>([
  ...P.sinceThisYear.map((w) => [w, "since"] as const),
  ...P.thisYear.map((w) => [w, "this"] as const),
  ...P.nextYear.map((w) => [w, "next"] as const),
  ...P.lastYear.map((w) => [w, "last"] as const),
  ...P.present.map((w) => [w, "present"] as const),
]);
/** The period words (今年, 去年, 目前), found leftmost-longest as an alternation would. */
const PERIOD_WORDS = new AnchoredWords(WORD_KIND.keys());
const AHEAD_WORDS = new Endings(P.ahead);
const PAST_WORDS = new Endings(P.past);
const DURATION_FOLLOWERS = new Prefixes(P.durationFollowers);
const DURATION_END = new CharSet("内间里");
/** What the . of a regular expression does not match. */
const LINE_END = new CharSet("\n\r\u2028\u2029");
/** The numeral characters of N above, which may stand right before 年 (三年, 5年). */
const SPAN_NUMERAL = new CharSet("0123456789一二两三四五六七八九十");
/** A character before a period word that makes it a comparison base (比上年, 较2020年, 与去年相比). */
const COMPARISON_BEFORE = new CharSet("比较与");
const YEAR = "年";
const BASE = "基础上";
const OF_BASE = "的基础上";
/** Words for "the year" that mean the year the text last named (2016年……全年). */
const YEAR_OF_CONTEXT = new Set(P.yearOfContext);
const GE = "个".charCodeAt(0);

const plus = (year: number | null, n: number) => (year === null ? null : year + n);

function tenseOf(year: number, docYear: number | null, by: boolean): Tense | null {
  if (docYear === null) return by ? "future" : null;
  if (year < docYear) return "past";
  if (year > docYear) return "future";
  return "current";
}

function resolve(kind: Kind, m: RegExpExecArray, ctx: PeriodContext): Period | null {
  const Y = ctx.docYear;
  switch (kind) {
    case "plan": {
      // The Nth five-year plan (十N五) ends in 1955 + 5N: 十四五 → 2025.
      // “十四五”以来: since the plan began, so a present state.
      if (m[0].endsWith("以来")) return { year: null, tense: "present" };
      const year = 1955 + 5 * (10 + (parseNumeral(m[1]!) ?? 0));
      return { year, tense: tenseOf(year, Y, true) };
    }
    case "abs": {
      const year = Number(m[2]);
      if (m[3]) return { year: null, tense: "present" };
      // In a section that reviews a year, that year named again (预计2018年全区实现…) is the
      // year reviewed: what was done, not a goal.
      if (ctx.base?.tense === "past" && ctx.base.year === year) return ctx.base;
      return { year, tense: tenseOf(year, Y, Boolean(m[1])) };
    }
    case "ahead": {
      const n = parseNumeral(m[1]!);
      return n === null ? null : { year: plus(Y, n), tense: "future" };
    }
    case "pastSpan":
      return { year: plus(Y, -1), tense: "past" };
    case "duration": {
      const n = parseNumeral(m[1]!);
      return n === null ? null : { year: plus(Y, n), tense: "future" };
    }
  }
}

function resolveWord(word: string, ctx: PeriodContext): Period | null {
  const Y = ctx.docYear;
  switch (WORD_KIND.get(word)) {
    case "since":
      return { year: Y, tense: "present" };
    case "this":
      if (ctx.named && YEAR_OF_CONTEXT.has(word)) return ctx.named;
      return ctx.base?.year != null ? ctx.base : { year: Y, tense: "current" };
    case "next":
      return { year: plus(Y, 1), tense: "future" };
    case "last":
      return { year: plus(Y, -1), tense: "past" };
    case "present":
      return { year: null, tense: "present" };
  }
  return null;
}

/** Which of the year patterns, all of which need a 年, may match a stretch. */
interface YearCues {
  /** A digit before a 年: 2025年. */
  abs: boolean;
  /** A numeral (and 个) before a 年 and a word of 今后/未来 before that: 未来五年. */
  ahead: boolean;
  /** The same after 过去/近 (过去五年), or a numeral before a 年 and 来 after it (五年来). */
  pastSpan: boolean;
  /** A numeral before a 年 and 内/间/里 or an action after it: 两年内, 三年新建. */
  duration: boolean;
}

/** True when a word of `words` that starts at or after `start` ends somewhere in text[from, to), the numeral before a 年. */
function endsWithin(words: Endings, text: string, start: number, from: number, to: number): boolean {
  for (let end = from; end < to; end++) if (words.endingAt(text, end, start) !== null) return true;
  return false;
}

const LAI = "来".charCodeAt(0);
const SINCE = "以来";

/** Reads what stands around each 年 of text[from, to), so that most stretches skip most patterns. */
function yearCues(index: TextIndex, from: number, to: number): YearCues {
  const { text } = index;
  const cues = { abs: false, ahead: false, pastSpan: false, duration: false };
  const years = index.positions(YEAR);
  const { list } = years;
  // (A 年 that opens the stretch has no numeral before it.)
  for (let k = years.first(from + 1); k < list.length && list[k]! < to; k++) {
    const i = list[k]!;
    const before = text.charCodeAt(i - 1);
    const counted = before === GE;
    let numeral = counted ? i - 1 : i;
    while (numeral - 1 >= from && SPAN_NUMERAL.has(text.charCodeAt(numeral - 1))) numeral--;
    const numeralEnd = counted ? i - 1 : i;
    if (numeral === numeralEnd) continue;
    if (endsWithin(AHEAD_WORDS, text, from, numeral, numeralEnd)) cues.ahead = true;
    if (endsWithin(PAST_WORDS, text, from, numeral, numeralEnd)) cues.pastSpan = true;
    if (counted) continue;
    if (DIGITS.has(before)) cues.abs = true;
    if (
      (i + 1 < to && text.charCodeAt(i + 1) === LAI) ||
      (i + 1 + SINCE.length <= to && text.startsWith(SINCE, i + 1))
    )
      cues.pastSpan = true;
    if (DURATION_END.at(text, i + 1, to) || DURATION_FOLLOWERS.longestAt(text, i + 1, to) !== null)
      cues.duration = true;
  }
  return cues;
}

const FIVE = "五".charCodeAt(0);

/** 十四五, 十五五: the shape of a five-year plan's name in text[from, to). */
function mayNamePlan(index: TextIndex, from: number, to: number): boolean {
  const { text } = index;
  const tens = index.positions("十");
  const { list } = tens;
  for (let k = tens.first(from); k < list.length && list[k]! + 2 < to; k++) {
    const i = list[k]!;
    if (text.charCodeAt(i + 2) === FIVE && !LINE_END.has(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const byStartLongestFirst = (a: PeriodMention, b: PeriodMention) => a.start - b.start || b.end - a.end;

/** 比上年, 较2020年, 与去年相比: a comparison base, not the figure's period. */
const isComparisonBase = (text: string, at: number) => COMPARISON_BEFORE.at(text, at - 1);

/**
 * Period words in text[from, to), in order, the longest reading where two
 * overlap. `index` is the index of `text`'s characters, when the caller reads
 * many stretches of one text.
 */
export function findPeriods(
  text: string,
  from: number,
  to: number,
  ctx: PeriodContext,
  index: TextIndex = new TextIndex(text),
): PeriodMention[] {
  const found: PeriodMention[] = [];
  const cues = yearCues(index, from, to);
  // The patterns are tried on the stretch itself (their lookbehinds see nothing before it).
  let slice: string | null = null;
  for (const { kind, re, anchor, reach } of PATTERNS) {
    if (kind === "plan" ? !mayNamePlan(index, from, to) : !cues[kind]) continue;
    slice ??= text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextMatch(re, slice, anchor, reach))) {
      const at = from + m.index;
      if (isComparisonBase(text, at)) continue;
      // 在2022年基础上翻一番: the year is the base of a comparison, not the figure's period.
      const after = at + m[0].length;
      if (kind === "abs" && (text.startsWith(BASE, after) || text.startsWith(OF_BASE, after))) continue;
      const period = resolve(kind, m, ctx);
      if (period) found.push({ start: at, end: at + m[0].length, period });
    }
  }
  let yearWords: Set<PeriodMention> | null = null;
  for (const { at, word } of PERIOD_WORDS.findAllIn(index, from, to)) {
    if (isComparisonBase(text, at)) continue;
    const period = resolveWord(word, ctx);
    if (!period) continue;
    const mention = { start: at, end: at + word.length, period };
    found.push(mention);
    if (YEAR_OF_CONTEXT.has(word)) (yearWords ??= new Set()).add(mention);
  }
  if (found.length < 2) return found;
  sortShort(found, byStartLongestFirst);
  // Keep each mention that starts after the last one kept ends.
  let kept = 1;
  for (let i = 1; i < found.length; i++) {
    if (found[i]!.start >= found[kept - 1]!.end) found[kept++] = found[i]!;
  }
  if (kept < found.length) found.length = kept;
  // 2016年……，全年实现…: 全年 is the year the stretch last named.
  if (yearWords) {
    for (let i = 1; i < found.length; i++) {
      const named = found[i - 1]!;
      if (yearWords.has(found[i]!) && !yearWords.has(named) && isNamedYear(text, named)) {
        found[i] = { ...found[i]!, period: named.period };
      }
    }
  }
  return found;
}

/** True when a mention is a year written out (2016年), not a goal year (到2020年) or a span. */
function isNamedYear(text: string, m: PeriodMention): boolean {
  return (
    m.period.year !== null && m.end - m.start === 5 && DIGITS.at(text, m.start) && text[m.end - 1] === YEAR
  );
}

/** Words after a heading's period that make its section a review of that period (工作回顾, 亮点). */
export const REVIEW_WORDS: readonly string[] = P.reviewHeadings;
/** Words before a heading's year that make it review that year (数说2024). */
export const REVIEW_LEADS: readonly string[] = P.reviewLeads;

/** Words that make a heading name work already done (二、已开展的工作), with no period of its own. */
export const DONE_WORDS: readonly string[] = P.doneHeadings;
/** A heading naming work done, and none to do (已开展的工作和下一步打算 turns forward). */
export function namesWorkDone(heading: string): boolean {
  return DONE_WORDS.some((w) => heading.includes(w)) && !FORWARD_WORDS.some((w) => heading.includes(w));
}
const FORWARD_WORDS: readonly string[] = actions.forwardHeadings;

/** 一年来, 过去一年: the twelve months up to the text, not the calendar year before it. */
const LAST_TWELVE_MONTHS = /^(?:过去的?一年|近一年|一年(?:来|以来))$/;

/**
 * The period a section heading names (一、过去一年工作回顾 → last year), if any.
 * A review of the reference year itself (2021年工作回顾 in a year-end report of
 * 2021) speaks of what was done: its year, in the past.
 */
/** A year written bare in a heading (2025，我们这样干; 数说2024), with no 年 after it. */
const BARE_HEADING_YEAR = /(?<!\d)((?:19|20)\d{2})(?![\d年])/;

export function headingPeriod(
  heading: string | null,
  docYear: number | null,
  yearEnd = false,
): Period | null {
  if (!heading) return null;
  // 🚀 2025，我们这样干 🚀 / 🔥 数说2024 🔥: a heading writes its year bare.
  if (BARE_HEADING_YEAR.test(heading)) heading = heading.replace(BARE_HEADING_YEAR, "$1年");
  const found = findPeriods(heading, 0, heading.length, { docYear });
  const last = found[found.length - 1];
  // 二、已开展的工作: what was done up to the text, in its year.
  if (!last) return namesWorkDone(heading) ? { year: docYear, tense: "past" } : null;
  // In a report given at the end of its year, the year just past (一年来履职情况) is that year.
  if (
    yearEnd &&
    docYear !== null &&
    last.period.year === docYear - 1 &&
    LAST_TWELVE_MONTHS.test(heading.slice(last.start, last.end))
  )
    return { year: docYear, tense: "past" };
  if (
    last.period.tense === "current" &&
    (REVIEW_WORDS.some((w) => heading.indexOf(w, last.end) >= 0) ||
      REVIEW_LEADS.some((w) => heading.lastIndexOf(w, last.start) >= 0))
  )
    return { year: last.period.year, tense: "past" };
  return last.period;
}

/** The title of a five-year plan itself: 某区…第十四个五年规划（和…远景目标）纲要, “十四五”某某发展规划. */
const PLAN_TITLE =
  /(?:第十([一二三四五六七八九])个五年|“?十([一二三四五六七八九])五”?)[\u4e00-\u9fa5\d“”、]{0,24}?(?:规划|纲要)(?:（[^）]*）)?\s*$/;

/**
 * The period a five-year plan's undated tasks are due in: its last year (the Nth plan ends in
 * 1955 + 5N: 十四五 → 2025), read from the title of the plan itself; null for any other title.
 */
export function planTitlePeriod(title: string, docYear: number | null): Period | null {
  const m = PLAN_TITLE.exec(title);
  if (!m) return null;
  const year = 1955 + 5 * (10 + (parseNumeral(m[1] ?? m[2]!) ?? 0));
  return { year, tense: tenseOf(year, docYear, true) };
}
