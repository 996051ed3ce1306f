// The word lists the clause rules consult (action verbs, words that only
// look like verbs, past markers, rhetoric), found in one scan of a clause.
// Each rule used to scan the clause with its own list, five or six scans per
// clause; now every rule reads the one list of hits.
import { WordSet, type WordHit } from "../text/wordset.ts";

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
  private readonly all: WordSet;
  /** The tags of each word, by its place in `all.words`. */
  private readonly tagsAt: Int32Array;
  /** The offsets and places of the words found in the text being scanned: one array for every scan. */
  private readonly found: number[] = [];

  constructor(lists: [tag: number, words: readonly string[]][]) {
    const tagsOf = new Map<string, number>();
    for (const [tag, words] of lists) for (const w of words) tagsOf.set(w, (tagsOf.get(w) ?? 0) | tag);
    this.all = new WordSet(tagsOf.keys());
    this.tagsAt = Int32Array.from(this.all.words, (w) => tagsOf.get(w)!);
  }

  /**
   * Every occurrence of every word in text[from, to), in text order and
   * longest first at each offset, offsets counted from `from`. (A sentence is
   * scanned in the document's text by its offsets: its own text is a slice,
   * whose characters cost more to read one by one.)
   */
  scan(text: string, from = 0, to = text.length): TaggedHit[] {
    const found = this.all.findEveryIndexed(text, from, to, this.found);
    const hits: TaggedHit[] = [];
    for (let j = 0; j < found.length; j += 2) {
      const k = found[j + 1]!;
      hits.push({ at: found[j]! - from, word: this.all.words[k]!, tags: this.tagsAt[k]! });
    }
    found.length = 0;
    return hits;
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
