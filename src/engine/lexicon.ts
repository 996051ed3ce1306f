// The engine's word lists, loaded from the JSON data files in lexicon/ at
// the repository root. They are data, not code: a new genre or region
// should need a new word here, not a new rule.
import people from "../../lexicon/people.json" with { type: "json" };
import surnames from "../../lexicon/surnames.json" with { type: "json" };

export const PEOPLE = people;
export const SURNAMES = surnames;

/** Longest first, so that an alternation prefers 党工委副书记 to 副书记. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function alternation(words: readonly string[]): string {
  return longestFirst(words).map(escapeRegExp).join("|");
}
