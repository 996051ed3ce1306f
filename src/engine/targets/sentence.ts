// Reads the targets of one sentence: finds its figures clause by clause,
// sets aside those that only qualify a noun (10亿元的企业5家: the 10亿元),
// and gives each of the others its metric, comparator, kind, due year and
// goal-or-baseline status. Period words carry to the later clauses of the
// sentence; a sentence opens with its section's period.
import type { WordHit } from "../text/wordset.ts";
import type { Target } from "../types.ts";
import { statusOf } from "./baseline.ts";
import type { CarriedPeriod } from "./carried.ts";
import { CharSet, JS_WHITE_SPACE, charsBetween } from "./chars.ts";
import { clauseRanges } from "./clauses.ts";
import { comparatorOf } from "./comparator.ts";
import { countsNoun, findFigures, type Figure } from "./figures.ts";
import { valueKindOf } from "./kind.ts";
import { metricAfter, metricBefore, type Metric } from "./metric.ts";
import { findPeriods, type Period, type PeriodMention } from "./period.ts";
import type { Spans } from "./spans.ts";
import { TextIndex } from "./text-index.ts";
import {
  BASE_TAIL,
  BECOME_VERBS,
  CLASS_MARKERS,
  COMPARED_WITH,
  GOAL_CUES,
  MILESTONES,
  NAME_HEADS,
  NOT_PRENOMINAL,
  PEER_NOUNS,
  PRESENT_MARKERS,
  PROGRAMME_VERBS,
  QUALIFIERS_BEFORE,
  RANKING_VERBS,
  SIZE_NOUNS,
  VERBS,
} from "./words.ts";

export interface SentenceContext {
  docYear: number | null;
  /** The period the sentence's section heading names (过去一年工作回顾), if any. */
  section: Period | null;
  /** The period a sentence opens with when neither it nor its section names one. */
  fallback: Period | null;
  /** The plan period (今年, 到2027年) earlier sentences of the paragraph carry, if any. */
  carried?: CarriedPeriod;
  /** The last metric of the previous sentence of the paragraph. */
  previousMetric: string | null;
  /** The sentence's period words, when the caller has found them already (with `section` as their base). */
  periods?: PeriodMention[];
  /** The sentence's figures, when the caller has found them already. */
  figures?: readonly Figure[];
  /**
   * The positions of the clause marks found with the figures: marks[firstMark]
   * on (the array may begin with those of earlier sentences).
   */
  marks?: Spans;
  firstMark?: number;
  /** The unit the sentence's targets belong to. */
  unit?: string | null;
  /** The index of the text's characters, when the caller reads many sentences of one text. */
  index?: TextIndex;
}

export type SentenceTarget = Omit<Target, "unit" | "commitment">;

export interface SentenceReading {
  /** Not linked to a commitment yet. */
  targets: Target[];
  lastMetric: string | null;
}

/** A CJK ideograph or an opening quote: where a word may start. */
const WORD_START = new CharSet(charsBetween(0x4e00, 0x9fff) + "“");
const LIST_JOINER = new CharSet("和及与、");
/** What a target's span skips at its start. */
const SPAN_PADDING = new CharSet(JS_WHITE_SPACE + "、，；：");
/** 增长1倍 (增长近一倍) is twice the baseline. */
const GROWTH_BY = /(?:增长|增加|提高)了?(?:近|约|接近|将近)?$/;
const WHITE_SPACE = new CharSet(JS_WHITE_SPACE);
/** A noun after a count is looked for this far. */
const NOUN_REACH = 8;

/**
 * The noun figures[i] counts when it stands before one, or "qualifier" when it
 * only qualifies it. The figures of its clause are those of figures[i, last)
 * that end in it.
 */
function nounAfter(
  text: string,
  figures: readonly Figure[],
  i: number,
  last: number,
  clauseEnd: number,
): Metric | "qualifier" | null {
  const fig = figures[i]!;
  if (fig.kind === "multiple" || BASE_TAIL.longestAt(fig.tail, 0) !== null) return null;
  const after = fig.tailEnd;
  const reach = Math.min(clauseEnd, after + NOUN_REACH, text.length);
  const de = after < reach && text[after] === "的";
  const rest = de ? after + 1 : after;
  if (!WORD_START.at(text, rest, reach) || NOT_PRENOMINAL.longestAt(text, rest, reach) !== null) return null;
  if (!de && !countsNoun(fig, text)) return "qualifier";
  if (QUALIFIERS_BEFORE.endingAt(text, fig.start, Math.max(0, fig.start - 2)) !== null) return "qualifier";
  const noun = metricAfter(text, fig.tailEnd, clauseEnd);
  if (!noun) return "qualifier";
  // 10亿元的企业5家: a later count that closes the phrase makes this figure its qualifier
  // (but not a figure inside a name, 10个“15分钟生活圈”).
  for (let k = i + 1; k < last; k++) {
    const f = figures[k]!;
    if (f.end > clauseEnd) continue;
    if (f.start >= fig.tailEnd && f.start <= noun.end && !WORD_START.at(text, f.tailEnd)) return "qualifier";
  }
  return noun;
}

