// The word lists the clause rules consult (action verbs, words that only
// look like verbs, past markers, rhetoric), found in one scan of a clause.
// Each rule used to scan the clause with its own list, five or six scans per
// clause; now every rule reads the one list of hits.
import type { WordHit } from "../text/wordset.ts";

export const VERB = 1;
export const NON_ACTION = 2;
export const PAST = 4;
export const RHETORIC = 8;
/** Fixed phrases holding a rhetoric word that are not rhetoric (忠诚干净担当). */
export const NOT_RHETORIC = 16;

export interface TaggedHit extends WordHit {
  /** The lists the word belongs to, as a bit mask of VERB, NON_ACTION, PAST, RHETORIC, NOT_RHETORIC. */
  tags: number;
}

export class ClauseWords {
  /** The words, grouped by their first two characters, each group longest first. */
  private readonly words: string[] = [];
  /** The tags of each word, by its place in `words`. */
  private readonly tags: number[] = [];
  /**
   * Per character code from `low`: 0 when no word starts with it, else the
   * character's number (from 1), which indexes the tables below.
   */
  private readonly firstAt: Uint16Array;
  private readonly low: number;
  /** Per first character: its range of pairs in pairSecond (from, to), and its one-character word's place + 1, or 0. */
  private readonly pairsFrom: Uint16Array;
  private readonly pairsTo: Uint16Array;
  private readonly single: Uint16Array;
  /** Per first character: a bit per second character of its words, by the low five bits of its code (a filter). */
  private readonly secondBits: Int32Array;
  /** Per pair: its second character, and the range of its words in `words`. */
  private readonly pairSecond: Uint16Array;
  private readonly wordsFrom: Uint16Array;
  private readonly wordsTo: Uint16Array;

  constructor(lists: [tag: number, words: readonly string[]][]) {
    const tagsOf = new Map<string, number>();
    for (const [tag, words] of lists)
      for (const w of words) if (w.length > 0) tagsOf.set(w, (tagsOf.get(w) ?? 0) | tag);
    // First character → second character → words, each group longest first (a stable sort).
    const byFirst = new Map<number, { single: string | null; pairs: Map<number, string[]> }>();
    for (const w of tagsOf.keys()) {
      const code = w.charCodeAt(0);
      let entry = byFirst.get(code);
      if (!entry) byFirst.set(code, (entry = { single: null, pairs: new Map() }));
      if (w.length === 1) entry.single = w;
      else {
        const group = entry.pairs.get(w.charCodeAt(1));
        if (group) group.push(w);
        else entry.pairs.set(w.charCodeAt(1), [w]);
      }
    }
    const codes = [...byFirst.keys()];
    this.low = codes.length ? Math.min(...codes) : 0;
    this.firstAt = new Uint16Array(codes.length ? Math.max(...codes) - this.low + 1 : 0);
    const firsts = codes.length + 1;
    this.pairsFrom = new Uint16Array(firsts);
    this.pairsTo = new Uint16Array(firsts);
    this.single = new Uint16Array(firsts);
    this.secondBits = new Int32Array(firsts);
    let pairCount = 0;
    for (const entry of byFirst.values()) pairCount += entry.pairs.size;
    this.pairSecond = new Uint16Array(pairCount);
    this.wordsFrom = new Uint16Array(pairCount);
    this.wordsTo = new Uint16Array(pairCount);
    let f = 0;
    let p = 0;
    const add = (w: string) => {
      this.words.push(w);
      this.tags.push(tagsOf.get(w)!);
    };
    for (const [code, entry] of byFirst) {
      this.firstAt[code - this.low] = ++f;
      this.pairsFrom[f] = p;
      for (const [second, group] of entry.pairs) {
        group.sort((x, y) => y.length - x.length);
        this.pairSecond[p] = second;
        this.secondBits[f]! |= 1 << (second & 31);
        this.wordsFrom[p] = this.words.length;
        for (const w of group) add(w);
        this.wordsTo[p++] = this.words.length;
      }
      this.pairsTo[f] = p;
      if (entry.single !== null) {
        this.single[f] = this.words.length + 1;
        add(entry.single);
      }
    }
  }

