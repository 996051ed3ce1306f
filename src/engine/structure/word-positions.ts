// Where a word stands in a whole text, found once. A search of every sentence
// for a word (今年, ；, 们) is a call into String.indexOf each, ~240
// instructions a call and most finding nothing; the whole text holds a few of
// each, found by one call per occurrence, and a sentence (a slice of the text,
// text.slice(start, end)) then asks by its offsets.
export class WordPositions {
  /** The offsets of the word's occurrences in the text, in order. */
  readonly list: readonly number[];
  private readonly length: number;
  /** Where the last lookup ended: sentences come in order, so the next one starts near. */
  private cursor = 0;

  constructor(text: string, word: string) {
    const list: number[] = [];
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) list.push(i);
    this.list = list;
    this.length = word.length;
  }

  /** The index in `list` of the first occurrence at or after `start` (list.length if none). */
  first(start: number): number {
    const { list } = this;
    let k = this.cursor;
    // (Back before the last lookup, which text order never asks: from the start.)
    if (k > 0 && list[k - 1]! >= start) k = 0;
    while (k < list.length && list[k]! < start) k++;
    this.cursor = k;
    return k;
  }

  /** What text.slice(start, end).indexOf(word) gives: the first occurrence within, from `start`, or -1. */
  indexIn(start: number, end: number): number {
    const k = this.first(start);
    // (The first occurrence from `start` that does not fit before `end` is followed by none that does.)
    return k < this.list.length && this.list[k]! + this.length <= end ? this.list[k]! - start : -1;
  }
}
