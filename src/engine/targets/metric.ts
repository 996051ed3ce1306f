// The metric a figure measures: the noun phrase that names it, short and
// verbatim. Before the figure (外贸进出口总额达到500亿元, 新建数字化车间4个)
// it is the last stretch of the clause that remains once period words, modal
// and state verbs (将, 力争, 达到, 增长), scope words (全市), leading action
// verbs (新建, 实施) and trailing noise (累计, 首次) are set aside; after a
// count (选派五十名骨干医师, 10个省级示范园) it is the noun that follows.
import {
  GENERIC_HEAD,
  LEADING_NOISE,
  REFERENCE_VERBS,
  SPLITTER,
  trailingNoise,
  VERB_START,
} from "./words.ts";

export interface Metric {
  text: string;
  start: number;
  end: number;
}

/** Separators that close a noun phrase after a count. */
const PHRASE_END = /[、，；：。！？（）《》]/;
/** A clause that names the figure it measures against: 达到第三产业的15%. */
const REFERENCE_END = /的$/;
const REFERENCE_VERB = new RegExp(REFERENCE_VERBS.join("|"), "g");
const MIN_AFTER_VERB = 3;

function clean(text: string, start: number): Metric | null {
  let s = text;
  let offset = start;
  for (let changed = true; changed && s;) {
    changed = false;
    const lead = LEADING_NOISE.exec(s);
    if (lead && lead[0].length < s.length) {
      s = s.slice(lead[0].length);
      offset += lead[0].length;
      changed = true;
      continue;
    }
    const verb = VERB_START.exec(s);
    if (verb && s.length - verb[0].length >= MIN_AFTER_VERB) {
      s = s.slice(verb[0].length);
      offset += verb[0].length;
      changed = true;
      continue;
    }
    const trail = trailingNoise(s);
    if (trail && trail.length < s.length) {
      s = s.slice(0, -trail.length);
      changed = true;
    } else if (trail) {
      s = "";
    }
  }
  // A quoted name standing alone loses its quotes (“口袋公园” → 口袋公园).
  if (/^“[^“”]*”$/.test(s)) {
    s = s.slice(1, -1);
    offset += 1;
  }
  s = s.replace(/^[、”\s]+/, (m) => ((offset += m.length), ""));
  s = s.replace(/[、“\s]+$/, "");
  if (/^[^“]*”$/.test(s)) s = s.slice(0, -1);
  if (/^“[^”]*$/.test(s)) {
    s = s.slice(1);
    offset += 1;
  }
  return s.length >= 2 ? { text: s, start: offset, end: offset + s.length } : null;
}

/**
 * The metric in text[from, to) ending just before a figure. `cuts` are spans
 * inside that stretch that separate its parts (period words, other figures).
 */
export function metricBefore(
  text: string,
  from: number,
  to: number,
  cuts: readonly { start: number; end: number }[] = [],
): Metric | null {
  const bounds: { start: number; end: number }[] = [];
  for (const c of cuts) if (c.end > from && c.start < to) bounds.push(c);
  SPLITTER.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = SPLITTER.exec(slice))) {
    bounds.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  bounds.sort((a, b) => a.start - b.start);
  // 物流业产值达到第三产业的15%: what follows the verb is the reference, not the metric.
  if (REFERENCE_END.test(slice.slice(0, slice.length - trailingNoise(slice).length))) {
    let verb = -1;
    for (const m of slice.matchAll(REFERENCE_VERB)) verb = m.index;
    if (verb > 0) return metricBefore(text, from, from + verb, cuts);
  }
  const pieces: { start: number; end: number }[] = [];
  let at = from;
  for (const b of bounds) {
    if (b.start < at) {
      at = Math.max(at, b.end);
      continue;
    }
    pieces.push({ start: at, end: b.start });
    at = b.end;
  }
  pieces.push({ start: at, end: to });
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    const metric = clean(text.slice(p.start, p.end), p.start);
    if (!metric) continue;
    // 民生支出占一般公共预算支出的比重: a generic head takes the phrase it heads.
    const prev = pieces[i - 1];
    if (prev && GENERIC_HEAD.test(metric.text) && text.slice(prev.end, p.start) === "的") {
      const whole = clean(text.slice(prev.start, metric.end), prev.start);
      if (whole) return whole;
    }
    return metric;
  }
  return null;
}

/** The noun phrase a count stands before (10个省级示范园 → 省级示范园), up to the end of the phrase. */
export function metricAfter(text: string, from: number, to: number): Metric | null {
  let start = from;
  if (text[start] === "的") start++;
  let end = start;
  let quoted = false;
  while (end < to) {
    const ch = text[end]!;
    if (PHRASE_END.test(ch)) break;
    if (ch === "“") quoted = true;
    if (ch === "”" && !quoted) break;
    end++;
  }
  return clean(text.slice(start, end), start);
}
