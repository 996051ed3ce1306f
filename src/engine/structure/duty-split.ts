// A plan's closing section that shares its tasks out among units:
//
//   三、攻坚任务                          六、责任分工
//   （一）项目建设攻坚                    1.项目建设攻坚：经济发展局牵头，规划建设局配合。
//   1.全面推行…审批模式。                 2.招商引资攻坚：投资促进局牵头，各园区配合。
//
// Each line names a task the plan set out under a heading of its own and the unit that leads
// it (the first named before 牵头; the helpers only help); the measures under that heading are
// that unit's, as a 牵头单位 line of its own gives its item to its unit (owner-lines.ts), save a
// sentence that names its own actor. The lines themselves are no one's action.
import layout from "../../../lexicon/layout.json" with { type: "json" };
import type { DocSentence, Section } from "../document.ts";
import { alternation } from "../lexicon.ts";
import type { Paragraph } from "../text/segment.ts";
import { firstUnitIn, ownerOfLine } from "./owner-lines.ts";

const NUMBER =
  /^\s*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*/;
const DUTY_HEADING = new RegExp(`^(?:${alternation(layout.dutySplit.headings)})$`);
/** 项目建设攻坚：经济发展局牵头，… — the task, then its lead unit (or units) before a lead word. */
const DUTY_LINE = new RegExp(
  `^([^：:，。；]{2,24})[：:]\\s*([\\u4e00-\\u9fa5（）()、]{2,60}?)(?:${alternation(layout.dutySplit.leads)})(?:[，,；;。]|$)`,
);

/** A heading's level: 一、 is 1, （一） is 2, 1. is 3; 0 for none. */
function levelOf(heading: string): number {
  const m = NUMBER.exec(heading);
  if (!m) return 0;
  const n = m[0].trim();
  return /^[（(]/.test(n) ? 2 : /^\d/.test(n) ? 3 : 1;
}

/** A heading's words without its number and closing stop. */
const bare = (heading: string) =>
  heading
    .replace(NUMBER, "")
    .replace(/[。：:]$/, "")
    .trim();

/** The task and lead unit a duty line names (1.项目建设攻坚：经济发展局牵头，… → both), or null. */
export function dutyLine(line: string): { task: string; owner: string } | null {
  const text = line.replace(NUMBER, "");
  const m = DUTY_LINE.exec(text);
  if (m) {
    const owner = firstUnitIn(m[2]!);
    return owner ? { task: m[1]!.trim(), owner } : null;
  }
  // 1.项目建设攻坚：牵头单位：经济发展局；配合单位：…
  const colon = text.search(/[：:]/);
  if (colon < 2 || colon > 24) return null;
  const owner = ownerOfLine(text.slice(colon + 1).replace(/。$/, ""));
  return owner ? { task: text.slice(0, colon).trim(), owner } : null;
}

/**
 * Gives the sentences under each task heading that the duty section names to the task's lead
 * unit, and marks the duty lines as furniture. `ownSubject` holds the sentences that name their
 * own actor; they keep it. Returns the owners found, with where each is named.
 */
export function ownByDutySplit(
  paras: readonly Paragraph[],
  sections: readonly Section[],
  sents: DocSentence[],
  ownSubject: ReadonlySet<number>,
): { owner: string; at: number }[] {
  const found: { owner: string; at: number }[] = [];
  // (Most documents hold no such section: its heading's words are looked for first.)
  let lines: { task: string; owner: string; paragraph: number }[] | null = null;
  for (let s = 0; s < sections.length; s++) {
    const heading = sections[s]!.heading;
    if (!heading || !heading.includes("分工") || !DUTY_HEADING.test(bare(heading))) continue;
    const { start, end } = sections[s]!;
    for (const p of paras) {
      if (p.start <= start || p.start >= end) continue;
      const line = dutyLine(p.text);
      if (!line) continue;
      (lines ??= []).push({ ...line, paragraph: p.index });
      found.push({ owner: line.owner, at: p.start + p.text.indexOf(line.owner) });
    }
  }
  if (!lines) return found;
  // Each section under a task's heading (and the sections below its level) is the task's.
  const ownerOfSection = new Map<number, string>();
  for (let s = 0; s < sections.length; s++) {
    const heading = sections[s]!.heading;
    if (!heading) continue;
    const words = bare(heading);
    const line = lines.find((l) => l.task === words || (words.length >= 4 && l.task.startsWith(words)));
    if (!line) continue;
    const level = levelOf(heading);
    ownerOfSection.set(s, line.owner);
    for (let k = s + 1; k < sections.length; k++) {
      const below = levelOf(sections[k]!.heading ?? "");
      if (!below || below <= level) break;
      ownerOfSection.set(k, line.owner);
    }
  }
  const isLine = new Set(lines.map((l) => l.paragraph));
  for (const s of sents) {
    if (isLine.has(s.paragraph)) {
      s.furniture = true;
      continue;
    }
    const owner = ownerOfSection.get(s.section);
    if (owner && !s.furniture && !ownSubject.has(s.index)) s.unit = owner;
  }
  return found;
}
