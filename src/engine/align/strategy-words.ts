// The labels and parts of one document's strategies, looked up in each
// clause: a clause that names a strategy's label, or two of its parts,
// executes that strategy.
import type { Strategy } from "../types.ts";
import { WordSet } from "../text/wordset.ts";

export class StrategyWords {
  private readonly words: WordSet;
  private readonly labels = new Set<string>();
  /** The strategies each part belongs to, once per time it is listed. */
  private readonly partOf = new Map<string, number[]>();

  constructor(strategies: Strategy[]) {
    strategies.forEach((s, i) => {
      this.labels.add(s.label);
      for (const p of s.parts) {
        const list = this.partOf.get(p);
        if (list) list.push(i);
        else this.partOf.set(p, [i]);
      }
    });
    this.words = new WordSet([...this.labels, ...this.partOf.keys()]);
  }

  /** True when the clause text[from, to) names a strategy's label, or two of its parts. */
  executes(text: string, from: number, to: number): boolean {
    let partsSeen: Map<number, number> | null = null;
    for (const hit of this.words.findEvery(text, from, to)) {
      if (this.labels.has(hit.word)) return true;
      for (const s of this.partOf.get(hit.word) ?? []) {
        partsSeen ??= new Map();
        const n = (partsSeen.get(s) ?? 0) + 1;
        if (n >= 2) return true;
        partsSeen.set(s, n);
      }
    }
    return false;
  }
}
