// Splits folded text into paragraphs (lines), sentences and clauses, keeping
// offsets into the text.

export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Piece {
  index: number;
}

export interface Sentence extends Piece {
  paragraph: number;
  /** True when the sentence lies inside a quotation (a speaker's own words). */
  quoted: boolean;
}

function trimmed(text: string, start: number, end: number): Piece | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      const piece = trimmed(text, start, i);
      if (piece) out.push({ ...piece, index: out.length });
      start = i + 1;
    }
  }
  return out;
}

const SENTENCE_END = new Set(["。", "！", "？", "…"]);
const OPEN_QUOTE = new Set(["“", "‘"]);
const CLOSE_QUOTE = new Set(["”", "’"]);

/**
 * Sentences of a paragraph, ended by 。！？ (with any closing quotes that
 * follow). A 。 inside a quotation ends a sentence too, since speakers'
 * quotations run to several sentences; such sentences are marked quoted.
 */
export function sentences(text: string, para: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  let depth = 0;
  let startDepth = 0;
  const push = (end: number) => {
    const piece = trimmed(text, start, end);
    if (piece)
      out.push({ ...piece, paragraph: para.index, quoted: startDepth > 0 || piece.text.startsWith("“") });
    start = end;
    startDepth = depth;
  };
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTE.has(ch)) depth++;
    else if (CLOSE_QUOTE.has(ch) && depth > 0) depth--;
    if (SENTENCE_END.has(ch)) {
      let end = i + 1;
      while (end < para.end && (SENTENCE_END.has(text[end]!) || CLOSE_QUOTE.has(text[end]!))) {
        if (CLOSE_QUOTE.has(text[end]!) && depth > 0) depth--;
        end++;
      }
      i = end - 1;
      push(end);
    }
  }
  push(para.end);
  return out;
}

/** Where a quotation opened at `i` closes, if it closes within `limit` characters without a sentence end. */
function shortQuoteEnd(text: string, i: number, end: number, limit: number): number {
  let depth = 0;
  for (let k = i; k < end && k - i <= limit; k++) {
    const ch = text[k]!;
    if (SENTENCE_END.has(ch)) return -1;
    if (OPEN_QUOTE.has(ch) || ch === "（") depth++;
    else if (CLOSE_QUOTE.has(ch) || ch === "）") {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/**
 * Clauses of a sentence, split at ， ； and ：. Short quotations and
 * brackets ("强存量、扩增量、建核心") are kept whole; a long quotation, which
 * is a speech, is split like any text.
 */
export function clauses(text: string, sentence: Piece, separators: RegExp = /[，；：]/): Piece[] {
  const out: Piece[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTE.has(ch) || ch === "（") {
      const close = shortQuoteEnd(text, i, sentence.end, 40);
      if (close > 0) {
        i = close;
        continue;
      }
    } else if (separators.test(ch)) {
      const piece = trimmed(text, start, i + 1);
      if (piece) out.push(piece);
      start = i + 1;
    }
  }
  const last = trimmed(text, start, sentence.end);
  if (last) out.push(last);
  return out;
}
