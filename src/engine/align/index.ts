// Aligns each commitment to the goals it serves: an explicit or lead-in cue
// decides where one governs the clause; otherwise the subject words do.
import type { DocModel } from "../document.ts";
import type { Commitment, Framework, Goal, GoalAlignment, Strategy } from "../types.ts";
import { findCues, goalNames, type Cue } from "./cues.ts";
import { GoalLexicon, profileGoals, type LexiconHit } from "./lexicon.ts";
import { StrategyWords } from "./strategy-words.ts";
import { pieceAt } from "../text/segment.ts";
import { WordSet } from "../text/wordset.ts";

/** The goal fields the word lists are built from: frameworks that agree on them share the lists. */
interface GoalWordsKey {
  name: string;
  aliases: string[];
  subjects: string[];
}

/** The word lists built from a framework's goals. */
interface GoalWords {
  key: GoalWordsKey[];
  lexicon: GoalLexicon;
  /** The goals' names and aliases, which every cue holds. */
  names: WordSet;
}

const sameStrings = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameGoals(key: GoalWordsKey[], goals: Goal[]): boolean {
  return (
    key.length === goals.length &&
    key.every(
      (k, i) =>
        k.name === goals[i]!.name &&
        sameStrings(k.aliases, goals[i]!.aliases) &&
        sameStrings(k.subjects, goals[i]!.subjects ?? []),
    )
  );
}

// Building word lists costs more than using them, and documents of one plan share a framework:
// the lists of the last 64 frameworks are kept, oldest first. (Compared field by field: a
// serialised key cost more to build than the comparisons.)
const GOAL_WORDS: GoalWords[] = [];
function goalWordsFor(framework: Framework): GoalWords {
  const known = GOAL_WORDS.find((w) => sameGoals(w.key, framework.goals));
  if (known) return known;
  if (GOAL_WORDS.length >= 64) GOAL_WORDS.shift();
  const words: GoalWords = {
    key: framework.goals.map((g) => ({
      name: g.name,
      aliases: [...g.aliases],
      subjects: [...(g.subjects ?? [])],
    })),
    lexicon: new GoalLexicon(profileGoals(framework.goals)),
    names: goalNames(framework.goals),
  };
  GOAL_WORDS.push(words);
  return words;
}

/** ；。！？ and line breaks: the ends of the segment whose subject words a generic clause borrows. */
function endsSegment(code: number): boolean {
  return code === 0xff1b || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 10;
}

/** Where the segment around `at` starts and ends: [start, end). */
function segmentAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !endsSegment(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !endsSegment(text.charCodeAt(end))) end++;
  return [start, end];
}

/** Cues that govern the clause [start, end): those whose reach holds it, and those inside it. */
function governingCues(cues: Cue[] | undefined, start: number, end: number): Cue[] {
  if (!cues) return [];
  return cues.filter(
    (cue) =>
      (cue.scope[0] <= start && end <= cue.scope[1] + 1) || (cue.span[0] >= start && cue.span[1] <= end),
  );
}

/**
 * True when the cue names the goal. By name: the goal lexicon is cached across
 * documents of one framework, so its Goal objects are not this document's.
 */
function namesGoal(cue: Cue, goal: Goal): boolean {
  return cue.goals.some((g) => g.name === goal.name);
}

/** Strong subject words (a score of 4) that point away from every goal the cue names. */
function overrules(top: LexiconHit | undefined, cue: Cue): boolean {
  return Boolean(top && top.score >= 4 && !namesGoal(cue, top.goal));
}

/**
 * The last strong cue of those governing a clause ending at `end`. A cue is
 * strong in its own sentence; in the sentences after it, the subject words may overrule it.
 */
function chosenCue(governing: Cue[], end: number, top: LexiconHit | undefined): Cue | undefined {
  for (let k = governing.length - 1; k >= 0; k--) {
    const cue = governing[k]!;
    if (!cue.weak && (end <= cue.sentenceEnd || !overrules(top, cue))) return cue;
  }
  return undefined;
}

/** The two best goals the subject words point to that the clause was not aligned to. */
function suggestionsFrom(hits: LexiconHit[], goals: GoalAlignment[]): Commitment["suggestions"] {
  const out: Commitment["suggestions"] = [];
  for (const h of hits) {
    if (out.length === 2) break;
    if (!goals.some((g) => g.name === h.goal.name)) out.push({ name: h.goal.name, confidence: 0.3 });
  }
  return out;
}

