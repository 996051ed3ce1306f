// Clauses of a sentence for reading figures: split at ， ； ： outside
// quotation marks and brackets, but not at a thousands separator (1，200,
// which the fold made out of 1,200).
export interface Range {
  start: number;
  end: number;
}

const SEPARATOR = new Set(["，", "；", "："]);
const OPEN = new Set(["“", "‘", "（", "《"]);
const CLOSE = new Set(["”", "’", "）", "》"]);
const DIGIT = /\d/;

export function clauseRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    else if (depth === 0 && SEPARATOR.has(ch)) {
      const thousands =
        ch === "，" && DIGIT.test(text[i - 1] ?? "") && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
      if (thousands) continue;
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}