/** A quoted label this long or shorter (“五个一万亩”) is a name, and a figure inside it is part of the name. */
const LABEL_LENGTH = 12;

/** True when the figure stands inside a short quoted label of its clause. */
function insideLabel(text: string, fig: Figure, clauseStart: number, clauseEnd: number): boolean {
  let open = fig.start - 1;
  while (open >= clauseStart && text[open] !== "“") {
    if (text[open] === "”") return false;
    open--;
  }
  if (open < clauseStart) return false;
  const close = text.indexOf("”", fig.end);
  return close !== -1 && close < clauseEnd + 1 && close - open - 1 <= LABEL_LENGTH;
}

const BA = "把";

/**
 * The metric of a figure that sizes a subject set to become something
 * (把园区打造成为产值超100亿元的产业园 → 产值; 把园区打造成为300亿产值园区 →
 * 产值园区; 推动茶产业发展成为百亿级产业 → 茶产业), or null when the clause
 * sets no subject to become anything before the figure.
 */
function sizeOfSubject(text: string, fig: Figure, clauseStart: number, clauseEnd: number): Metric | null {
  const hits = BECOME_VERBS.findAll(text.slice(clauseStart, fig.start), clauseStart);
  const verb = hits[hits.length - 1];
  if (!verb) return null;
  const ba = text.lastIndexOf(BA, verb.at - 1);
  const subject = ba >= clauseStart ? ba : -1;
  // 建成学校5所 sets nothing to become anything: a verb not ending in 为 needs 把 before it.
  if (subject < 0 && !verb.word.endsWith("为")) return null;
  const verbEnd = verb.at + verb.word.length;
  const before = metricBefore(text, verbEnd, fig.start);
  if (before) return before;
  const after = metricAfter(text, fig.tailEnd, clauseEnd);
  if (after && SIZE_NOUNS.longestAt(after.text, 0) !== null) return after;
  return metricBefore(text, subject >= 0 ? subject + 1 : clauseStart, verb.at) ?? after;
}

/** True for a multiple word in the name of a programme carried out (实施工业倍增计划), not one achieved (实现…倍增). */
function namesProgramme(text: string, fig: Figure, clauseStart: number, clauseEnd: number): boolean {
  if (fig.kind !== "multiple" || NAME_HEADS.longestAt(text, fig.end, clauseEnd) === null) return false;
  return PROGRAMME_VERBS.every(text.slice(clauseStart, fig.start), clauseStart).length > 0;
}

/**
 * True when a count is a comparison rather than a goal: after a ranking verb
 * (位列20个国家级新区前五), or a count of peers after a comparison (进出口总额超过省内6个地市).
 */
function isComparison(text: string, clauseStart: number, at: number, noun: Metric): boolean {
  const before = text.slice(clauseStart, at);
  if (RANKING_VERBS.every(before, clauseStart).length) return true;
  return COMPARED_WITH.every(before, clauseStart).length > 0 && PEER_NOUNS.every(noun.text, 0).length > 0;
}

/**
 * Where a sentence first speaks of intent or action (the end of its first
 * goal cue), read only as far as the figures that ask need.
 */
class IntentCue {
  private readonly text: string;
  private readonly end: number;
  /** The first position not yet tried for a cue. */
  private next: number;
  private cueEnd: number | null = null;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.next = start;
    this.end = end;
  }

  /** True when the sentence speaks of intent before `at`. */
  before(at: number): boolean {
    // A cue that starts at or after `at` cannot end by it.
    const stop = Math.min(at, this.end);
    while (this.cueEnd === null && this.next < stop) {
      const cue = GOAL_CUES.longestAt(this.text, this.next, this.end);
      if (cue) this.cueEnd = this.next + cue.length;
      else this.next++;
    }
    return this.cueEnd !== null && this.cueEnd <= at;
  }
}

const NO_PERIODS: readonly PeriodMention[] = [];

/**
 * True when an action verb stands in text[from, to) and makes what follows
 * its object; false when the object is a class to be cultivated or
 * attracted (培育一批产值超10亿元的企业), which a size only qualifies.
 */
