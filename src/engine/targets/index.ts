// Numeric targets and baselines: for every figure that states a goal or a
// present-day value, its owner, metric, comparator, value and kind, due year
// and whether it is a baseline. See sentence.ts for how a sentence is read.
import type { DocModel } from "../document.ts";
import type { Target } from "../types.ts";
import { findPeriods, headingPeriod, type Period } from "./period.ts";
import { readSentence, type SentenceContext, type SentenceTarget } from "./sentence.ts";
import { WORK_REPORT_TITLE } from "./words.ts";

/** A sentence's target as the document reports it (written out: a spread in this loop costs). */
function withUnit(unit: string | null, t: SentenceTarget): Target {
  return {
    unit,
    metric: t.metric,
    comparator: t.comparator,
    value: t.value,
    value_kind: t.value_kind,
    unit_of_measure: t.unit_of_measure,
    by_year: t.by_year,
    baseline: t.baseline,
    span: t.span,
    commitment: null,
  };
}

export function extractTargets(doc: DocModel): Target[] {
  const out: Target[] = [];
  const sectionPeriods = doc.sections.map((s) => headingPeriod(s.heading, doc.year));
  // In a government work report the year's tasks are due in the report's year.
  const fallback: Period | null =
    WORK_REPORT_TITLE.test(doc.title) && doc.year !== null ? { year: doc.year, tense: "current" } : null;
  const periodContext = { docYear: doc.year };
  // One context for every sentence, brought up to date before each is read
  // (readSentence keeps none of it).
  const ctx: SentenceContext = {
    docYear: doc.year,
    section: null,
    fallback,
    carried: null,
    previousMetric: null,
    periods: undefined,
  };
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      ctx.previousMetric = null;
      // 今年，我们将抓好三件事。新建学校5所……: a plan's period carries to the next
      // sentences of its paragraph, where no section period says otherwise.
      ctx.carried = null;
    }
    if (s.furniture) continue;
    const section = sectionPeriods[s.section] ?? null;
    // Outside a dated section the sentence's own periods are needed for what it carries,
    // and are the ones its figures read.
    const own = section ? undefined : findPeriods(doc.text, s.start, s.end, periodContext);
    ctx.section = section;
    ctx.periods = own;
    const reading = readSentence(doc.text, s.start, s.end, ctx);
    ctx.previousMetric = reading.lastMetric;
    if (own) {
      const last = own[own.length - 1]?.period;
      if (last) ctx.carried = last.tense === "current" || last.tense === "future" ? last : null;
    }
    for (const t of reading.targets) out.push(withUnit(s.unit, t));
  }
  return out;
}
