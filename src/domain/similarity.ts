// Text likeness for re-ingest: sentences to recognise a revised document, and
// character-bigram Dice similarity to match an item to its earlier version.
import { createHash } from "node:crypto";

/** Sentences of a text, whitespace removed so reflowed copies still match. */
export function sentences(text: string): string[] {
  return text
    .split(/[。！？!?；;\n]+/u)
    .map((s) => s.replace(/\s+/gu, ""))
    .filter((s) => s.length >= 6);
}

export function sentenceHashes(text: string): string[] {
  return [...new Set(sentences(text).map((s) => createHash("sha256").update(s).digest("hex").slice(0, 32)))];
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = s.replace(/[\s\p{P}]+/gu, "");
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams, 0 (nothing shared) to 1 (same). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

export const SAME_ITEM = 0.6;
export const REVISION_SHARE = 0.5;
