// Reads the targets of one sentence: finds its figures clause by clause,
// sets aside those that only qualify a noun (10亿元的企业5家: the 10亿元),
// and gives each of the others its metric, comparator, kind, due year and
// goal-or-baseline status. Period words carry to the later clauses of the
// sentence; a sentence opens with its section's period.
import type { Target } from "../types.ts";
import { statusOf } from "./baseline.ts";
import { clauseRanges } from "./clauses.ts";
import { comparatorOf } from "./comparator.ts";
import { MAY_HOLD_FIGURE, countsNoun, findFigures, type Figure } from "./figures.ts";
import { valueKindOf } from "./kind.ts";
import { metricAfter, metricBefore, type Metric } from "./metric.ts";
import { findPeriods, type Period } from "./period.ts";
import { BASE_TAIL, GOAL_CUE, NOT_PRENOMINAL, PRESENT_MARKER, QUALIFIER_BEFORE } from "./words.ts";

export interface SentenceContext {
  docYear: number | null;
  /** The period the sentence's section heading names (过去一年工作回顾), if any. */
  section: Period | null;
  /** The period a sentence opens with when neither it nor its section names one. */
  fallback: Period | null;
  /** A plan period (今年, 到2027年) an earlier sentence of the paragraph named, if any. */
  carried?: Period | null;
  /** The last metric of the previous sentence of the paragraph. */
  previousMetric: string | null;
}

export type SentenceTarget = Omit<Target, "unit" | "commitment">;

export interface SentenceReading {
  targets: SentenceTarget[];
  lastMetric: string | null;
}

const WORD_START = /^[\u4e00-\u9fff“]/;
const LIST_JOINER = /^[和及与、]$/;
/** 增长1倍 is twice the baseline. */
const GROWTH_BY = /(?:增长|增加|提高)了?$/;

/** The noun a figure counts when it stands before one, or "qualifier" when it only qualifies it. */
function nounAfter(
  text: string,
  fig: Figure,
  later: Figure[],
  clauseEnd: number,
): Metric | "qualifier" | null {
  if (fig.kind === "multiple" || BASE_TAIL.test(fig.tail)) return null;
  const after = text.slice(fig.tailEnd, Math.min(clauseEnd, fig.tailEnd + 8));
  const de = after.startsWith("的");
  const rest = de ? after.slice(1) : after;
  if (!WORD_START.test(rest) || NOT_PRENOMINAL.test(rest)) return null;
  if (!de && !countsNoun(fig)) return "qualifier";
  if (QUALIFIER_BEFORE.test(text.slice(Math.max(0, fig.start - 2), fig.start))) return "qualifier";
  const noun = metricAfter(text, fig.tailEnd, clauseEnd);
  if (!noun) return "qualifier";
  // 10亿元的企业5家: a later count that closes the phrase makes this figure its qualifier
  // (but not a figure inside a name, 10个“15分钟生活圈”).
  const closes = (f: Figure) => !WORD_START.test(text.slice(f.tailEnd, f.tailEnd + 1));
  if (later.some((f) => f.start >= fig.tailEnd && f.start <= noun.end && closes(f))) return "qualifier";
  return noun;
}

export function readSentence(
  text: string,
  start: number,
  end: number,
  ctx: SentenceContext,
): SentenceReading {
  const none = { targets: [], lastMetric: ctx.previousMetric };
  if (!MAY_HOLD_FIGURE.test(text.slice(start, end))) return none;
  const all = findFigures(text, start, end);
  if (!all.length) return none;
  const periods = findPeriods(text, start, end, { docYear: ctx.docYear, base: ctx.section });
  const opening = ctx.section ?? ctx.fallback;
  const targets: SentenceTarget[] = [];
  let lastMetric = ctx.previousMetric;
  // Where the sentence first speaks of intent or action; found only when a figure needs it.
  let intentFrom: number | undefined;
  const intentBefore = (at: number) => {
    if (intentFrom === undefined) {
      const cue = GOAL_CUE.exec(text.slice(start, end));
      intentFrom = cue ? start + cue.index + cue[0].length : Infinity;
    }
    return intentFrom <= at;
  };

  for (const clause of clauseRanges(text, start, end)) {
    const figures = all.filter((f) => f.start >= clause.start && f.end <= clause.end);
    let boundary = clause.start;
    figures.forEach((fig, i) => {
      const noun = nounAfter(text, fig, figures.slice(i + 1), clause.end);
      if (noun === "qualifier") return;
      const from = boundary;
      boundary = Math.max(noun?.end ?? 0, fig.tailEnd);
      const before = text.slice(from, fig.start);
      const cuts = periods.filter((p) => p.start >= from && p.end <= fig.start);
      const metric = noun ?? metricBefore(text, from, fig.start, cuts);
      const metricText = metric?.text ?? lastMetric;
      if (!metricText) return;
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
      if (!own && !ctx.section && ctx.carried && (fig.kind === "multiple" || intentBefore(fig.start))) {
        period = ctx.carried;
      }
      const status = statusOf({
        period,
        present: PRESENT_MARKER.test(before) || BASE_TAIL.test(fig.tail),
        intent: fig.kind === "multiple" || (period?.tense == null && intentBefore(fig.start)),
      });
      // 分别增长6%和7%: the second figure reads like the first.
      const previous = targets[targets.length - 1];
      const valueKind =
        LIST_JOINER.test(before) &&
        previous &&
        fig.kind === "percent" &&
        previous.value_kind === "growth_rate"
          ? previous.value_kind
          : valueKindOf(before, fig);
      let spanStart = from;
      while (spanStart < fig.start && /[\s、，；：]/.test(text[spanStart]!)) spanStart++;
      targets.push({
        metric: metricText,
        comparator: comparatorOf(before, fig),
        value: fig.measure === "倍" && GROWTH_BY.test(before) ? fig.value + 1 : fig.value,
        value_kind: valueKind,
        unit_of_measure: valueKind === "absolute" ? fig.unit : null,
        by_year: status.byYear,
        baseline: status.baseline,
        // A noun that ran past this figure (新建学校3所共计6000个学位) must not turn the span around.
        span: [Math.min(spanStart, fig.start), Math.max(boundary, Math.min(spanStart, fig.start))],
      });
    });
  }
  return { targets, lastMetric };
}
