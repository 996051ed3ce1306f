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
}

/** The subject words of each goal: its supplied subjects, its own name's words and its themes' words. */
export function profileGoals(goals: Goal[]): GoalProfile[] {
  return goals.map((goal) => {
    const words = new Set<string>(goal.subjects ?? []);
    const names = [goal.name, ...goal.aliases];
    for (const [, theme] of THEMES) {
      if (theme.triggers.some((t) => names.some((n) => n.includes(t))))
        theme.words.forEach((w) => words.add(w));
    }
    for (const a of goal.aliases) if (a.length >= 2) words.add(a);
    return { goal, words: [...words] };
  });
}

export interface LexiconHit {
  goal: Goal;
  score: number;
  word: string;
  /** Where the last matching word ends: the head of a Chinese noun phrase comes last. */
  last: number;
}

/** Goals whose subject words occur in the text, best first; ties go to the word nearer the end. */
export function lexiconHits(text: string, profiles: GoalProfile[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const p of profiles) {
    let score = 0;
    let best = "";
    let last = -1;
    for (const w of p.words) {
      const at = text.lastIndexOf(w);
      if (at < 0) continue;
      score += GENERIC.has(w) ? 1 : w.length;
      if (w.length > best.length) best = w;
      last = Math.max(last, at + w.length);
    }
    if (score > 0) hits.push({ goal: p.goal, score, word: best, last });
  }
  return hits.sort((a, b) => b.score - a.score || b.last - a.last);
}
