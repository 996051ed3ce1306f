// Sets of single characters, tested by UTF-16 code unit. The stage scans
// every sentence for a handful of characters (digits, numerals, 年); a
// character-class regular expression costs a call and a match object per
// test, a bit lookup costs nothing.
export class CharSet {
  /**
   * A bit per UTF-16 code unit from the lowest code of the set to its highest:
   * most sets hold a few marks or digits and take a few bytes, where a table of
   * every code took 8 KB per set, and the tests of some sixty sets on every
   * character went to as many places in memory. A code outside the range is
   * answered without reading the table (the ideographs, for sets of marks).
   */
  private readonly bits: Uint32Array;
  private readonly low: number;
  /** The number of codes the table covers: `code - low` is in it when less than this (unsigned). */
  private readonly span: number;

  constructor(chars: string) {
    let low = 0xffff;
    let high = 0;
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      if (code < low) low = code;
      if (code > high) high = code;
    }
    if (high < low) low = high = 0; // an empty set: a table of one bit, never set
    this.low = low;
    this.span = high - low + 1;
    this.bits = new Uint32Array((this.span + 31) >>> 5);
    for (let i = 0; i < chars.length; i++) {
      const at = chars.charCodeAt(i) - low;
      this.bits[at >>> 5]! |= 1 << (at & 31);
    }
  }

  has(code: number): boolean {
    const at = code - this.low;
    // (Compared both ways rather than unsigned, so that NaN, a code read past the text, is not in.)
    return at >= 0 && at < this.span && (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /**
   * The first position in text[from, to) whose character is in the set, or
   * `to`: the loop of a scan for a few characters, kept here so that it
   * reads the table once.
   */
  firstIn(text: string, from: number, to: number): number {
    const { bits, low, span } = this;
    for (let i = from; i < to; i++) {
      const at = text.charCodeAt(i) - low;
      if (at >= 0 && at < span && (bits[at >>> 5]! & (1 << (at & 31))) !== 0) return i;
    }
    return to;
  }

  /** True when text[i] is in the set; false outside text[0, to). */
  at(text: string, i: number, to = text.length): boolean {
    return i >= 0 && i < to && i < text.length && this.has(text.charCodeAt(i));
  }
}

/** The characters from `first` to `last`, inclusive. */
export function charsBetween(first: number, last: number): string {
  let out = "";
  for (let code = first; code <= last; code++) out += String.fromCharCode(code);
  return out;
}

/** What a regular expression's \s matches. */
export const JS_WHITE_SPACE =
  "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + charsBetween(0x2000, 0x200a);

export const DIGITS = new CharSet("0123456789");
