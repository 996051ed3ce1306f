// Alignment by subject words: which goals an action's words point to, through
// the general policy-theme lexicon (lexicon/themes.json) and the words of the
// goals' own names.
import type { Goal } from "../types.ts";
import themesFile from "../../../lexicon/themes.json" with { type: "json" };

interface Theme {
  triggers: string[];
  words: string[];
}
const THEMES = Object.entries(themesFile.themes as Record<string, Theme>);
const GENERIC = new Set<string>(themesFile.generic);

export interface GoalProfile {
  goal: Goal;
  words: string[];
  /** Words the goal owns itself (its name, its supplied subjects): they outweigh shared theme words. */
  own: Set<string>;
}

/** The end the goals' names share (之都, 高地, 行动), which says nothing of any one goal. */
function sharedEnd(goals: Goal[]): string {
  if (goals.length < 2) return "";
  let end = goals[0]!.name;
  for (const g of goals) while (end && !g.name.endsWith(end)) end = end.slice(1);
  return end;
}

/**
 * The words of a goal's own name: the name without the end all goals share
 * (人才高地 → 人才; 制造业提能行动 → 制造业提能).
 */
function nameWords(goal: Goal, end: string): string[] {
  const core = goal.name.slice(0, goal.name.length - end.length).replace(/^(?:建设|打造|实施)/, "");
  // Two-character pieces of longer names (产业, 城乡) proved too broad to decide alone.
  return core.length >= 2 ? [core] : [];
}

/** The subject words of each goal: its supplied subjects, its own name's words and its themes' words. */
export function profileGoals(goals: Goal[]): GoalProfile[] {
  const end = sharedEnd(goals);
  return goals.map((goal) => {
    const own = new Set<string>([...(goal.subjects ?? []), ...nameWords(goal, end)]);
    const words = new Set<string>(own);
    const names = [goal.name, ...goal.aliases];
    for (const [, theme] of THEMES) {
      if (theme.triggers.some((t) => names.some((n) => n.includes(t))))
        theme.words.forEach((w) => words.add(w));
    }
    for (const a of goal.aliases) if (a.length >= 2) words.add(a);
    return { goal, words: [...words], own };
  });
}

export interface LexiconHit {
  goal: Goal;
  score: number;
  word: string;
  /** Where the last matching word ends: the head of a Chinese noun phrase comes last. */
  last: number;
  /** False when only generic words (产业, 企业, 项目) matched. */
  specific: boolean;
}

/** Best score first; on a tie, the later last word (the head of the phrase). */
function ranksAbove(a: LexiconHit, b: LexiconHit): boolean {
  return a.score > b.score || (a.score === b.score && a.last > b.last);
}

/**
 * Adds a hit after every hit that ranks as high: a stable insertion, as a
 * text rarely hits more than three goals and sorting so few costs more than
 * placing them.
 */
function insertRanked(ranked: LexiconHit[], hit: LexiconHit): void {
  ranked.push(hit);
  for (let k = ranked.length - 1; k > 0 && ranksAbove(hit, ranked[k - 1]!); k--) {
    ranked[k] = ranked[k - 1]!;
    ranked[k - 1] = hit;
  }
}

/** A subject word before it is laid out: the goals it points to and what it scores for each. */
interface WordEntry {
  word: string;
  goals: number[];
  scores: number[];
}

/** Each goal's subject words, one entry per distinct word, grouped by first character. */
function wordEntries(profiles: GoalProfile[]): WordEntry[] {
  const entries = new Map<string, WordEntry>();
  profiles.forEach((p, i) => {
    for (const word of p.words) {
      if (!word) continue;
      let entry = entries.get(word);
      if (!entry) {
        entry = { word, goals: [], scores: [] };
        entries.set(word, entry);
      }
      // A generic word weighs one, any other its length; a goal's own words count double.
      const weight = GENERIC.has(word) ? 1 : word.length;
      entry.goals.push(i);
      entry.scores.push(p.own.has(word) ? weight * 2 : weight);
    }
  });
  return [...entries.values()].sort((a, b) => a.word.charCodeAt(0) - b.word.charCodeAt(0));
}

/**
 * One word list for all goals, so a text is scanned once whatever the number
 * of goals. The list is laid out in typed arrays rather than an object per
 * word: `hits` runs on every clause after the other stages have filled the
 * processor's caches with their own data, and a few kilobytes of arrays come
 * back in far fewer cache lines than hundreds of small objects and strings.
 * Words are numbered in order of their first character, so the words that
 * start with one character are a range of numbers.
 */
export class GoalLexicon {
  private readonly words: string[];
  /** A bit per UTF-16 code unit that starts some word. */
  private readonly starts = new Uint32Array(2048);
  /**
   * Open-addressed table of first characters: triples of (code + 1, first
   * word, end of its words); the code + 1 of an empty slot is 0.
   */
  private readonly firsts: Int32Array;
  private readonly firstsMask: number;
  /** The words' characters end to end: word w is chars[charStart[w], charStart[w + 1]). */
  private readonly chars: Uint16Array;
  private readonly charStart: Int32Array;
  /** Word w scores scoreOf[k] for goal goalOf[k], for k in [pairStart[w], pairStart[w + 1]). */
  private readonly pairStart: Int32Array;
  private readonly goalOf: Int32Array;
  private readonly scoreOf: Int32Array;
  /** 1 for a word that is not generic (产业, 企业, 项目 are). */
  private readonly specificWord: Uint8Array;
  /** The `hits` call that last counted each word: a word counts once per text. */
  private readonly countedIn: Uint32Array;
  private call = 0;
  // Tallies per goal, reused by every `hits` call; `hits` leaves them cleared.
  private readonly score: Int32Array;
  private readonly last: Int32Array;
  /** The longest word per goal, as a word number, and its length. */
  private readonly best: Int32Array;
  private readonly bestLength: Int32Array;
  private readonly specific: Uint8Array;