/** One alignment per goal the cue names. */
function alignByCue(cue: Cue, confidence: number): GoalAlignment[] {
  return cue.goals.map((g) => ({
    name: g.name,
    confidence,
    cue: { kind: cue.kind, text: cue.text, span: cue.span },
  }));
}

const ENUMERATOR = /^(?:[一二三四五六七八九十]+[是要]|（[一二三四五六七八九十]+）)/;

export function alignCommitments(
  doc: DocModel,
  framework: Framework | null,
  commitments: Commitment[],
  strategies: Strategy[] = [],
): void {
  if (!framework || !framework.goals.length) return;
  const { lexicon, names } = goalWordsFor(framework);
  const cues = findCues(doc, framework.goals, names);
  const strategyWords = new StrategyWords(strategies);
  const sentenceAt = (at: number) => doc.sentences[pieceAt(doc.sentences, at)];

  // The subject words of the ；/。 segment around an offset, computed once per segment.
  const segmentCache = new Map<number, LexiconHit[]>();
  const segmentHits = (at: number) => {
    const [s0, e0] = segmentAround(doc.text, at);
    let hitsAt = segmentCache.get(s0);
    if (!hitsAt) {
      hitsAt = lexicon.hits(doc.text, s0, e0);
      segmentCache.set(s0, hitsAt);
    }
    return hitsAt;
  };
  // Cues are looked up by the paragraphs they reach.
  const cuesOf = new Map<number, Cue[]>();
  for (const cue of cues) {
    // A heading's reach runs over the paragraphs of its section.
    const first = pieceAt(doc.paragraphs, Math.min(cue.span[0], cue.scope[0]));
    let last = first;
    while (last + 1 < doc.paragraphs.length && doc.paragraphs[last + 1]!.start < cue.scope[1]) last++;
    for (let p = first; p <= last; p++) {
      const list = cuesOf.get(p);
      if (list) list.push(cue);
      else cuesOf.set(p, [cue]);
    }
  }
  // Paragraphs opened by an enumerator that names no goal (四是着力增进民生福祉) lie outside the framework.
  const outside = new Set<number>();
  // (A heading's cue may come in the sentence after it: （三）加快推进城镇化进程。围绕城镇带动战略，…)
  for (const s of doc.sentences) {
    if (!ENUMERATOR.test(s.text)) continue;
    const next = doc.sentences[s.index + 1];
    const until = next && next.paragraph === s.paragraph ? next.end : s.end;
    if (!(cuesOf.get(s.paragraph) ?? []).some((c) => c.span[0] >= s.start && c.span[0] < until))
      outside.add(s.paragraph);
  }
  for (const c of commitments) {
    const start = c.span[0];
    const end = c.span[1];
    const sentence = sentenceAt(start);
    if (sentence && outside.has(sentence.paragraph)) continue;
    const governing = governingCues(cuesOf.get(sentence?.paragraph ?? -1), start, end);
    const hits = lexicon.hits(doc.text, start, end);
    const chosen = chosenCue(governing, end, hits[0]);
    const weak = governing[governing.length - 1];
    let top = hits[0];
    let lexiconHits = hits;
    // 延伸产业链条 in a clause about food: generic words alone take the topic of their ；-segment.
    if (top && !top.specific && !weak) {
      const seg = segmentHits(start);
      if (seg[0]?.specific && seg[0].score >= 4) {
        top = seg[0];
        lexiconHits = [seg[0]];
      }
    }
    // Executing a named strategy serves no one goal unless a cue says which. (Asked only
    // when a cue or the subject words could align the clause: the answer changes nothing else.)
    const executesStrategy =
      Boolean(chosen || weak || (top && top.score >= 2)) && strategyWords.executes(doc.text, start, end);
    let goals: GoalAlignment[] = [];
    if (executesStrategy) {
      // Only a cue that ties the programme to exactly one goal aligns it.
      if (chosen && chosen.goals.length === 1) goals = alignByCue(chosen, 0.8);
    } else if (chosen) {
      goals = alignByCue(chosen, 0.9);
    } else if (top && top.score >= 2 && (!weak || (top.score >= 4 && !namesGoal(weak, top.goal)))) {
      for (const h of lexiconHits) {
        if (h.score !== top.score || h.last !== top.last) continue;
        goals.push({
          name: h.goal.name,
          confidence: 0.6,
          cue: { kind: "lexicon", text: h.word, span: [start, end] },
        });
      }
    } else if (weak) {
      goals = alignByCue(weak, 0.75);
    }
    c.goals = goals;
    c.suggestions = suggestionsFrom(hits, goals);
  }
}
