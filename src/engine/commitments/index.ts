// Commitments: one clause-level action each, owned by the sentence's unit.
import type { DocModel } from "../document.ts";
import type { Commitment } from "../types.ts";
import { actionClauses } from "./clauses.ts";

export function extractCommitments(doc: DocModel, speakers: readonly string[] = []): Commitment[] {
  return actionClauses(doc, speakers).map((c) => ({
    unit: c.sentence.unit,
    text: doc.original.slice(c.start, c.end),
    span: [c.start, c.end],
    goals: [],
    suggestions: [],
  }));
}
