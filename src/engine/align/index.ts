// Aligns each commitment to the goals it serves: an explicit or lead-in cue
// decides where one governs the clause; otherwise the subject words do.
import type { DocModel } from "../document.ts";
import type { Commitment, Framework, GoalAlignment, Strategy } from "../types.ts";
import { findCues, type Cue } from "./cues.ts";
import { GoalLexicon, profileGoals } from "./lexicon.ts";
import { WordSet } from "../text/wordset.ts";
import { pieceAt } from "../text/segment.ts";

// Building a goal lexicon costs more than using it; documents of one plan share a framework.
const LEXICONS = new Map<string, GoalLexicon>();
function lexiconFor(framework: Framework): GoalLexicon {
  const key = JSON.stringify(framework.goals.map((g) => [g.name, g.aliases, g.subjects ?? []]));
  let lexicon = LEXICONS.get(key);
  if (!lexicon) {
    if (LEXICONS.size >= 64) LEXICONS.delete(LEXICONS.keys().next().value!);
    lexicon = new GoalLexicon(profileGoals(framework.goals));
    LEXICONS.set(key, lexicon);
  }
  return lexicon;
}

/** Labels and parts of the document's strategies, looked up in one pass over a clause. */
class StrategyWords {
  private readonly words: WordSet;
  private readonly labels = new Set<string>();
  private readonly partOf = new Map<string, number[]>();
  constructor(strategies: Strategy[]) {
    strategies.forEach((s, i) => {
      this.labels.add(s.label);
      for (const p of s.parts) this.partOf.set(p, [...(this.partOf.get(p) ?? []), i]);
    });
    this.words = new WordSet([...this.labels, ...this.partOf.keys()]);
  }
  /** True when the clause names a strategy's label, or two of its parts. */
  executes(text: string): boolean {
    const parts = new Map<number, number>();
    for (const h of this.words.findEvery(text)) {
      if (this.labels.has(h.word)) return true;
      for (const i of this.partOf.get(h.word) ?? []) {
        const n = (parts.get(i) ?? 0) + 1;
        if (n >= 2) return true;
        parts.set(i, n);
      }
    }
    return false;
  }
}

const ENUMERATOR = /^(?:[一二三四五六七八九十]+[是要]|（[一二三四五六七八九十]+）)/;

export function alignCommitments(
  doc: DocModel,
  framework: Framework | null,
  commitments: Commitment[],
  strategies: Strategy[] = [],
): void {
  if (!framework || !framework.goals.length) return;
  const cues = findCues(doc, framework.goals);
  const lexicon = lexiconFor(framework);
  const strategyWords = new StrategyWords(strategies);
  const sentenceAt = (at: number) => doc.sentences[pieceAt(doc.sentences, at)];

  // The subject words of the ；/。 segment around an offset, computed once per segment.
  const segmentCache = new Map<number, ReturnType<GoalLexicon["hits"]>>();
  const segmentHits = (at: number) => {
    let s0 = at;
    while (s0 > 0 && !/[；。！？\n]/.test(doc.text[s0 - 1]!)) s0--;
    let hitsAt = segmentCache.get(s0);
    if (!hitsAt) {
      let e0 = at;
      while (e0 < doc.text.length && !/[；。！？\n]/.test(doc.text[e0]!)) e0++;
      hitsAt = lexicon.hits(doc.text.slice(s0, e0));
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
    for (let p = first; p <= last; p++) cuesOf.set(p, [...(cuesOf.get(p) ?? []), cue]);
  }
  // Paragraphs opened by an enumerator that names no goal (四是着力增进民生福祉) lie outside the framework.
  const outside = new Set<number>();
  for (const s of doc.sentences) {
    if (!ENUMERATOR.test(s.text)) continue;
    if (!(cuesOf.get(s.paragraph) ?? []).some((c) => c.span[0] >= s.start && c.span[0] < s.end))
      outside.add(s.paragraph);
  }
  for (const c of commitments) {
    const [start, end] = c.span;
    const sentence = sentenceAt(start);
    if (sentence && outside.has(sentence.paragraph)) continue;
    const governing = (cuesOf.get(sentence?.paragraph ?? -1) ?? []).filter(
      (cue) =>
        (cue.scope[0] <= start && end <= cue.scope[1] + 1) || (cue.span[0] >= start && cue.span[1] <= end),
    );
    const text = doc.text.slice(start, end);
    const hits = lexicon.hits(text);
    const overruled = (cue: Cue) => {
      const top = hits[0];
      return Boolean(top && top.score >= 4 && !cue.goals.includes(top.goal));
    };
    // A cue is strong in its own sentence; in the sentences after it, the subject words may overrule it.
    const strong = governing.filter((g) => !g.weak && (end <= g.sentenceEnd || !overruled(g)));
    // Executing a named strategy serves no one goal unless a cue says which.
    const executesStrategy = strategyWords.executes(text);
    const chosen = strong.length ? strong[strong.length - 1]! : undefined;
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
    const goals: GoalAlignment[] = [];
    const fromCue = (cue: Cue, confidence: number) => {
      for (const g of cue.goals) {
        goals.push({ name: g.name, confidence, cue: { kind: cue.kind, text: cue.text, span: cue.span } });
      }
    };
    if (executesStrategy) {
      // Only a cue that ties the programme to exactly one goal aligns it.
      if (chosen && chosen.goals.length === 1) fromCue(chosen, 0.8);
    } else if (chosen) {
      fromCue(chosen, 0.9);
    } else if (top && top.score >= 2 && (!weak || (top.score >= 4 && !weak.goals.includes(top.goal)))) {
      for (const h of lexiconHits.filter((h) => h.score === top.score && h.last === top.last)) {
        goals.push({
          name: h.goal.name,
          confidence: 0.6,
          cue: { kind: "lexicon", text: h.word, span: [start, end] },
        });
      }
    } else if (weak) {
      fromCue(weak, 0.75);
    }
    c.goals = goals;
    c.suggestions = hits
      .filter((h) => !goals.some((g) => g.name === h.goal.name))
      .slice(0, 2)
      .map((h) => ({ name: h.goal.name, confidence: 0.3 }));
  }
}
