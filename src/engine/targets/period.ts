// Period words and the year they name: 今年, 去年, 今后三年, 五年累计,
// 到2027年, “十四五”末, 目前. A period is a year (null when the text gives
// none or the reference year is unknown) and a tense relative to the
// document's reference year, which decides whether a figure is a goal or a
// baseline.
import { parseNumeral } from "./numerals.ts";
import { COMPARISON_BEFORE, WORDS } from "./words.ts";
import { alternation } from "../lexicon.ts";

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
}

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
}

const P = WORDS.periods;
const N = "[\\d一二两三四五六七八九十]+";
const NOT_NUMERAL_BEFORE = "(?<![\\d一二两三四五六七八九十第.])";

type Kind = "plan" | "abs" | "ahead" | "pastSpan" | "duration" | "word";

const PATTERNS: [Kind, RegExp][] = [
  [
    "plan",
    new RegExp(
      `(?:${alternation(P.by)})?“?十([一二三四五六七八九])五”?(?:规划)?(?:${alternation(P.planEnd)})`,
      "g",
    ),
  ],
  ["abs", new RegExp(`(?<!\\d)(${alternation(P.by)})?((?:19|20)\\d{2})年(?:底|末|前)?(以来)?`, "g")],
  ["ahead", new RegExp(`(?:${alternation(P.ahead)})(${N})个?年(?:内|间|里)?`, "g")],
  [
    "pastSpan",
    new RegExp(
      `(?:${alternation(P.past)})(${N})个?年(?:来|以来)?|${NOT_NUMERAL_BEFORE}(${N})年(?:来|以来)`,
      "g",
    ),
  ],
  [
    "duration",
    new RegExp(`${NOT_NUMERAL_BEFORE}(${N})年(?:内|间|里|(?=${alternation(P.durationFollowers)}))`, "g"),
  ],
  [
    "word",
    new RegExp(
      `(?:${alternation([...P.sinceThisYear, ...P.thisYear, ...P.nextYear, ...P.lastYear, ...P.present])})`,
      "g",
    ),
  ],
];

const WORD_KIND = new Map<string, "since" | "this" | "next" | "last" | "present">([
  ...P.sinceThisYear.map((w) => [w, "since"] as const),
  ...P.thisYear.map((w) => [w, "this"] as const),
  ...P.nextYear.map((w) => [w, "next"] as const),
  ...P.lastYear.map((w) => [w, "last"] as const),
  ...P.present.map((w) => [w, "present"] as const),
]);

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
    case "word": {
      switch (WORD_KIND.get(m[0])) {
        case "since":
          return { year: Y, tense: "present" };
        case "this":
          return ctx.base?.year != null ? ctx.base : { year: Y, tense: "current" };
        case "next":
          return { year: plus(Y, 1), tense: "future" };
        case "last":
          return { year: plus(Y, -1), tense: "past" };
        case "present":
          return { year: null, tense: "present" };
      }
    }
  }
  return null;
}

/** Cheap tests that let most stretches skip the patterns that cannot match them. */
const MAY_MATCH: Record<Kind, RegExp> = {
  plan: /十.五/,
  abs: /\d年/,
  ahead: /年/,
  pastSpan: /年/,
  duration: /[\d一二两三四五六七八九十]年/,
  word: /年|目前|当前|现阶段|至今|眼下|现在/,
};

/** Period words in text[from, to), in order, the longest reading where two overlap. */
export function findPeriods(text: string, from: number, to: number, ctx: PeriodContext): PeriodMention[] {
  const slice = text.slice(from, to);
  const found: PeriodMention[] = [];
  for (const [kind, re] of PATTERNS) {
    if (!MAY_MATCH[kind].test(slice)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      // 比上年, 较2020年, 与去年相比: a comparison base, not the figure's period.
      if (COMPARISON_BEFORE.test(text.slice(Math.max(0, from + m.index - 1), from + m.index))) continue;
      const period = resolve(kind, m, ctx);
      if (period) found.push({ start: from + m.index, end: from + m.index + m[0].length, period });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PeriodMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** The period a section heading names (一、过去一年工作回顾 → last year), if any. */
export function headingPeriod(heading: string | null, docYear: number | null): Period | null {
  if (!heading) return null;
  const found = findPeriods(heading, 0, heading.length, { docYear });
  return found.length ? found[found.length - 1]!.period : null;
}
