// A task's owner written on a line of its own, as a 整改 bulletin, a 督查通报 or a
// task list lays its items out:
//
//   1.工业园区低效用地较多。                      （一）环城快速路二期工程
//   下步措施：建立…挂钩机制，实行差别化政策。      牵头单位：市交通运输局 配合单位：…
//   责任单位：区工信局  整改时限：长期坚持        进展情况：…
//
// The line names the unit that carries the item out (the first it lists; the others only
// help), as a 重点项目表's 责任单位 column does: the item's sentences are that unit's, save
// one that names its own actor (区城管局年底前新增…). A line closes the item above it when
// the item has content above it; right under the item's heading it opens the item below.
// A meeting's decisions (会议议定：…) stay the meeting's: its 责任单位 only carries them out.
// (A （牵头单位：…） bracket closing a sentence of prose is not such a line: isAside.)
import layout from "../../../lexicon/layout.json" with { type: "json" };
import type { DocSentence } from "../document.ts";
import { alternation } from "../lexicon.ts";
import { isHeadingLine, type Paragraph } from "../text/segment.ts";
import { WordPositions } from "./word-positions.ts";

const OWNER_LINE = new RegExp(`^\\s*(?:${alternation(layout.ownerLines.labels)})\\s*[：:]\\s*(\\S)`);
const DECIDED = new RegExp(`^\\s*(?:${alternation(layout.ownerLines.decidedBy)})`);
/** A numbered item (1. / 2、/ （三）/ 三、): it opens an item. */
const NUMBERED =
  /^\s*(?:\d{1,2}(?:[.．、](?!\d))|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** The most paragraphs an item runs over, above or below its owner line. */
const REACH = 12;

/**
 * The unit an owner line names first (责任单位：区财政局（牵头），区公共资源交易中心 → 区财政局;
 * 牵头单位：市工业和信息化局（市数据局） → 市工业和信息化局), or null when the line is none.
 */
export function ownerOfLine(line: string): string | null {
  if (line.length > 80 || /[。！？]/.test(line)) return null;
  const m = OWNER_LINE.exec(line);
  return m ? firstUnitIn(line.slice(m.index + m[0].length - 1)) : null;
}

/**
 * The first unit a list of units names (区财政局（牵头），区公共资源交易中心 → 区财政局;
 * 市交通运输局、某港务集团 → 市交通运输局): up to the first 、，； or space outside brackets. A
 * trailing bracket is a note on the unit (（牵头）, another name); one inside names it
 * (各县（市、区）政府). Null when what is there does not look like a name.
 */
export function firstUnitIn(cell: string): string | null {
  let depth = 0;
  let end = 0;
  let bracketAt = -1;
  for (; end < cell.length; end++) {
    const c = cell[end]!;
    if (c === "（" || c === "(") {
      if (depth++ === 0) bracketAt = end;
    } else if (c === "）" || c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;\s]/.test(c)) break;
  }
  let name = cell.slice(0, end);
  if (bracketAt >= 0 && /[）)]$/.test(name)) name = cell.slice(0, bracketAt);
  return /^[\u4e00-\u9fa5（）()、]{2,24}$/.test(name) ? name : null;
}

/**
 * Where 单位 and 部门, the words every owner label holds, stand in a whole text, found once: the
 * paragraphs and sentences (slices of it, text.slice(start, end)) are tested by their offsets,
 * where two searches of each cost two calls into String.indexOf.
 */
export class LabelWords {
  private readonly units: WordPositions;
  private readonly departments: WordPositions;

  constructor(text: string) {
    this.units = new WordPositions(text, "单位");
    this.departments = new WordPositions(text, "部门");
  }

  /** True when text[start, end) holds 单位 or 部门. */
  within(start: number, end: number): boolean {
    return this.units.indexIn(start, end) >= 0 || this.departments.indexIn(start, end) >= 0;
  }
}

/**
 * The unit an owner field names when it stands as a sentence of its own inside an item's
 * paragraph, with the item's other fields after it (1.村级养老站建设。新建站点4个。责任单位：镇社会
 * 事务办；投资96万元；完成时限：2025年9月底。): the first unit it lists, or null.
 */
export function ownerOfField(sentence: string): string | null {
  if (!sentence.includes("单位") && !sentence.includes("部门")) return null;
  const m = OWNER_LINE.exec(sentence);
  return m && m.index === 0 ? firstUnitIn(sentence.slice(m[0].length - 1).replace(/[。；;]$/, "")) : null;
}

/**
 * Gives the sentences of a paragraph whose later sentence is its owner field (…。责任单位：X；
 * 投资…；完成时限：…。) to the unit it names, as an owner line of its own does for the item it
 * closes, save those that name their own actor; the field sentence is marked as fields (a record
 * that holds no action, but whose figures, the investment, are the item's). Returns the owners
 * with where the field names them.
 */
