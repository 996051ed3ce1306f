// The targets stage's word lists (lexicon/targets.json) and the matchers
// built once from them. Everything language-specific that is a list rather
// than a rule lives in that file. A list becomes Prefixes (words at an
// offset), Endings (words a stretch ends with) or AnchoredWords (a few
// words looked for in every sentence): each finds a word without trying
// every alternative of a regular expression at every position. The few
// patterns that are more than a list stay regular expressions.
import data from "../../../lexicon/targets.json" with { type: "json" };
import { alternation, longestFirst } from "../lexicon.ts";
import type { Comparator } from "../types.ts";
import { AnchoredWords } from "./anchored.ts";
import { CharSet, DIGITS } from "./chars.ts";
import { Endings } from "./endings.ts";
import { Prefixes } from "./prefixes.ts";
import type { Spans } from "./spans.ts";

export const WORDS = data;

/** Chinese numeral characters (without the magnitudes 万/亿, which stay in the unit). */
export const CN_DIGITS = "零〇一二两三四五六七八九十百千";

const alt = (words: readonly string[]) => alternation(words);

/** Magnitudes that may follow a number (万, 亿), and its measure words (with %). */
export const MAGNITUDES = new Prefixes(data.magnitudes);
export const MEASURES = new Prefixes(["%", ...data.measures]);

export const MULTIPLES = new AnchoredWords(Object.keys(data.multiples));
export const MULTIPLE_VALUE: Record<string, number> = data.multiples;