function actsBefore(text: string, from: number, to: number): boolean {
  if (CLASS_MARKERS.every(text.slice(from, to), from).length) return false;
  for (let i = from; i < to; i++) if (VERBS.longestAt(text, i, to) !== null) return true;
  return false;
}

/** What joins the metrics of a list (地区生产总值、财政收入). */
const METRIC_LIST = /、|和|及/;

/**
 * 地区生产总值、财政收入相继跨过800亿元、100亿元大关: when the figures of a
 * clause from targets[from] on share one metric that lists as many metrics
 * as there are figures, each figure takes its own, in order.
 */
function respectively(targets: Target[], from: number): void {
  const metric = targets[from]!.metric;
  if (!METRIC_LIST.test(metric)) return;
  for (let k = from + 1; k < targets.length; k++) if (targets[k]!.metric !== metric) return;
  const parts = metric.split(METRIC_LIST);
  if (parts.length !== targets.length - from || parts.some((p) => p.length < 2)) return;
  parts.forEach((part, k) => (targets[from + k]!.metric = part));
}

/** How many of the figures start in text[from, to). */
function figuresIn(figures: readonly Figure[], from: number, to: number): number {
  let n = 0;
  for (const f of figures) if (f.start >= from && f.start < to) n++;
  return n;
}

/** True when one of the words lies within text[from, to). */
function anyWithin(words: readonly WordHit[], from: number, to: number): boolean {
  for (const { at, word } of words) if (at >= from && at + word.length <= to) return true;
  return false;
}

/** The period words that lie within text[from, to), which cut a metric there into parts. */
function periodsWithin(periods: PeriodMention[], from: number, to: number): readonly PeriodMention[] {
  let within: PeriodMention[] | null = null;
  for (const p of periods) if (p.start >= from && p.end <= to) (within ??= []).push(p);
  // Most figures have none before them.
  return within ?? NO_PERIODS;
}

