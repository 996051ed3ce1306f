// Clauses of a sentence for reading figures: split at ， ； ： outside
// quotation marks and brackets, but not at a thousands separator (1，200,
// which the fold made out of 1,200).
import { CharSet, DIGITS } from "./chars.ts";
import type { Spans } from "./spans.ts";

/** Where a clause may break, and what opens or closes a quotation or a bracket. */
export const CLAUSE_MARKS = "，；：“‘（《”’）》";
export const CLAUSE_MARK = new CharSet(CLAUSE_MARKS);
const OPEN = new CharSet("“‘（《");
const CLOSE = new CharSet("”’）》");
const COMMA = "，".charCodeAt(0);

/** True for the ， of 1，200: a digit before it and exactly three after it. */
function isThousandsSeparator(text: string, i: number, start: number, end: number): boolean {
  return (
    i > start &&
    DIGITS.has(text.charCodeAt(i - 1)) &&
    DIGITS.at(text, i + 1, end) &&
    DIGITS.at(text, i + 2, end) &&
    DIGITS.at(text, i + 3, end) &&
    !DIGITS.at(text, i + 4, end)
  );
}

/** The positions of the clause marks in text[start, end). */
function clauseMarks(text: string, start: number, end: number): Spans {
  const marks: Spans = [];
  const stop = Math.min(end, text.length);
  for (let i = start; i < stop; i++) if (CLAUSE_MARK.has(text.charCodeAt(i))) marks.push(i);
  return marks;
}

/**
 * The clauses of text[start, end), as spans; only as far as the clause that
 * holds position `through`, when given (a sentence's last figure: the
 * clauses after it are not read). `marks` are the positions of its clause
 * marks, from marks[firstMark] on, when the caller has found them already.
 */
export function clauseRanges(
  text: string,
  start: number,
  end: number,
  through = end,
  marks: Spans = clauseMarks(text, start, end),
  firstMark = 0,
): Spans {
  const out: Spans = [];
  const stop = Math.min(end, text.length);
  let from = start;
  let depth = 0;
  for (let k = firstMark; k < marks.length; k++) {
    const i = marks[k]!;
    const code = text.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (code === COMMA && isThousandsSeparator(text, i, start, stop)) continue;
      if (i > from) out.push(from, i);
      if (i > through) return out;
      from = i + 1;
    }
  }
  if (stop > from) out.push(from, end);
  return out;
}
