// Commitments: one clause-level action each, owned by the sentence's unit.
import type { DocModel } from "../document.ts";
import type { Commitment, Framework } from "../types.ts";
import { actionClauses } from "./clauses.ts";
import { WordSet } from "../text/wordset.ts";

/** The owner confidence of a commitment whose unit was guessed (see Commitment.confidence). */
export const GUESSED_OWNER_CONFIDENCE = 0.3;

export function extractCommitments(
  doc: DocModel,
  speakers: readonly string[] = [],
  framework: Framework | null = null,
): Commitment[] {
  const goalNames = framework ? new WordSet(goalWords(framework)) : null;
  const launch = framework?.source === "declared" && framework.span ? framework.span : null;
  const clauses = actionClauses(doc, speakers, goalNames, launch);
  const out: Commitment[] = [];
  for (const c of clauses) {
    const commitment: Commitment = {
      unit: c.sentence.unit,
      text: doc.original.slice(c.start, c.end),
      span: [c.start, c.end],
      goals: [],
      suggestions: [],
    };
    // (Set after the rest, as a spread of an object per clause did, so the JSON keeps its key order.)
    if (c.sentence.guessed) commitment.confidence = GUESSED_OWNER_CONFIDENCE;
    out.push(commitment);
  }
  return out;
}

/** The goals' names and aliases of two characters or more. */
function goalWords(framework: Framework): string[] {
  const out: string[] = [];
  for (const g of framework.goals) {
    if (g.name.length >= 2) out.push(g.name);
    for (const a of g.aliases) if (a.length >= 2) out.push(a);
  }
  return out;
}

/**
 * Drops clauses that only restate someone else's framework (打造“六个强市”,
 * 围绕打造“科创之城”): a district naming the city's goals is not acting on
 * an object of its own. The framework's own author launching it is an action.
 */
export function dropRestatements(
  commitments: Commitment[],
  framework: Framework | null,
  owner: string | null,
): Commitment[] {
  // Goals supplied by the user are the document's own plan: naming them is acting on them.
  if (!framework || framework.source === "supplied") return commitments;
  const names = goalWords(framework);
  if (framework.name.length >= 2) names.unshift(framework.name);
  names.sort((a, b) => b.length - a.length);
  // Most clauses name no goal: one scan for any name sets them aside.
  const anyName = new WordSet(names);
  return commitments.filter((c) => {
    if (owner && c.unit === owner) return true;
    let rest = JOINERS.test(c.text) ? c.text.replace(JOINERS_ALL, "") : c.text;
    if (!anyName.has(rest)) return true;
    let named = false;
    for (const n of names) {
      if (rest.includes(n)) {
        named = true;
        rest = rest.replaceAll(n, "");
      }
    }
    if (!named) return true;
    rest = rest.replace(/^[^将要]{0,8}(?:将|要)/, "").replace(RESTATING, "");
    return rest.length > 3;
  });
}

/** Marks dropped before looking for goal names, which they may split (“创新”引领之都). */
const JOINERS = /[“”‘’、，\s]/;
const JOINERS_ALL = new RegExp(JOINERS.source, "g");
// (紧紧围绕市委、市政府提出的…目标: the body that set the goals is named, nothing is acted on.)
const RESTATING =
  /(?:全力|着力|奋力|努力|加快|紧紧|全面|贯彻|落实|围绕|打造|建设|实现|在|中|上|为|和|与|及|目标|[省市](?:委|政府)|(?:提出|确定|确立|部署)的|的)/g;

const SPACE = /\s/;
const SPACES = /\s+/g;

/** A clause stated twice in the same words (a lead, a summary, a repeated line) is one commitment: the first. */
export function dropRepeats(commitments: Commitment[]): Commitment[] {
  // The words seen per unit: a key joining unit and words was a new string to hash per clause.
  const seen = new Map<string, Set<string>>();
  return commitments.filter((c) => {
    const unit = `${c.unit}`;
    const words = SPACE.test(c.text) ? c.text.replace(SPACES, "") : c.text;
    let said = seen.get(unit);
    if (!said) seen.set(unit, (said = new Set()));
    if (said.has(words)) return false;
    said.add(words);
    return true;
  });
}
