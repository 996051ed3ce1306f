// A framework declared by its count label alone (奋力建设“四个县”) whose
// members a speech then explains one by one: 第一个是工业强县，就是……
// 第二个是现代农业大县，就是…… No list follows the label, so the
// enumeration search finds nothing; the ordinals name the goals instead.
import { countValue } from "./numerals.ts";
import { matchesOf } from "../text/matches.ts";

export interface ExplainedMember {
  name: string;
  start: number;
}

/** How far after the label its members are looked for: a speech explains it within a few paragraphs. */
const REACH = 1500;

/** 四个县 → 4 and 县; 三大攻坚行动 → 3 and 攻坚行动. A layout (一城两区) has more than one count. */
const SINGLE_COUNT = /^([一二两三四五六七八九十]|\d)(?:个|大|项|张|条)?([\u4e00-\u9fa5]{1,6})$/;

/** 第一个是X，/ 第二是X。/ 第三，X就是: an ordinal, then a member ended by a pause or 就是. */
const ORDINAL =
  /第([一二三四五六七八九十])(?:个|项|张|条|大)?(?:就是|是|，|、)([\u4e00-\u9fa5]{2,12}?)(?=[，,。；：:]|就是|即)/g;

/**
 * The members a label's ordinals name after `from` (where the label ends), in
 * order 1…n, each ending in the label's head (县 for 四个县); null unless all n are there.
 */
export function explainedMembers(text: string, label: string, from: number): ExplainedMember[] | null {
  const m = SINGLE_COUNT.exec(label);
  if (!m) return null;
  const n = countValue(m[1]!);
  if (n === null || n < 2 || n > 9) return null;
  const headEnd = m[2]!.slice(-1);
  const listed = membersOnNextLine(text, from, n, headEnd);
  if (listed) return listed;
  const window = text.slice(from, from + REACH);
  if (!window.includes("第一")) return null;
  const out: ExplainedMember[] = [];
  for (const o of matchesOf(ORDINAL, window)) {
    const k = countValue(o[1]!);
    if (k !== out.length + 1) {
      if (out.length) break;
      continue;
    }
    const name = o[2]!;
    if (!name.endsWith(headEnd) || name === label) return null;
    out.push({ name, start: from + o.index + o[0].length - name.length });
    if (out.length === n) return out;
  }
  return null;
}

/** Arrows that chain the members of an infographic's line (A → B → C). */
const ARROW = /\s*(?:→|➡|⇒|->)\s*/;
const MEMBER = /^[\u4e00-\u9fa5]{2,12}$/;

/**
 * “四个嶂川”, then on the line under it its members chained by arrows (创新嶂川 → 开放嶂川 → …):
 * an infographic lays the framework out so. All n members, each ending in the label's head.
 */
function membersOnNextLine(text: string, from: number, n: number, headEnd: string): ExplainedMember[] | null {
  const lineBreak = text.indexOf("\n", from);
  if (lineBreak < 0 || lineBreak - from > 2) return null;
  const next = text.indexOf("\n", lineBreak + 1);
  const lineEnd = next < 0 ? text.length : next;
  const line = text.slice(lineBreak + 1, lineEnd);
  if (!ARROW.test(line)) return null;
  const out: ExplainedMember[] = [];
  let at = lineBreak + 1;
  for (const piece of line.split(ARROW)) {
    const name = piece.trim();
    const start = text.indexOf(name, at);
    if (!MEMBER.test(name) || !name.endsWith(headEnd) || start < 0) return null;
    out.push({ name, start });
    at = start + name.length;
  }
  return out.length === n ? out : null;
}

/**
 * 以上四个方面，就是…总体思路，即“四镇同建”: a label written after the items it
 * counts, the items being the numbered headings just above the summing-up sentence
 * ((一)建设工业强镇。… (四)建设宜居美镇。). Opens with 以上/上述 and the count.
 */
const SUMMING_UP = /^(?:以上|上述|这)([一二两三四五六七八九十])(?:个|项|条)?(?:方面|部分|任务|重点)/;
/** A numbered heading sentence: （二）建设农业强镇。 / 二、打造文旅名镇。 */
const NUMBERED_HEADING =
  /^(?:（([一二三四五六七八九十])）|([一二三四五六七八九十])、)([\u4e00-\u9fa5]{2,12})[。：]?$/;
/** A heading's verb, left out of the goal's name (建设工业强镇 → 工业强镇). */
const HEADING_VERB = /^(?:建设|打造|建成|争创|创建|推进|构建)/;

export interface SummedMember extends ExplainedMember {
  /** The heading as written (建设工业强镇), an alias of the name. */
  heading: string;
}

/**
 * The members of `label` summed up by the sentence [sentenceStart, at): the n numbered
 * headings before it, among `before` (sentence texts with their starts, nearest last),
 * each ending in the label's head (镇 for 四镇同建); null unless all n are there.
 */
export function summedMembers(
  label: string,
  sentenceText: string,
  before: readonly { text: string; start: number }[],
): SummedMember[] | null {
  const sum = SUMMING_UP.exec(sentenceText);
  if (!sum) return null;
  const n = countValue(sum[1]!);
  const head = /^[一二两三四五六七八九十](?:个|大|项)?([\u4e00-\u9fa5])/.exec(label);
  if (n === null || n < 2 || !head || countValue(label[0]!) !== n) return null;
  const out: SummedMember[] = [];
  for (let i = before.length - 1; i >= 0 && out.length < n; i--) {
    const m = NUMBERED_HEADING.exec(before[i]!.text);
    if (!m) continue;
    if (countValue(m[1] ?? m[2]!) !== n - out.length) return null;
    const heading = m[3]!;
    const verb = HEADING_VERB.exec(heading);
    const name = verb && heading.length - verb[0].length >= 2 ? heading.slice(verb[0].length) : heading;
    if (!name.endsWith(head[1]!)) return null;
    out.unshift({ name, heading, start: before[i]!.start + before[i]!.text.indexOf(name) });
  }
  return out.length === n ? out : null;
}