  /**
   * Every occurrence of every word in text[from, to), in text order and
   * longest first at each offset, offsets counted from `from`. (A sentence is
   * scanned in the document's text by its offsets: its own text is a slice,
   * whose characters cost more to read one by one.)
   */
  // (Its own loop rather than WordSet.findEveryIndexed: exact lookups by character code in
  // small typed arrays, where the word set's bit tables, sized for any list, let through a
  // third of the characters to a hashed lookup of their pair, and the offsets went through an
  // array of numbers before the hits were made.)
  scan(text: string, from = 0, to = text.length): TaggedHit[] {
    const hits: TaggedHit[] = [];
    const end = Math.min(to, text.length);
    for (let i = this.nextStart(text, from, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const f = this.firstAt[text.charCodeAt(i) - this.low]!;
      if (i + 1 < end) {
        const second = text.charCodeAt(i + 1);
        for (let p = this.pairsFrom[f]!; p < this.pairsTo[f]!; p++) {
          if (this.pairSecond[p] !== second) continue;
          for (let k = this.wordsFrom[p]!; k < this.wordsTo[p]!; k++) {
            const w = this.words[k]!;
            if (i + w.length > end) continue;
            let j = 2;
            while (j < w.length && text.charCodeAt(i + j) === w.charCodeAt(j)) j++;
            if (j === w.length) hits.push({ at: i - from, word: w, tags: this.tags[k]! });
          }
          break;
        }
      }
      const single = this.single[f]!;
      if (single !== 0)
        hits.push({ at: i - from, word: this.words[single - 1]!, tags: this.tags[single - 1]! });
    }
    return hits;
  }

  /**
   * The first offset in text[i, end) where some word may start, or `end`: its
   * character opens a word, and is a word of its own or the next character may
   * stand second in one of its words. A loop of its own, which allocates
   * nothing, so that it stays tight (most characters end here).
   */
  private nextStart(text: string, i: number, end: number): number {
    const firstAt = this.firstAt;
    const span = firstAt.length;
    const low = this.low;
    const single = this.single;
    const secondBits = this.secondBits;
    for (; i < end; i++) {
      const slot = text.charCodeAt(i) - low;
      if (slot < 0 || slot >= span) continue;
      const f = firstAt[slot]!;
      if (f === 0) continue;
      if (single[f] !== 0) return i;
      if (i + 1 < end && (secondBits[f]! >>> (text.charCodeAt(i + 1) & 31)) & 1) return i;
    }
    return end;
  }
}

/** True when a word of the list `tag` occurs at or after `from`. */
export function hasTagged(hits: readonly TaggedHit[], tag: number, from = 0): boolean {
  for (const h of hits) if (h.tags & tag && h.at >= from) return true;
  return false;
}

/** No words: the masks of a clause without a word that only looks like a verb (most clauses), shared. */
const NO_HITS: readonly WordHit[] = Object.freeze([]);

/**
 * The leftmost-longest, non-overlapping words of the list `tag` at or after
 * `from`, offsets counted from `from` — what WordSet.findAll gives on the
 * clause's tail — skipping words that overlap any of `masks` (offsets from
 * `from` too).
 */
export function greedy(
  hits: readonly TaggedHit[],
  tag: number,
  from = 0,
  masks: readonly WordHit[] = NO_HITS,
): WordHit[] {
  const out: WordHit[] = [];
  let next = from;
  for (const h of hits) {
    if (h.at < next || !(h.tags & tag)) continue;
    const at = h.at - from;
    const end = at + h.word.length;
    if (overlapsAny(masks, at, end)) continue;
    out.push({ at, word: h.word });
    next = h.at + h.word.length;
  }
  return out;
}

/** True when some of `masks` overlaps [at, end). */
function overlapsAny(masks: readonly WordHit[], at: number, end: number): boolean {
  for (let k = 0; k < masks.length; k++) {
    const m = masks[k]!;
    if (m.at < end && at < m.at + m.word.length) return true;
  }
  return false;
}

/** The action verbs of the clause's tail from `from`, with words that only look like verbs (建设用地) masked. */
export function verbsAfter(hits: readonly TaggedHit[], from = 0): WordHit[] {
  return greedy(
    hits,
    VERB,
    from,
    hasTagged(hits, NON_ACTION, from) ? greedy(hits, NON_ACTION, from) : NO_HITS,
  );
}

/**
 * Where the first of verbsAfter(hits) stands (an offset into the clause), or
 * -1: the same walk, stopped at the first verb, for a caller that needs no
 * more (a list and a hit per verb, per clause, fed the collector).
 */
export function firstVerbAt(hits: readonly TaggedHit[]): number {
  const masks = hasTagged(hits, NON_ACTION) ? greedy(hits, NON_ACTION) : NO_HITS;
  for (const h of hits) if (h.tags & VERB && !overlapsAny(masks, h.at, h.at + h.word.length)) return h.at;
  return -1;
}

/** The hits that lie wholly inside [from, to), with offsets counted from `from`: the scan of that piece alone. */
export function hitsWithin(hits: readonly TaggedHit[], from: number, to: number): TaggedHit[] {
  const out: TaggedHit[] = [];
  for (const h of hits) {
    if (h.at >= to) break;
    if (h.at >= from && h.at + h.word.length <= to) out.push({ at: h.at - from, word: h.word, tags: h.tags });
  }
  return out;
}
