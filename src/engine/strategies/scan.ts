// The strategies stage looks at every sentence of a document, and most hold
// neither a quotation nor a counted 大. These find both without a search per
// sentence: a mark's next place in the text is kept while the sentences
// before it are passed over, and the quoted labels of a sentence are read in
// one pass over its character codes.

/**
 * Whether a character occurs in each of a series of stretches of one text,
 * asked in text order: one indexOf per occurrence of the character rather
 * than one per stretch.
 */
export class CharFinder {
  /** The character's first place at or after `from`, or -1. */
  private at = -1;
  private from = Infinity;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** True when the character occurs in text[start, end). */
  within(start: number, end: number): boolean {
    // (A stretch before the last one asked, or past the place kept, searches again.)
    if (start < this.from || (this.at >= 0 && this.at < start)) {
      this.at = this.text.indexOf(this.char, start);
      this.from = start;
    }
    return this.at >= 0 && this.at < end;
  }
}

const OPEN_DOUBLE = 0x201c; // “
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_DOUBLE = 0x201d; // ”
const CLOSE_SINGLE = 0x2019; // ’

const opens = (c: number) => c === OPEN_DOUBLE || c === OPEN_SINGLE;
const closes = (c: number) => c === CLOSE_DOUBLE || c === CLOSE_SINGLE;

/** The longest quoted label. */
const LONGEST_LABEL = 40;

/**
 * The words of each quotation of 2 to 40 characters without a quotation mark
 * inside, in text[start, end), as offsets: pairs of the first character's and
 * the closing mark's. The matches of /[“‘]([^“”‘’]{2,40})[”’]/g, without a
 * match array per quotation.
 */
export function quotedLabels(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (!opens(text.charCodeAt(i))) continue;
    // The first quotation mark after the opening one: the label ends there, or there is none here.
    const limit = Math.min(end, i + LONGEST_LABEL + 2);
    let j = i + 1;
    while (j < limit && !opens(text.charCodeAt(j)) && !closes(text.charCodeAt(j))) j++;
    if (j < limit && closes(text.charCodeAt(j)) && j - i > 2) {
      out.push(i + 1, j);
      i = j;
    }
  }
  return out;
}

const ENUMERATION_COMMA = 0x3001; // 、

/** True when text[start, end) holds ”“, ’‘ or ”、“: quotations side by side. One pass over char codes. */
export function quotesSideBySide(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_SINGLE) {
      if (text.charCodeAt(i + 1) === OPEN_SINGLE) return true;
    } else if (c === CLOSE_DOUBLE) {
      const next = text.charCodeAt(i + 1);
      if (next === OPEN_DOUBLE) return true;
      if (next === ENUMERATION_COMMA && i + 2 < end && text.charCodeAt(i + 2) === OPEN_DOUBLE) return true;
    }
  }
  return false;
}