function comparatorWords(side: "before" | "after"): [string, Comparator][] {
  const out: [string, Comparator][] = [];
  for (const [cmp, lists] of Object.entries(data.comparators)) {
    for (const w of lists[side]) out.push([w, cmp as Comparator]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}
const COMPARATOR_BEFORE = comparatorWords("before");
export const COMPARATOR_AFTER = comparatorWords("after");

/** Comparator words before a figure, each with its comparator (the first listed where a word repeats). */
export const COMPARATOR_BEFORE_WORDS = new Endings(COMPARATOR_BEFORE.map(([w]) => w));
export const COMPARATOR_BEFORE_OF = new Map<string, Comparator>();
for (const [w, cmp] of COMPARATOR_BEFORE) if (!COMPARATOR_BEFORE_OF.has(w)) COMPARATOR_BEFORE_OF.set(w, cmp);

/** Words ending in a comparator's characters that compare nothing (签约 holds 约). */
const NOT_COMPARATORS = new Endings(data.notComparators);

/** The comparator word text[from, to) ends with, unless it is the end of a longer word that is none (签约). */
export function comparatorWordEndingAt(text: string, to: number, from = 0): string | null {
  const word = COMPARATOR_BEFORE_WORDS.endingAt(text, to, from);
  if (!word) return null;
  const not = NOT_COMPARATORS.endingAt(text, to, from);
  return not && not.length > word.length ? null : word;
}

/** True when text[from, to) ends with a word that merely ends in a comparator's characters (签约). */
export function endsWithNotComparator(text: string, to: number, from = 0): boolean {
  return NOT_COMPARATORS.endingAt(text, to, from) !== null;
}

/** Words that may follow a figure and belong to it (以上, 左右, 基础上). */
export const FIGURE_TAIL_WORDS = [
  ...COMPARATOR_AFTER.map(([w]) => w).filter((w) => w.length > 1 || w === "内"),
  ...data.baseTail,
];
export const FIGURE_TAIL = new Prefixes(FIGURE_TAIL_WORDS);
export const BASE_TAIL = new Prefixes(data.baseTail);

const GROWTH_WORDS = new Endings(data.growth);
// (规上工业增加值增长：目标值10%: an indicator line's label ends in its growth word.)
const GROWTH_LINKS = new Endings([
  ...COMPARATOR_BEFORE.map(([w]) => w),
  "达到",
  "保持在",
  "在",
  "为",
  "：",
  "：目标值",
  "：预期值",
]);

/** True when text[from, to), before a percentage, ends with a growth word (增长, 年均增长不低于). */
export function endsWithGrowth(text: string, from: number, to: number): boolean {
  const link = GROWTH_LINKS.endingAt(text, to, from);
  return (
    GROWTH_WORDS.endingAt(text, link ? to - link.length : to, from) !== null ||
    GROWTH_WORDS.endingAt(text, to, from) !== null
  );
}

export const PRESENT_MARKERS = new AnchoredWords(data.presentMarkers);
export const GOAL_CUES = new Prefixes([...data.goalCues, ...data.verbs]);
export const VERBS = new Prefixes(data.verbs);
export const NOT_PRENOMINAL = new Prefixes([...data.notPrenominal, ...data.verbs, ...data.splitters]);

const COMPARISONS = new Prefixes(data.comparisons);
const SPLITTERS = new Prefixes(data.splitters);
const SCOPES = new Prefixes(data.scopes);
const SHARE_OF = "占".charCodeAt(0);
/** 要 inside 主要/重要/需要… is not the modal verb. */
const NOT_MODAL_BEFORE = new CharSet("主重需纲摘只必想");

/** 比2020年, 较2019年末: a year after 比/较 is a comparison base. The length of one at text[i], or 0. */
function comparisonYearAt(text: string, i: number, to: number): number {
  if (i + 6 > to || (text[i] !== "比" && text[i] !== "较")) return 0;
  const century =
    (text[i + 1] === "1" && text[i + 2] === "9") || (text[i + 1] === "2" && text[i + 2] === "0");
  if (!century || !DIGITS.at(text, i + 3) || !DIGITS.at(text, i + 4) || text[i + 5] !== "年") return 0;
  return i + 6 < to && (text[i + 6] === "末" || text[i + 6] === "底") ? 7 : 6;
}

/**
 * The length of the splitter at text[i] reading text[from, to), or 0. A
 * splitter separates a metric from its context: a comparison base (比上年,
 * 较2020年), a modal or state verb (将, 力争, 达到), or a scope word (全市).
 * The kinds are tried in that order, the longest word of each.
 */
function splitterAt(text: string, i: number, from: number, to: number): number {
  const comparison = COMPARISONS.longestAt(text, i, to);
  if (comparison) return comparison.length;
  const year = comparisonYearAt(text, i, to);
  if (year) return year;
  const splitter = SPLITTERS.longestAt(text, i, to);
  if (splitter && !(splitter === "要" && i > from && NOT_MODAL_BEFORE.has(text.charCodeAt(i - 1)))) {
    return splitter.length;
  }
  // 占全区比重: a scope after 占 names what the share is of, and stays in the metric.
  if (i > from && text.charCodeAt(i - 1) === SHARE_OF) return 0;
  return SCOPES.longestAt(text, i, to)?.length ?? 0;
}

/** Characters a splitter may start with, so that most positions cost one test. */
const SPLITTER_START = new CharSet(
  [...data.comparisons, ...data.splitters, ...data.scopes].map((w) => w[0]).join("") + "比较",
);

/** The splitters in text[from, to), leftmost first and not overlapping. */
export function findSplitters(text: string, from: number, to: number): Spans {
  const out: Spans = [];
  const end = Math.min(to, text.length);
  for (let i = SPLITTER_START.firstIn(text, from, end); i < end;) {
    const length = splitterAt(text, i, from, end);
    if (length) out.push(i, i + length);
    i = SPLITTER_START.firstIn(text, i + Math.max(length, 1), end);
  }
  return out;
}

export const LEADING_NOISE = new Prefixes([...data.leadingNoise, ...data.scopes]);
/** Trailing noise words a metric candidate may end with (累计, 达到, 首次). */
export const TRAILING_NOISE = new Endings([...data.trailingNoise, ...COMPARATOR_BEFORE.map(([w]) => w)]);

export const WORK_REPORT_TITLE = new RegExp(`(?:${alt(data.workReportTitle)})(?:（[^）]*）)?\\s*$`);

/** Verbs that relate a metric to a reference (达到全市的20%, 占GDP的比重). */
export const REFERENCE_VERBS = longestFirst(data.referenceVerbs);

/** Head nouns that name nothing without the phrase before 的 (…的比重, …的数量). */
export const GENERIC_HEADS = new Set(data.genericHeads);
/** Words before a count that make it a description of something else (由12名乡贤组成的顾问团). */
export const QUALIFIERS_BEFORE = new Endings(data.qualifierBefore);

/** Words after a figure that make it a milestone passed (突破50亿元大关). */
export const MILESTONES = new Set(data.milestones);
/** Words after a multiple word that make it part of a name (倍增计划), and the verbs that carry such a programme out. */
export const NAME_HEADS = new Prefixes(data.nameHeads);
export const PROGRAMME_VERBS = new AnchoredWords(data.programmeVerbs);
/** Verbs of a ranking (位列, 跻身): a count after one is a comparison. */
export const RANKING_VERBS = new AnchoredWords(data.rankingVerbs);
/** Verbs of a comparison (超过, 高于), and the peers a count after one may be (超过省内6个地市). */
export const COMPARED_WITH = new AnchoredWords(data.comparedWith);
export const PEER_NOUNS = new AnchoredWords(data.peerNouns);

/** Verbs that set a subject to become something (打造成为, 建成), and the nouns that state its size (产值). */
export const BECOME_VERBS = new AnchoredWords(data.becomeVerbs);
export const SIZE_NOUNS = new Prefixes(data.sizeNouns);
/** Words before a size that make it qualify a class of objects cultivated or attracted (培育一批…的企业). */
export const CLASS_MARKERS = new AnchoredWords(data.classMarkers);

/** Header cells of a table of indicators: the metric column's, and words of the goal column's. */
export const TABLE_METRIC_HEADS = new Set(data.tableHeads.metric);
export const TABLE_GOAL_HEADS = data.tableHeads.goal;
