// The targets stage's word lists (lexicon/targets.json) and the regular
// expressions built once from them. Everything language-specific that is a
// list rather than a rule lives in that file.
import data from "../../../lexicon/targets.json" with { type: "json" };
import { alternation, longestFirst } from "../lexicon.ts";
import type { Comparator } from "../types.ts";

export const WORDS = data;

/** Chinese numeral characters (without the magnitudes 万/亿, which stay in the unit). */
export const CN_DIGITS = "零〇一二两三四五六七八九十百千";

const alt = (words: readonly string[]) => alternation(words);

/**
 * A figure: an Arabic number (with optional thousands separators, which the
 * fold turned into ，) or a run of Chinese numerals, then 多/余, a magnitude,
 * and a measure word or %. Anchored with the sticky flag at a candidate start.
 */
export const FIGURE = new RegExp(
  `(\\d{1,3}(?:，\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+)` +
    `([多余])?` +
    `(${alt(data.magnitudes)})?` +
    `(%|${alt(data.measures)})?`,
  "y",
);

/** Where a figure may start: a digit or a Chinese numeral. */
export const FIGURE_START = new RegExp(`[\\d${CN_DIGITS}]`, "g");

export const MULTIPLE = new RegExp(`(?:${alt(Object.keys(data.multiples))})`, "g");
export const MULTIPLE_VALUE: Record<string, number> = data.multiples;

function comparatorWords(side: "before" | "after"): [string, Comparator][] {
  const out: [string, Comparator][] = [];
  for (const [cmp, lists] of Object.entries(data.comparators)) {
    for (const w of lists[side]) out.push([w, cmp as Comparator]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}
export const COMPARATOR_BEFORE = comparatorWords("before");
export const COMPARATOR_AFTER = comparatorWords("after");

/** Words that may follow a figure and belong to it (以上, 左右, 基础上). */
export const FIGURE_TAIL = new RegExp(
  `^(?:${alt([...COMPARATOR_AFTER.map(([w]) => w).filter((w) => w.length > 1 || w === "内"), ...data.baseTail])})`,
);
export const BASE_TAIL = new RegExp(`^(?:${alt(data.baseTail)})`);

/**
 * The longest word of a list that a text ends with, or "". A regex anchored
 * only at the end would try every start position, so suffixes are matched
 * by hand.
 */
function suffixMatcher(words: readonly string[]): (s: string) => string {
  // Bucketed by last character, longest first within a bucket.
  const byLast = new Map<string, string[]>();
  for (const w of longestFirst(words)) {
    const last = w[w.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), w]);
  }
  return (s) => {
    for (const w of byLast.get(s[s.length - 1] ?? "") ?? []) if (s.endsWith(w)) return w;
    return "";
  };
}

const growthWord = suffixMatcher(data.growth);
const growthLink = suffixMatcher([...COMPARATOR_BEFORE.map(([w]) => w), "达到", "保持在", "在", "为"]);

/** True when the text before a percentage ends with a growth word (增长, 年均增长不低于). */
export function endsWithGrowth(before: string): boolean {
  const link = growthLink(before);
  return growthWord(link ? before.slice(0, -link.length) : before) !== "" || growthWord(before) !== "";
}

export const PRESENT_MARKER = new RegExp(`(?:${alt(data.presentMarkers)})`);
export const GOAL_CUE = new RegExp(`(?:${alt([...data.goalCues, ...data.verbs])})`);
export const VERB_START = new RegExp(`^(?:${alt(data.verbs)})`);
export const NOT_PRENOMINAL = new RegExp(
  `^(?:${alt([...data.notPrenominal, ...data.verbs, ...data.splitters])})`,
);

// 要 inside 主要/重要/需要… is not the modal verb.
const splitterSource = longestFirst(data.splitters)
  .map((w) => (w === "要" ? "(?<![主重需纲摘只必想])要" : w === "的" ? "的" : w))
  .join("|");
/** 比上年, 较2020年: a comparison base, neither a period nor part of a metric. */
const COMPARISON = new RegExp(`(?:${alt(data.comparisons)}|[比较](?:19|20)\\d{2}年(?:末|底)?)`);
export const COMPARISON_BEFORE = /[比较与]$/;

export const SPLITTER = new RegExp(`(?:${COMPARISON.source}|${splitterSource}|${alt(data.scopes)})`, "g");

export const LEADING_NOISE = new RegExp(`^(?:${alt([...data.leadingNoise, ...data.scopes])})`);
/** The trailing noise word a metric candidate ends with (累计, 达到, 首次), or "". */
export const trailingNoise = suffixMatcher([...data.trailingNoise, ...COMPARATOR_BEFORE.map(([w]) => w)]);

export const WORK_REPORT_TITLE = new RegExp(`(?:${alt(data.workReportTitle)})(?:（[^）]*）)?\\s*$`);

/** Verbs that relate a metric to a reference (达到全市的20%, 占GDP的比重). */
export const REFERENCE_VERBS = longestFirst(data.referenceVerbs);

/** Head nouns that name nothing without the phrase before 的 (…的比重, …的数量). */
export const GENERIC_HEAD = new RegExp(`^(?:${alt(data.genericHeads)})$`);
/** Words before a count that make it a description of something else (由12名乡贤组成的顾问团). */
export const QUALIFIER_BEFORE = new RegExp(`(?:${alt(data.qualifierBefore)})$`);
