// Where a few characters stand in a document's text (年 for the period
// words, the anchors of AnchoredWords), found once per extract() call and
// looked up per sentence. Every sentence with a figure asks for its period
// words: a scan of each sentence for each of eight characters was a call
// into String.indexOf each, most of them finding nothing; a document holds a
// few hundred of these characters in all, found by one indexOf each.
export class CharPositions {
  /** The positions of the character in the text, in order. */
  readonly list: readonly number[];
  /** Where the last lookup ended: sentences are read in order, so the next one starts near. */
  private cursor = 0;

  constructor(text: string, char: string) {
    const list: number[] = [];
    for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) list.push(i);
    this.list = list;
  }

  /** The index in `list` of the first position at or after `from` (list.length if none). */
  first(from: number): number {
    const { list } = this;
    let k = this.cursor;
    if (k > 0 && list[k - 1]! >= from) {
      // Back before the last lookup (a paragraph's earlier sentence): search what lies before it.
      let lo = 0;
      let hi = k - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    } else {
      while (k < list.length && list[k]! < from) k++;
    }
    this.cursor = k;
    return k;
  }
}

export class TextIndex {
  readonly text: string;
  /** By UTF-16 code: a number key is found without comparing strings. */
  private readonly byChar = new Map<number, CharPositions>();

  constructor(text: string) {
    this.text = text;
  }

  /** The positions of `char` (one UTF-16 unit), found on the first call for it. */
  positions(char: string): CharPositions {
    const code = char.charCodeAt(0);
    let found = this.byChar.get(code);
    if (!found) {
      found = new CharPositions(this.text, char);
      this.byChar.set(code, found);
    }
    return found;
  }
}
