// An infographic's lines under a decorated heading (🔥 数说2025 🔥): each figure stands on a line
// of its own, its label on the line below it or above it,
//
//   312.6亿元            新增规上工业企业46家      (the metric in the line itself)
//   地区生产总值（预计）   规上工业增加值增长8.7%
//   同比增长6.1%
//
// A figure alone on its line is the label's below it; a line under a label that names no metric
// of its own (同比增长6.1%) counts the same label.
import type { DocModel } from "../document.ts";
import { isHeadingLine, type Paragraph } from "../text/segment.ts";
import { isPeriodHeading } from "../structure/period-heading.ts";

/** A line that is a figure and nothing else: 312.6亿元, 4500个, 75%. */
const BARE_FIGURE = /^\s*\d[\d.,]*\s*[万亿千百]?[^\d\s\u3002\uff0c]{0,3}\s*$/;
/** The longest label line. */
const LABEL_LENGTH = 16;

/**
 * The label a line is (地区生产总值（预计） → 地区生产总值; 一般公共预算收入，增长5.3% → its first
 * clause), or null: words only, short, no sentence mark.
 */
function labelOf(p: Paragraph | undefined): string | null {
  if (!p) return null;
  const text = p.text.trim().split("，")[0]!;
  if (text.length > LABEL_LENGTH || /[\d。！？，；：]/.test(text) || !/^[\u4e00-\u9fa5]/.test(text))
    return null;
  return text.replace(/[（(][^）)]*[）)]$/, "") || null;
}

/**
 * The metric each infographic line counts when it names none, by sentence index: the label
 * below a bare figure, else the label right above the line. Only lines under a decorated
 * heading (not 一、/（一）) are read so; null when the document has none.
 */
export function infographicMetrics(doc: DocModel): Map<number, string> | null {
  const decorated = doc.sections.map(
    (s) => s.heading !== null && !isHeadingLine(s.heading) && isPeriodHeading(s.heading),
  );
  if (!decorated.some(Boolean)) return null;
  const out = new Map<number, string>();
  for (const s of doc.sentences) {
    if (!decorated[s.section] || s.furniture) continue;
    const p = doc.paragraphs[s.paragraph]!;
    if (s.start !== p.start && s.text !== p.text) continue;
    const label = BARE_FIGURE.test(s.text)
      ? labelOf(doc.paragraphs[s.paragraph + 1])
      : labelOf(doc.paragraphs[s.paragraph - 1]);
    if (label) out.set(s.index, label);
  }
  return out.size ? out : null;
}
