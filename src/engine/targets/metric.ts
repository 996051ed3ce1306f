// The metric a figure measures: the noun phrase that names it, short and
// verbatim. Before the figure (外贸进出口总额达到500亿元, 新建数字化车间4个)
// it is the last stretch of the clause that remains once period words, modal
// and state verbs (将, 力争, 达到, 增长), scope words (全市), leading action
// verbs (新建, 实施) and trailing noise (累计, 首次) are set aside; after a
// count (选派五十名骨干医师, 10个省级示范园) it is the noun that follows.
import { CharSet, JS_WHITE_SPACE } from "./chars.ts";
import { sortShort } from "./order.ts";
import type { Spans } from "./spans.ts";
import {
  findSplitters,
  GENERIC_HEADS,
  LEADING_NOISE,
  REFERENCE_VERBS,
  TRAILING_NOISE,
  VERBS,
  endsWithNotComparator,
} from "./words.ts";
import { matchesOf } from "../text/matches.ts";

export interface Metric {
  text: string;
  start: number;
  end: number;
}

/** Separators that close a noun phrase after a count. */
const PHRASE_END = new CharSet("、，；：。！？（）《》");
/** A clause that names the figure it measures against: 达到第三产业的15%. */
const REFERENCE_END = "的";
const REFERENCE_VERB = new RegExp(REFERENCE_VERBS.join("|"), "g");
const MIN_AFTER_VERB = 3;
const OPEN_QUOTE = "“";
const CLOSE_QUOTE = "”";
/** A span of years (五年, 3年): a period, never a metric. */
const SPAN_OF_YEARS = /^[\d一二两三四五六七八九十]+个?年$/;
const YEAR = "年".charCodeAt(0);
/** True when a metric is a span of years (most candidates do not end in 年, and skip the expression). */
const isSpanOfYears = (t: string) => t.charCodeAt(t.length - 1) === YEAR && SPAN_OF_YEARS.test(t);
const FIGURE_DIGIT = new CharSet("0123456789");
/** What a metric may not start or end with. */
// (A clause mark left by a cut period word, 到年底，辖区…覆盖率, is no part of the name either.)
const LEADING_JUNK = new CharSet(JS_WHITE_SPACE + "、”，；：");
const TRAILING_JUNK = new CharSet(JS_WHITE_SPACE + "、“");

/** True when text[from, to) holds the character `ch`. */
function holds(text: string, ch: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === ch) return true;
  return false;
}

/**
 * The metric text[start, end) names once noise words, action verbs, stray
 * punctuation and quotes are trimmed from its ends, or null when less than
 * two characters remain. Works on offsets: a metric candidate is trimmed
 * many times over and most candidates are thrown away.
 */
function clean(text: string, start: number, end: number): Metric | null {
  let a = itemStart(text, start, end);
  let b = Math.min(end, text.length);
  for (let changed = true; changed && a < b;) {
    changed = false;
    const lead = LEADING_NOISE.longestAt(text, a, b);
    if (lead && lead.length < b - a) {
      a += lead.length;
      changed = true;
      continue;
    }
    const verb = VERBS.longestAt(text, a, b);
    if (verb && b - a - verb.length >= MIN_AFTER_VERB) {
      a += verb.length;
      changed = true;
      continue;
    }
    // (签约 ends in 约, a comparator's word, but is the metric's verb.)
    const trail = endsWithNotComparator(text, b, a) ? null : TRAILING_NOISE.endingAt(text, b, a);
    if (trail && trail.length < b - a) {
      b -= trail.length;
      changed = true;
    } else if (trail) {
      b = a;
    }
  }
  // A quoted name standing alone loses its quotes (“口袋公园” → 口袋公园).
  if (b - a >= 2 && text[a] === OPEN_QUOTE && text[b - 1] === CLOSE_QUOTE) {
    if (!holds(text, OPEN_QUOTE, a + 1, b - 1) && !holds(text, CLOSE_QUOTE, a + 1, b - 1)) {
      a++;
      b--;
    }
  }
  while (a < b && LEADING_JUNK.has(text.charCodeAt(a))) a++;
  while (b > a && TRAILING_JUNK.has(text.charCodeAt(b - 1))) b--;
  // An unpaired quote at either end goes.
  if (b > a && text[b - 1] === CLOSE_QUOTE && !holds(text, OPEN_QUOTE, a, b - 1)) b--;
  if (b > a && text[a] === OPEN_QUOTE && !holds(text, CLOSE_QUOTE, a + 1, b)) a++;
  return b - a >= 2 ? { text: text.slice(a, b), start: a, end: b } : null;
}

/**
 * Where the words of text[start, end) begin past what only marks a list item: a number
 * (3.新培育…, 12、…) or a symbol of a post's bullet list (✅, 🔹, ▶).
 */
