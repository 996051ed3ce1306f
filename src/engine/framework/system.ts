// A framework declared as a system whose pieces are explained one by one:
// 构建“一主两辅”现代产业体系：“一主”即A，“两辅”即B、C. The label counts
// several groups like a spatial layout (一核两翼), but the noun after it names
// a system of sectors (lexicon strategies.json systemNouns: 体系), not a map,
// and the text explains each piece: its members are the plan's goals.
import type { Goal } from "../types.ts";
import { alternation } from "../lexicon.ts";
import strategyWords from "../../../lexicon/strategies.json" with { type: "json" };
import { countValue } from "./numerals.ts";
import { subLabelMembers, subLabelsOf } from "./sub-labels.ts";

/** The verb that declares the system, right before the label's opening quote. */
const DECLARED_BY = /(?:构建|打造|建设|形成|构筑|做强|发展|完善)[“‘]$/;
/** After the closing quote: a few qualifiers, then the system noun (现代产业体系). */
const SYSTEM_AFTER = new RegExp(`^[”’][\\u4e00-\\u9fa5]{0,6}?(?:${alternation(strategyWords.systemNouns)})`);

export interface SystemFramework {
  goals: Goal[];
}

/**
 * The goals of a system label quoted at `at` (the label's first character), its
 * members the pieces explained in the rest of the sentence (up to `sentenceEnd`);
 * null unless the label is declared by a verb, followed by a system noun, and every
 * piece is explained with the right number of members.
 */
export function systemGoals(text: string, label: string, at: number, sentenceEnd: number): Goal[] | null {
  const end = at + label.length;
  if (!DECLARED_BY.test(text.slice(Math.max(0, at - 3), at))) return null;
  const after = SYSTEM_AFTER.exec(text.slice(end, end + 10));
  if (!after) return null;
  const sub = subLabelsOf(label);
  if (!sub || sub.open || sub.heads.length === 0) return null;
  const windowStart = end + after[0].length;
  const window = text.slice(windowStart, Math.max(windowStart, sentenceEnd));
  const members = subLabelMembers(window, label, sub);
  if (!members) return null;
  // A piece that counts one member (一主) is that member's other name.
  const aliases: string[][] = members.map(() => []);
  let i = 0;
  for (const key of sub.keys) {
    const n = countValue(key[0]!) ?? 0;
    if (n === 1 && i < members.length) aliases[i]!.push(key);
    i += n;
  }
  return members.map((name, k) => {
    const start = text.indexOf(name, windowStart);
    return { id: `g${k + 1}`, name, aliases: aliases[k]!, span: [start, start + name.length] };
  });
}
