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

/** White space as the folded text has it (full-width and no-break spaces are folded to ' '). */
function isSpace(code: number): boolean {
  return (
    code <= 32 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029
  );
}

/** Space, or the asterisks of a Markdown bold mark (**（一）坚持项目为王**) around a line or clause. */
function isEdge(code: number): boolean {
  return code === 42 || isSpace(code);
}

function trimmed(text: string, start: number, end: number): Piece | null {
  while (start < end && isEdge(text.charCodeAt(start))) start++;
  while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let i = text.indexOf("\n", start);
    if (i < 0) i = text.length;
    // Trimmed in place (as `trimmed` does): one object per paragraph, not two.
    let from = start;
    let end = i;
    while (from < end && isEdge(text.charCodeAt(from))) from++;
    while (end > from && isEdge(text.charCodeAt(end - 1))) end--;
    if (from < end) out.push({ start: from, end, text: text.slice(from, end), index: out.length });
    start = i + 1;
  }
  return out;
}

const FULL_STOP = 0x3002; // 。
const EXCLAMATION = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const ELLIPSIS = 0x2026; // …
const OPEN_DOUBLE = 0x201c; // “
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_DOUBLE = 0x201d; // ”
const CLOSE_SINGLE = 0x2019; // ’

const endsSentence = (c: number) => c === FULL_STOP || c === EXCLAMATION || c === QUESTION || c === ELLIPSIS;

/**
 * The characters a paragraph's sentences turn on: their ends and the
 * quotation marks whose depth marks a sentence quoted. The walk below stops
 * only at these (the expression's search runs in compiled code; a loop over
 * every character in JavaScript cost several times more).
 */
const SENTENCE_MARKS = /[。！？…“‘”’]/g;

/**
 * Sentences of a paragraph, ended by 。！？… (with any further marks and
 * closing quotes that follow). A 。 inside a quotation ends a sentence too,
 * since speakers' quotations run to several sentences; such sentences are
 * marked quoted. `para` is a paragraph of `text` (its text is
 * text[para.start, para.end)), which is searched for the marks alone.
 */
export function sentences(text: string, para: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const line = para.text;
  let start = para.start;
  let depth = 0;
  let depthAtStart = 0;
  SENTENCE_MARKS.lastIndex = 0;
  while (SENTENCE_MARKS.test(line)) {
    const k = SENTENCE_MARKS.lastIndex - 1;
    const c = line.charCodeAt(k);
    if (!endsSentence(c)) {
      depth = depthAfterMark(c, depth);
      continue;
    }
    let j = k + 1;
    for (; j < line.length; j++) {
      const d = line.charCodeAt(j);
      if (endsSentence(d)) continue;
      if (d !== CLOSE_DOUBLE && d !== CLOSE_SINGLE) break;
      depth = depthAfterMark(d, depth);
    }
    pushSentence(out, text, start, para.start + j, para.index, depthAtStart);
    start = para.start + j;
    depthAtStart = depth;
    SENTENCE_MARKS.lastIndex = j;
  }
  if (start < para.end) pushSentence(out, text, start, para.end, para.index, depthAtStart);
  return out;
}

/** Quotation depth after the character `c`. */
function depthAfterMark(c: number, depth: number): number {
  if (c === OPEN_DOUBLE || c === OPEN_SINGLE) return depth + 1;
  if ((c === CLOSE_DOUBLE || c === CLOSE_SINGLE) && depth > 0) return depth - 1;
  return depth;
}

/** Adds text[start, end), trimmed, as a sentence, unless it is blank. */
function pushSentence(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  depthAtStart: number,
): void {
  // Trimmed in place (as `trimmed` does, without its Piece: one object per sentence, not two).
  while (start < end && isEdge(text.charCodeAt(start))) start++;
  while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  out.push({
    start,
    end,
    text: text.slice(start, end),
    paragraph,
    quoted: depthAtStart > 0 || text.charCodeAt(start) === OPEN_DOUBLE,
  });
}

/** Where a quotation opened at `i` closes, if it closes within `limit` characters without a sentence end. */
function shortQuoteEnd(text: string, i: number, end: number, limit: number): number {
  let depth = 0;
  for (let k = i; k < end && k - i <= limit; k++) {
    switch (text.charCodeAt(k)) {
      case 0x3002: // 。
      case 0xff01: // ！
      case 0xff1f: // ？
      case 0x2026: // …
        return -1;
      case 0x201c: // “
      case 0x2018: // ‘
      case 0xff08: // （
        depth++;
        break;
      case 0x201d: // ”
      case 0x2019: // ’
      case 0xff09: // ）
        if (--depth === 0) return k;
    }
  }
  return -1;
}

/**
 * Clauses of a sentence, split at ， ； and ：. Short quotations and
 * brackets ("强存量、扩增量、建核心") are kept whole; a long quotation, which
 * is a speech, is split like any text. One pass over character codes (a
 * regular expression's match per mark made an array per mark).
 */
const DEFAULT_SEPARATORS = /[，；：]/;

export function clauses(text: string, sentence: Piece, separators: RegExp = DEFAULT_SEPARATORS): Piece[] {
  const out: Piece[] = [];
  const plain = separators === DEFAULT_SEPARATORS || separators.source === DEFAULT_SEPARATORS.source;
  let start = sentence.start;
  const end = Math.min(sentence.end, text.length);
  for (let i = sentence.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // an ideograph: neither a mark nor a separator
    if (c === 0x201c || c === 0x2018 || c === 0xff08) {
      // “ ‘ （: a short quotation or bracket is skipped whole.
      const close = shortQuoteEnd(text, i, sentence.end, 40);
      if (close > 0) i = close;
    } else if (c === 0xff0c || c === 0xff1b || c === 0xff1a) {
      // ， ； ：
      if (plain || separators.test(text[i]!)) {
        const piece = trimmed(text, start, i + 1);
        if (piece) out.push(piece);
        start = i + 1;
      }
    }
  }
  const last = trimmed(text, start, sentence.end);
  if (last) out.push(last);
  return out;
}

/** The index of the piece (in text order, not overlapping) that holds offset `at`, or -1. */
export function pieceAt(pieces: readonly Piece[], at: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// (01｜创新X: an infographic numbers its parts with two digits and a bar.)
const HEADING_START =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分条]|\d{2}\s*[｜|]\s*[\u4e00-\u9fa5])/;

/**
 * A numbered heading line (一、… / （一）… / 第一章…) holding no sentence end, or
 * only a closing 。 on a short line (（一）围绕建设X，狠抓Y。 standing alone): it opens a section.
 */
export function isHeadingLine(text: string): boolean {
  if (!HEADING_START.test(text)) return false;
  const end = text.search(/[。！？]/);
  return end < 0 || (end === text.length - 1 && text[end] === "。" && text.length <= HEADING_WITH_STOP);
}

/** The longest heading line that may close with a 。. */
const HEADING_WITH_STOP = 32;
