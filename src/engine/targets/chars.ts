// Sets of single characters, tested by UTF-16 code unit. The stage scans
// every sentence for a handful of characters (digits, numerals, 年); a
// character-class regular expression costs a call and a match object per
// test, a bit lookup costs nothing.
export class CharSet {
  /** A bit per UTF-16 code unit: 8 KB per set. */
  private readonly bits = new Uint32Array(2048);

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      this.bits[code >>> 5]! |= 1 << (code & 31);
    }
  }

  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /**
   * The first position in text[from, to) whose character is in the set, or
   * `to`: the loop of a scan for a few characters, kept here so that it
   * reads the table once.
   */
  firstIn(text: string, from: number, to: number): number {
    const bits = this.bits;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if ((bits[code >>> 5]! & (1 << (code & 31))) !== 0) return i;
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
