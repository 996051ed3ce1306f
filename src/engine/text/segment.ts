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
 * Sentences of a paragraph. A sentence ends at 。！？ or at the close of a
 * quotation whose inside ended one; 。 inside a quotation ends a sentence too,
 * but the sentence is marked quoted.
 */
export function sentences(text: string, para: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  let depth = 0;
  let quotedStart = -1;
  const push = (end: number, quoted: boolean) => {
    const piece = trimmed(text, start, end);
    if (piece) out.push({ ...piece, paragraph: para.index, quoted });
    start = end;
  };
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch === "“" && depth === 0) {
      // A quotation that opens a sentence: what precedes it is a sentence of its own.
      if (i > start && /[。！？]\s*$/.test(text.slice(start, i))) push(i, false);
      if (i === start || /^\s*$/.test(text.slice(start, i))) quotedStart = i;
    }
    if (OPEN_QUOTE.has(ch)) depth++;
    else if (CLOSE_QUOTE.has(ch) && depth > 0) depth--;
    if (SENTENCE_END.has(ch)) {
      let end = i + 1;
      while (end < para.end && (SENTENCE_END.has(text[end]!) || CLOSE_QUOTE.has(text[end]!))) {
        if (CLOSE_QUOTE.has(text[end]!) && depth > 0) depth--;
        end++;
      }
      if (depth === 0) {
        push(end, quotedStart >= 0 && quotedStart <= start);
        quotedStart = -1;
        i = end - 1;
      }
    }
  }
  push(para.end, false);
  return out;
}

const CLAUSE_END = /[，；：、]/;

/** Clauses of a sentence, split at ， ； and ： outside quotation marks. */
export function clauses(text: string, sentence: Piece, separators: RegExp = /[，；：]/): Piece[] {
  const out: Piece[] = [];
  let start = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTE.has(ch) || ch === "（") depth++;
    else if ((CLOSE_QUOTE.has(ch) || ch === "）") && depth > 0) depth--;
    else if (depth === 0 && separators.test(ch)) {
      const piece = trimmed(text, start, i + 1);
      if (piece) out.push(piece);
      start = i + 1;
    }
  }
  const last = trimmed(text, start, sentence.end);
  if (last) out.push(last);
  return out;
}

export { CLAUSE_END };
