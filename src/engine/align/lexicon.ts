// Alignment by subject words: which goals an action's words point to, through
// the general policy-theme lexicon (lexicon/themes.json) and the words of the
// goals' own names.
import type { Goal } from "../types.ts";
import themesFile from "../../../lexicon/themes.json" with { type: "json" };
import { WordSet } from "../text/wordset.ts";

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

/** One word list for all goals, so a text is scanned once whatever the number of goals. */
export class GoalLexicon {
  private readonly words: WordSet;
  private readonly goalsOf = new Map<string, number[]>();
  constructor(private readonly profiles: GoalProfile[]) {
    profiles.forEach((p, i) => {
      for (const w of p.words) this.goalsOf.set(w, [...(this.goalsOf.get(w) ?? []), i]);
    });
    this.words = new WordSet(this.goalsOf.keys());
  }

  /** Goals whose subject words occur in the text, best first; ties go to the word nearer the end. */
  hits(text: string): LexiconHit[] {
    const score = new Array<number>(this.profiles.length).fill(0);
    const best = new Array<string>(this.profiles.length).fill("");
    const last = new Array<number>(this.profiles.length).fill(-1);
    const counted = new Set<string>();
    const specific = new Array<boolean>(this.profiles.length).fill(false);
    for (const h of this.words.findEvery(text)) {
      for (const i of this.goalsOf.get(h.word)!) {
        const key = `${i}|${h.word}`;
        last[i] = Math.max(last[i]!, h.at + h.word.length);
        if (counted.has(key)) continue;
        counted.add(key);
        const weight = GENERIC.has(h.word) ? 1 : h.word.length;
        if (!GENERIC.has(h.word)) specific[i] = true;
        score[i]! += this.profiles[i]!.own.has(h.word) ? weight * 2 : weight;
        if (h.word.length > best[i]!.length) best[i] = h.word;
      }
    }
    const out: LexiconHit[] = [];
    score.forEach((s, i) => {
      if (s > 0) {
        out.push({
          goal: this.profiles[i]!.goal,
          score: s,
          word: best[i]!,
          last: last[i]!,
          specific: specific[i]!,
        });
      }
    });
    return out.sort((a, b) => b.score - a.score || b.last - a.last);
  }
}
