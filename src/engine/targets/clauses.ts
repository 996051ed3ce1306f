// Clauses of a sentence for reading figures: split at ， ； ： outside
// quotation marks and brackets, but not at a thousands separator (1，200,
// which the fold made out of 1,200).
export interface Range {
  start: number;
  end: number;
}

const MARK = /[，；：“‘（《”’）》]/g;
const OPEN = "“‘（《";
const THOUSANDS = /^\d{3}(?!\d)/;
const DIGIT = /\d/;

export function clauseRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  let depth = 0;
  MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK.exec(slice))) {
    const ch = m[0];
    const i = m.index;
    if (OPEN.includes(ch)) depth++;
    else if (ch === "”" || ch === "’" || ch === "）" || ch === "》") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (ch === "，" && DIGIT.test(slice[i - 1] ?? "") && THOUSANDS.test(slice.slice(i + 1, i + 5)))
        continue;
      if (i > from) out.push({ start: start + from, end: start + i });
      from = i + 1;
    }
  }
  if (slice.length > from) out.push({ start: start + from, end });
  return out;
}
