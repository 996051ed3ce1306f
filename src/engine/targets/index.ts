// Numeric targets and baselines. (Placeholder until the targets stage lands.)
import type { DocModel } from "../document.ts";
import type { Target } from "../types.ts";

export function extractTargets(_doc: DocModel): Target[] {
  return [];
}