function itemStart(text: string, start: number, end: number): number {
  let a = start;
  while (a < end && isSymbol(text.charCodeAt(a))) a++;
  let d = a;
  while (d < end && d - a < 2 && FIGURE_DIGIT.has(text.charCodeAt(d))) d++;
  if (d > a && ITEM_MARK.has(text.charCodeAt(d)) && !FIGURE_DIGIT.has(text.charCodeAt(d + 1))) a = d + 1;
  return a;
}
const ITEM_MARK = new CharSet(".．、");
/** Dingbats, arrows and geometric shapes, and the surrogate halves of emoji. */
const isSymbol = (c: number) =>
  (c >= 0x2190 && c <= 0x2bff) ||
  (c >= 0xd83c && c <= 0xd83e) ||
  (c >= 0xdc00 && c <= 0xdfff) ||
  c === 0xfe0f;

interface Span {
  start: number;
  end: number;
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/**
 * The cuts that lie across text[from, to) merged with the splitters (which
 * come in order) in order of start, a cut first where both start together.
 */
function bounds(cuts: readonly Span[], from: number, to: number, splitters: Spans): Spans {
  let within: Span[] | null = null;
  for (const c of cuts) if (c.end > from && c.start < to) (within ??= []).push(c);
  // Most figures have no cut before them.
  if (!within) return splitters;
  sortShort(within, byStart);
  const out: Spans = [];
  let j = 0;
  for (const c of within) {
    for (; j < splitters.length && splitters[j]! < c.start; j += 2)
      out.push(splitters[j]!, splitters[j + 1]!);
    out.push(c.start, c.end);
  }
  for (; j < splitters.length; j += 2) out.push(splitters[j]!, splitters[j + 1]!);
  return out;
}

/** The stretches of text[from, to) between the bounds (which may overlap). */
function piecesBetween(bounds: Spans, from: number, to: number): Spans {
  const out: Spans = [];
  let at = from;
  for (let k = 0; k < bounds.length; k += 2) {
    if (bounds[k]! < at) {
      at = Math.max(at, bounds[k + 1]!);
      continue;
    }
    out.push(at, bounds[k]!);
    at = bounds[k + 1]!;
  }
  out.push(at, to);
  return out;
}

/**
 * The metric in text[from, to) ending just before a figure. `cuts` are spans
 * inside that stretch that separate its parts (period words, other figures).
 */
export function metricBefore(
  text: string,
  from: number,
  to: number,
  cuts: readonly Span[] = [],
): Metric | null {
  // 物流业产值达到第三产业的15%: what follows the verb is the reference, not the metric.
  if (endsWithReference(text, from, to)) {
    const slice = text.slice(from, to);
    let verb = -1;
    for (const m of matchesOf(REFERENCE_VERB, slice)) verb = m.index;
    if (verb > 0) return metricBefore(text, from, from + verb, cuts);
  }
  const pieces = piecesBetween(bounds(cuts, from, to, findSplitters(text, from, to)), from, to);
  // The last piece that names something; pieces[i], pieces[i + 1] are its start and end.
  for (let i = pieces.length - 2; i >= 0; i -= 2) {
    const metric = clean(text, pieces[i]!, pieces[i + 1]!);
    // 五年年均增长7.6%: a span of years is when, not what.
    if (!metric || isSpanOfYears(metric.text)) continue;
    // 收入超10亿元的企业5户: the phrase before 的 holds the figure that qualifies the noun, and stays with it.
    if (
      i >= 2 &&
      pieces[i]! - pieces[i - 1]! === 1 &&
      text[pieces[i - 1]!] === "的" &&
      FIGURE_DIGIT.firstIn(text, pieces[i - 2]!, pieces[i - 1]!) < pieces[i - 1]!
    ) {
      const whole = clean(text, pieces[i - 2]!, metric.end);
      if (whole) return whole;
    }
    // 民生支出占一般公共预算支出的比重: a generic head takes the phrase it heads.
    if (
      i >= 2 &&
      pieces[i]! - pieces[i - 1]! === 1 &&
      text[pieces[i - 1]!] === "的" &&
      GENERIC_HEADS.has(metric.text)
    ) {
      const whole = clean(text, pieces[i - 2]!, metric.end);
      if (whole) return whole;
    }
    return metric;
  }
  return null;
}

/** True when text[from, to), trailing noise aside, ends with 的. */
function endsWithReference(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  if (end <= from) return false;
  const noise = TRAILING_NOISE.endingAt(text, end, from)?.length ?? 0;
  return end - noise > from && text[end - noise - 1] === REFERENCE_END;
}

/** The noun phrase a count stands before (10个省级示范园 → 省级示范园), up to the end of the phrase. */
export function metricAfter(text: string, from: number, to: number): Metric | null {
  let start = from;
  if (text[start] === "的") start++;
  let end = start;
  let quoted = false;
  while (end < to) {
    const ch = text[end]!;
    if (PHRASE_END.has(text.charCodeAt(end))) break;
    if (ch === "“") quoted = true;
    if (ch === "”" && !quoted) break;
    end++;
  }
  return clean(text, start, end);
}