  constructor(private readonly profiles: GoalProfile[]) {
    const entries = wordEntries(profiles);
    this.words = entries.map((e) => e.word);
    this.chars = new Uint16Array(entries.reduce((n, e) => n + e.word.length, 0));
    this.charStart = new Int32Array(entries.length + 1);
    this.pairStart = new Int32Array(entries.length + 1);
    const pairs = entries.reduce((n, e) => n + e.goals.length, 0);
    this.goalOf = new Int32Array(pairs);
    this.scoreOf = new Int32Array(pairs);
    this.specificWord = new Uint8Array(entries.length);
    this.countedIn = new Uint32Array(entries.length);
    let size = 4;
    while (size < 2 * entries.length) size *= 2;
    this.firsts = new Int32Array(3 * size);
    this.firstsMask = size - 1;
    let c = 0;
    let k = 0;
    entries.forEach((e, w) => {
      for (let j = 0; j < e.word.length; j++) this.chars[c++] = e.word.charCodeAt(j);
      this.charStart[w + 1] = c;
      e.goals.forEach((goal, g) => {
        this.goalOf[k] = goal;
        this.scoreOf[k++] = e.scores[g]!;
      });
      this.pairStart[w + 1] = k;
      this.specificWord[w] = GENERIC.has(e.word) ? 0 : 1;
      const code = e.word.charCodeAt(0);
      this.starts[code >>> 5]! |= 1 << (code & 31);
      const slot = this.slotOf(code);
      if (this.firsts[slot] === 0) {
        this.firsts[slot] = code + 1;
        this.firsts[slot + 1] = w;
      }
      this.firsts[slot + 2] = w + 1;
    });
    const goals = profiles.length;
    this.score = new Int32Array(goals);
    this.last = new Int32Array(goals).fill(-1);
    this.best = new Int32Array(goals);
    this.bestLength = new Int32Array(goals);
    this.specific = new Uint8Array(goals);
  }

  /** The slot in `firsts` that holds, or would hold, a first character. */
  private slotOf(code: number): number {
    let slot = Math.imul(code, 0x9e3779b1) >>> 16;
    for (; ; slot++) {
      const at = 3 * (slot & this.firstsMask);
      const key = this.firsts[at]!;
      if (key === code + 1 || key === 0) return at;
    }
  }

  /** True when word w occurs in text at `at`, given that its first character does. */
  private matchesAt(text: string, at: number, w: number, to: number): boolean {
    const from = this.charStart[w]!;
    const length = this.charStart[w + 1]! - from;
    if (at + length > to) return false;
    for (let j = 1; j < length; j++) if (text.charCodeAt(at + j) !== this.chars[from + j]) return false;
    return true;
  }

  /** Tallies word w, found ending at `end`, for the goals it points to. */
  private count(w: number, end: number): void {
    const first = this.countedIn[w] !== this.call;
    this.countedIn[w] = this.call;
    const length = this.charStart[w + 1]! - this.charStart[w]!;
    for (let k = this.pairStart[w]!; k < this.pairStart[w + 1]!; k++) {
      const i = this.goalOf[k]!;
      if (end > this.last[i]!) this.last[i] = end;
      if (!first) continue;
      this.score[i]! += this.scoreOf[k]!;
      if (this.specificWord[w]) this.specific[i] = 1;
      if (length > this.bestLength[i]!) {
        this.best[i] = w;
        this.bestLength[i] = length;
      }
    }
  }

  /**
   * Goals whose subject words occur in text[from, to), best first; ties go to
   * the word nearer the end. `last` counts from `from`.
   */
  hits(text: string, from = 0, to = text.length): LexiconHit[] {
    if (++this.call === 0xffffffff) {
      this.countedIn.fill(0);
      this.call = 1;
    }
    const starts = this.starts;
    const end = Math.min(to, text.length);
    for (let at = from; at < end; at++) {
      const code = text.charCodeAt(at);
      if (!(starts[code >>> 5]! & (1 << (code & 31)))) continue;
      const slot = this.slotOf(code);
      for (let w = this.firsts[slot + 1]!; w < this.firsts[slot + 2]!; w++) {
        if (this.matchesAt(text, at, w, end)) {
          this.count(w, at + this.charStart[w + 1]! - this.charStart[w]! - from);
        }
      }
    }
    return this.ranked();
  }

  /** The tallies as hits, best first; clears them for the next text. */
  private ranked(): LexiconHit[] {
    const { score, last, best, bestLength, specific } = this;
    let out: LexiconHit[] | null = null;
    for (let i = 0; i < score.length; i++) {
      if (score[i]! > 0) {
        const hit: LexiconHit = {
          goal: this.profiles[i]!.goal,
          score: score[i]!,
          word: this.words[best[i]!]!,
          last: last[i]!,
          specific: specific[i] === 1,
        };
        if (out) insertRanked(out, hit);
        else out = [hit];
      }
      score[i] = 0;
      last[i] = -1;
      bestLength[i] = 0;
      specific[i] = 0;
    }
    return out ?? [];
  }
}
