// Numeric targets and baselines: for every figure that states a goal or a
// present-day value, its owner, metric, comparator, value and kind, due year
// and whether it is a baseline. See sentence.ts for how a sentence is read.
import type { DocModel } from "../document.ts";
import type { Target } from "../types.ts";
import { findPeriods, headingPeriod, type Period } from "./period.ts";
import { readSentence } from "./sentence.ts";
import { WORK_REPORT_TITLE } from "./words.ts";

export function extractTargets(doc: DocModel): Target[] {
  const out: Target[] = [];
  const sectionPeriods = doc.sections.map((s) => headingPeriod(s.heading, doc.year));
  // In a government work report the year's tasks are due in the report's year.
  const fallback: Period | null =
    WORK_REPORT_TITLE.test(doc.title) && doc.year !== null ? { year: doc.year, tense: "current" } : null;
  let paragraph = -1;
  let previousMetric: string | null = null;
  // 今年，我们将抓好三件事。新建学校5所……: a plan's period carries to the next
  // sentences of its paragraph, where no section period says otherwise.
  let carried: Period | null = null;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      previousMetric = null;
      carried = null;
    }
    if (s.furniture) continue;
    const section = sectionPeriods[s.section] ?? null;
    const reading = readSentence(doc.text, s.start, s.end, {
      docYear: doc.year,
      section,
      fallback,
      carried,
      previousMetric,
    });
    previousMetric = reading.lastMetric;
    if (!section) {
      const own = findPeriods(doc.text, s.start, s.end, { docYear: doc.year });
      const last = own[own.length - 1]?.period;
      if (last) carried = last.tense === "current" || last.tense === "future" ? last : null;
    }
    for (const t of reading.targets) out.push({ unit: s.unit, ...t, commitment: null });
  }
  return out;
}
