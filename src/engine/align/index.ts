// Aligns each commitment to the goals it serves: an explicit or lead-in cue
// decides where one governs the clause; otherwise the subject words do.
import type { DocModel } from "../document.ts";
import type { Commitment, Framework, GoalAlignment } from "../types.ts";
import { findCues } from "./cues.ts";
import { lexiconHits, profileGoals } from "./lexicon.ts";

const ENUMERATOR = /^(?:[一二三四五六七八九十]+是)/;

export function alignCommitments(
  doc: DocModel,
  framework: Framework | null,
  commitments: Commitment[],
): void {
  if (!framework || !framework.goals.length) return;
  const cues = findCues(doc, framework.goals);
  const profiles = profileGoals(framework.goals);
  // Paragraphs opened by an enumerator that names no goal (四是着力增进民生福祉) lie outside the framework.
  const outside = new Set<number>();
  for (const s of doc.sentences) {
    if (ENUMERATOR.test(s.text) && !cues.some((c) => c.span[0] >= s.start && c.span[0] < s.end))
      outside.add(s.paragraph);
  }
  for (const c of commitments) {
    const [start, end] = c.span;
    const sentence = doc.sentences.find((s) => s.start <= start && end <= s.end);
    if (sentence && outside.has(sentence.paragraph)) continue;
    const governing = cues.filter(
      (cue) =>
        (cue.scope[0] <= start && end <= cue.scope[1] + 1) || (cue.span[0] >= start && cue.span[1] <= end),
    );
    const strong = governing.filter((g) => !g.weak);
    const hits = lexiconHits(doc.text.slice(start, end), profiles);
    const chosen = strong.length ? strong[strong.length - 1]! : undefined;
    const goals: GoalAlignment[] = [];
    if (chosen) {
      for (const g of chosen.goals)
        goals.push({
          name: g.name,
          confidence: 0.9,
          cue: { kind: chosen.kind, text: chosen.text, span: chosen.span },
        });
    } else {
      const weak = governing[governing.length - 1];
      const top = hits[0];
      if (
        top &&
        (!weak || !weak.goals.some((g) => g === top.goal)) &&
        top.score >= 2 &&
        (!weak || top.score >= 4)
      ) {
        for (const h of hits.filter((h) => h.score === top.score)) {
          goals.push({
            name: h.goal.name,
            confidence: 0.6,
            cue: { kind: "lexicon", text: h.word, span: [start, end] },
          });
        }
      } else if (weak) {
        for (const g of weak.goals)
          goals.push({
            name: g.name,
            confidence: 0.75,
            cue: { kind: weak.kind, text: weak.text, span: weak.span },
          });
      }
    }
    c.goals = goals;
    c.suggestions = hits
      .filter((h) => !goals.some((g) => g.name === h.goal.name))
      .slice(0, 2)
      .map((h) => ({ name: h.goal.name, confidence: 0.3 }));
  }
}