export function ownByOwnerFields(
  sents: DocSentence[],
  ownSubject: ReadonlySet<number>,
  labels?: LabelWords,
): { owner: string; at: number }[] {
  const found: { owner: string; at: number }[] = [];
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (s.furniture || sents[i - 1]!.paragraph !== s.paragraph) continue;
    if (labels && !labels.within(s.start, s.end)) continue;
    const owner = ownerOfField(s.text);
    if (!owner) continue;
    s.fields = true;
    found.push({ owner, at: s.start + s.text.indexOf(owner) });
    for (let k = i; k >= 0 && sents[k]!.paragraph === s.paragraph; k--) {
      if (!ownSubject.has(k)) sents[k]!.unit = owner;
    }
    for (let k = i + 1; k < sents.length && sents[k]!.paragraph === s.paragraph; k++) {
      if (!ownSubject.has(k)) sents[k]!.unit = owner;
    }
  }
  return found;
}

const headingsOf = new WeakMap<readonly Paragraph[], { owner: string; heading: Paragraph | null }[]>();
/** A heading's number (（一）, 一、, 1.) before the item it names. */
const HEADING_NUMBER =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*/;

/**
 * The items named by a heading right above their owner line ((一)环城快速路二期工程 / 牵头单位：X):
 * the heading, without its number, names the task the unit carries out, as a project table's
 * name cell does. Read from what ownByOwnerLines found in the same paragraphs.
 */
export function ownedHeadings(paras: readonly Paragraph[]): { owner: string; start: number; end: number }[] {
  const out: { owner: string; start: number; end: number }[] = [];
  for (const { owner, heading } of headingsOf.get(paras) ?? []) {
    if (!heading) continue;
    const number = HEADING_NUMBER.exec(heading.text);
    const start = heading.start + (number ? number[0].length : 0);
    if (heading.end - start >= 4) out.push({ owner, start, end: heading.end });
  }
  return out;
}

/**
 * Gives the sentences of every item an owner line closes or opens to the unit it names, and
 * marks the owner lines themselves as furniture. `ownSubject` holds the sentences that name
 * their own actor; they keep it.
 */
export function ownByOwnerLines(
  paras: readonly Paragraph[],
  sents: DocSentence[],
  ownSubject: ReadonlySet<number>,
  labels?: LabelWords,
): { owner: string; line: Paragraph; heading: Paragraph | null }[] {
  const found: { owner: string; line: Paragraph; heading: Paragraph | null }[] = [];
  headingsOf.set(paras, found);
  // (Most documents hold no such line: the labels' shared character is looked for first.)
  let lines: { at: number; owner: string }[] | null = null;
  for (const p of paras) {
    if (labels ? !labels.within(p.start, p.end) : !p.text.includes("单位") && !p.text.includes("部门"))
      continue;
    const owner = ownerOfLine(p.text);
    if (owner) (lines ??= []).push({ at: p.index, owner });
  }
  if (!lines) return found;
  const isLine = new Set(lines.map((l) => l.at));
  const opens = (p: Paragraph) => isHeadingLine(p.text) || NUMBERED.test(p.text);
  const items: { from: number; to: number; owner: string }[] = [];
  for (const { at, owner } of lines) {
    // Up to the item's opening (a heading or a numbered line), or the owner line before it.
    let from = at;
    while (from > 0 && at - from < REACH && !isLine.has(from - 1) && !opens(paras[from]!)) from--;
    const opening = paras[from]!;
    const closes = from < at - 1 || (from === at - 1 && !isHeadingLine(opening.text));
    let to = at;
    if (!closes) {
      while (to + 1 < paras.length && to + 1 - at <= REACH && !isLine.has(to + 1) && !opens(paras[to + 1]!))
        to++;
    }
    if (from === at && to === at) continue;
    // 会议议定：… — the meeting decided; the line only says who carries it out.
    let decided = false;
    for (let k = from; k <= to && !decided; k++) decided = DECIDED.test(paras[k]!.text);
    if (decided) continue;
    items.push({ from, to, owner });
    found.push({
      owner,
      line: paras[at]!,
      heading: from === at - 1 && isHeadingLine(opening.text) ? opening : null,
    });
  }
  if (!items.length) return found;
  const itemOf = new Map<number, { owner: string; at: number }>();
  for (const item of items) {
    for (let k = item.from; k <= item.to; k++) itemOf.set(k, { owner: item.owner, at: item.to });
  }
  for (const s of sents) {
    if (isLine.has(s.paragraph) && itemOf.has(s.paragraph)) {
      s.furniture = true;
      continue;
    }
    const item = itemOf.get(s.paragraph);
    if (!item || ownSubject.has(s.index)) continue;
    s.unit = item.owner;
  }
  return found;
}