export function readSentence(
  text: string,
  start: number,
  end: number,
  ctx: SentenceContext,
): SentenceReading {
  const all = ctx.figures ?? findFigures(text, start, end);
  if (!all.length) return { targets: [], lastMetric: ctx.previousMetric };
  const index = ctx.index ?? new TextIndex(text);
  const periods =
    ctx.periods ?? findPeriods(text, start, end, { docYear: ctx.docYear, base: ctx.section }, index);
  const opening = ctx.section ?? ctx.fallback;
  const targets: Target[] = [];
  let lastMetric = ctx.previousMetric;
  /** The metric of the last target when its figure was a bare round amount (突破百亿). */
  let roundBefore: string | null = null;
  const intent = new IntentCue(text, start, end);
  // 现有, 已: looked for once in the sentence, then in the stretch before each figure.
  const presentMarkers = PRESENT_MARKERS.everyIn(index, start, end);

  const through = all[all.length - 1]!.start;
  const clauses =
    ctx.figures && ctx.marks
      ? clauseRanges(text, start, end, through, ctx.marks, ctx.firstMark)
      : clauseRanges(text, start, end, through);
  let first = 0;
  for (let c = 0; c < clauses.length; c += 2) {
    const clauseStart = clauses[c]!;
    const clauseEnd = clauses[c + 1]!;
    // Figures and clauses come in order: the clause's figures are all[first, last), those
    // of the next ones that start in it that also end in it.
    while (first < all.length && all[first]!.start < clauseStart) first++;
    if (first === all.length) break;
    let last = first;
    while (last < all.length && all[last]!.start < clauseEnd) last++;
    let boundary = clauseStart;
    const clauseTargets = targets.length;
    for (let i = first; i < last; i++) {
      const fig = all[i]!;
      if (fig.end > clauseEnd) continue;
      let noun = nounAfter(text, all, i, last, clauseEnd);
      // 实现80%以上事项“最多跑一次”: a share stated before its noun, when nothing before it names the metric.
      const shareOf = noun === "qualifier" && fig.kind === "percent";
      // 把园区打造成为300亿产值园区, 建成收入超千亿元的园区: the figure sizes the subject.
      const sized =
        noun === "qualifier" || fig.grade || (noun && text[fig.tailEnd] === "的")
          ? sizeOfSubject(text, fig, clauseStart, clauseEnd)
          : null;
      if (sized) noun = sized;
      // 总投资50亿元的产业园力争6月开工: a figure before 的 sizes the subject of the clause, unless
      // an action makes the phrase its object (设立总规模50亿元的引导基金).
      else if (
        noun &&
        noun !== "qualifier" &&
        text[fig.tailEnd] === "的" &&
        !actsBefore(text, clauseStart, fig.start)
      )
        continue;
      else if (shareOf) noun = null;
      else if (noun === "qualifier" || fig.grade) continue;
      if (noun && isComparison(text, clauseStart, fig.start, noun)) continue;
      if (insideLabel(text, fig, clauseStart, clauseEnd)) continue;
      if (namesProgramme(text, fig, clauseStart, clauseEnd)) continue;
      const from = boundary;
      boundary = Math.max(noun?.end ?? 0, fig.tailEnd);
      // 力争突破 900亿元: the words before a figure are read up to the space before it.
      let lead = fig.start;
      while (lead > from && WHITE_SPACE.has(text.charCodeAt(lead - 1))) lead--;
      let metric = noun ?? metricBefore(text, from, lead, periodsWithin(periods, from, lead));
      if (!metric && shareOf) {
        metric = metricAfter(text, fig.tailEnd, clauseEnd);
        if (metric) boundary = metric.end;
      }
      // 争取中央预算内投资，力争全年到位15亿元: a clause that names nothing counts the object of
      // the clause before it, when that one states no figure of its own.
      // (规上工业增加值增长：目标值10%: the label of an indicator line, growth word and all, is that clause.)
      let kindFrom = from;
      if (!metric && from === clauseStart && c >= 2 && figuresIn(all, clauses[c - 2]!, clauseStart) === 0) {
        metric = metricBefore(text, clauses[c - 2]!, clauses[c - 1]!);
        if (metric) kindFrom = clauses[c - 2]!;
      }
      // 收入52.3亿元，首次突破50亿元大关: a milestone with no metric of its own restates the figure
      // before it (but not one listed after it: 相继跨过800亿元、100亿元大关).
      if (
        !metric &&
        MILESTONES.has(fig.tail) &&
        targets.length &&
        !LIST_JOINER.has(text.charCodeAt(lead - 1))
      )
        continue;
      const metricText = metric?.text ?? lastMetric;
      if (!metricText) continue;
      // 财政总收入突破百亿，达到103.6亿元: the round amount is said again exactly; the exact one stands.
      if (!metric && roundBefore === metricText) targets.pop();
      roundBefore = fig.kind === "absolute" && fig.measure === null && !sized ? metricText : null;
      lastMetric = metricText;

      let period = opening;
      let own = false;
      for (const p of periods) {
        if (p.end <= fig.start) {
          period = p.period;
          own = true;
        }
      }
      // The plan period of an earlier sentence applies to actions, not to statements of fact.
      // (参合率达到95%以上 after 今年…将…: a floor to reach is set, not found.)
      if (
        !own &&
        !ctx.section &&
        ctx.carried &&
        (fig.kind === "multiple" || fig.tail === "以上" || fig.tail === "左右" || intent.before(fig.start))
      ) {
        period = ctx.carried.current() ?? period;
      }
      const status = statusOf({
        period,
        present: anyWithin(presentMarkers, from, fig.start) || BASE_TAIL.longestAt(fig.tail, 0) !== null,
        intent:
          fig.kind === "multiple" ||
          (period?.tense == null &&
            (intent.before(fig.start) ||
              // 智造园一千亩，推动旧厂房盘活: a figure set beside its noun with no verb reads
              // as a goal when its sentence goes on to act.
              (metric !== null && metric !== noun && metric.end === lead && intent.before(end)))),
      });
      // 分别增长6%和7%: the second figure reads like the first.
      const previous = targets[targets.length - 1];
      const valueKind =
        fig.start - from === 1 &&
        LIST_JOINER.has(text.charCodeAt(from)) &&
        previous &&
        fig.kind === "percent" &&
        previous.value_kind === "growth_rate"
          ? previous.value_kind
          : valueKindOf(text, fig, kindFrom, lead);
      let spanStart = from;
      while (spanStart < fig.start && SPAN_PADDING.has(text.charCodeAt(spanStart))) spanStart++;
      targets.push({
        unit: ctx.unit ?? null,
        metric: metricText,
        comparator: comparatorOf(text, fig, from, lead),
        value: fig.measure === "倍" && GROWTH_BY.test(text.slice(from, lead)) ? fig.value + 1 : fig.value,
        value_kind: valueKind,
        unit_of_measure: valueKind === "absolute" ? fig.unit : null,
        by_year: status.byYear,
        baseline: status.baseline,
        // A noun that ran past this figure (新建学校3所共计6000个学位) must not turn the span around.
        span: [Math.min(spanStart, fig.start), Math.max(boundary, Math.min(spanStart, fig.start))],
        commitment: null,
      });
    }
    if (targets.length - clauseTargets > 1) respectively(targets, clauseTargets);
    first = last;
  }
  return { targets, lastMetric };
}
