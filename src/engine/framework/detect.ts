// The framework a document declares: an enumeration of named goals after a
// verb ("打造A之都、B之都、C之都"), named by its count label when the text
// has one ("六个强市", "四个区"). Spatial layouts (一城两区三带) and a
// speaker's own programmes are strategies, not the framework.
import type { DocModel, DocSentence } from "../document.ts";
import type { Framework, Goal } from "../types.ts";
import { countsIn, countValue } from "./numerals.ts";
import { alternation } from "../lexicon.ts";
import strategyWords from "../../../lexicon/strategies.json" with { type: "json" };
import { matchesOf } from "../text/matches.ts";
import { explainedMembers, summedMembers } from "./explained.ts";
import { isPieceOfLayoutBefore } from "./sub-labels.ts";
import { systemGoals } from "./system.ts";

/** “三区”即A、B、C / 三区，即A、B、C: a piece of a layout, then its members. */
const PIECE_BEFORE = /[“‘]?([一二两三四五六七八九十双多]个?[\u4e00-\u9fa5]{1,3})[”’]?[，,]?(?:即|就是)$/;

/** 国家级先进制造业示范区 is named again as 先进制造业示范区. */
const QUALIFIER = new RegExp(`^(?:${alternation(strategyWords.goalQualifiers)})`);

export interface Enumeration {
  items: string[];
  /** Offsets of each item in the text. */
  starts: number[];
  start: number;
  end: number;
  suffix: string;
  sentence: DocSentence;
  /** The count label a spoken question asked about just before the list (“四大攻坚”。哪四个？就是…). */
  asked?: string;
}

/**
 * A count label, then a question asking which its members are, then the
 * list: 实施“四大攻坚”。哪四个？就是A、B、C、D. Spoken style puts the label
 * first; the question ties the list to it.
 */
const ASKED_LABEL =
  /[“‘]([一二两三四五六七八九十][^“”‘’，。]{1,8})[”’][。，！]?\s*(?:是|都是|到底是|究竟是)?哪(?:[一二两三四五六七八九十]+|几)?(?:个|大|项|条|件|些)?(?:呢)?[？?]\s*(?:就是|即|分别是|那就是|是)$/;
export function askedLabel(text: string, listStart: number): string | null {
  return ASKED_LABEL.exec(text.slice(Math.max(0, listStart - 30), listStart))?.[1] ?? null;
}

// Items hold no 和/与/及, which join the last one; the first may carry the subject and verb before it.
const ITEM = "(?:(?![和与及])[\\u4e00-\\u9fa5]){2,12}";
const FIRST = "[\\u4e00-\\u9fa5]{2,24}";
const ENUM_RE = new RegExp(`${FIRST}(?:、${ITEM}){1,}(?:(?:和|与|及)${ITEM})?`, "g");
// 打好/打赢: the verb of campaigns (打好A攻坚战、B攻坚战、C攻坚战).
const DECLARING_VERB = /(?:打造|建设|实施|启动|推进|构建|创建|开展|聚焦|打好|打赢|即|——|是)$/;
/** Everything up to the last verb that declares the list: 全区上下要着力打造 | 智能制造之都. */
const LEADING_VERB = /^.*(?:即|就是|打造|建设|实施|启动|推进|构建|创建|开展|打好|打赢)/;

const FIRST_LEADING_VERB = new RegExp(LEADING_VERB.source.replace(".*", ".*?"));

/**
 * The words up to the verb that declares a list, in its first item: the last verb, unless that
 * cuts the item far shorter than the others (集中实施项目建设攻坚、招商引资攻坚: 建设 is part of the
 * item, 实施 declares it), when the first verb is.
 */
function leadingVerb(raw: readonly string[]): RegExpExecArray | null {
  const last = LEADING_VERB.exec(raw[0]!);
  if (!last || raw.length < 3) return last;
  const shortest = Math.min(...raw.slice(1).map((r) => r.length));
  if (raw[0]!.length - last[0].length >= shortest - 2) return last;
  const first = FIRST_LEADING_VERB.exec(raw[0]!);
  return first && raw[0]!.length - first[0].length >= shortest - 2 ? first : last;
}

/** A count of a list's items said after it with no quotes: 三大战略, 三个方面, 四大板块. */
const COUNT_NOUN =
  "[一二两三四五六七八九十](?:大|个|项)(?:战略|目标|任务|行动|工程|定位|板块|产业|方面|领域)";
const COUNT_CLOSES_LIST = new RegExp(COUNT_NOUN);

function commonSuffix(items: string[]): string {
  let suffix = items[0] ?? "";
  for (const item of items) {
    while (suffix && !item.endsWith(suffix)) suffix = suffix.slice(1);
  }
  return suffix;
}

/**
 * ENUM_RE's matches in a sentence. A match of two items whose last is cut at
 * the longest an item may be (紧紧围绕市委、市政府提出的建设老工业基|地…) hides
 * a list starting inside it: the search goes on from that item, not after it.
 */
function enumMatches(slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  ENUM_RE.lastIndex = 0;
  for (let m = ENUM_RE.exec(slice); m; m = ENUM_RE.exec(slice)) {
    const end = m.index + m[0].length;
    const items = m[0].split(/[、和与及]/);
    const last = items[items.length - 1]!;
    if (items.length === 2 && last.length === 12 && /[\u4e00-\u9fa5]/.test(slice[end] ?? "")) {
      ENUM_RE.lastIndex = end - last.length;
      continue;
    }
    out.push(m);
  }
  ENUM_RE.lastIndex = 0;
  return out;
}

/** Enumerations of three or more items that share a suffix (之都, 之城, 行动, 区). */
export function enumerations(doc: DocModel): Enumeration[] {
  return [...eachEnumeration(doc)];
}

/** The enumerations in text order, found one at a time: a framework is declared early, and the search stops there. */
function* eachEnumeration(doc: DocModel): Generator<Enumeration> {
  for (const s of doc.sentences) {
    // Three items need two 、, or one 、 and a 和/与/及.
    const first = s.text.indexOf("、");
    if (first < 0 || (s.text.indexOf("、", first + 1) < 0 && !/[和与及]/.test(s.text))) continue;
    const slice = doc.text.slice(s.start, s.end);
    for (const m of enumMatches(slice)) {
      const start = s.start + m.index;
      let raw = m[0].split(/、/);
      const tail = raw.pop()!;
      raw.push(...tail.split(/和|与|及/));
      // 建设A、B、C的“三个城市”: the 的 that ties a list to its label is not part of the last item.
      if (raw[raw.length - 1]!.endsWith("的") && /^[“‘]/.test(slice.slice(m.index + m[0].length))) {
        raw[raw.length - 1] = raw[raw.length - 1]!.slice(0, -1);
      }
      // 在A、B、C三个方面攻坚突破: an unquoted list closed by a count of its items ends before the count.
      let end = start + m[0].length;
      const closing = COUNT_CLOSES_LIST.exec(raw[raw.length - 1]!);
      if (closing && closing.index >= 2) {
        end -= raw[raw.length - 1]!.length - closing.index;
        raw[raw.length - 1] = raw[raw.length - 1]!.slice(0, closing.index);
      }
      let offset = start;
      const starts: number[] = [];
      for (const r of raw) {
        starts.push(offset);
        offset += r.length + 1;
      }
      // The first item may carry the verb that declares the list: 打造科创引领之城.
      const lead = leadingVerb(raw);
      // “三带”，就是…: the parts of a layout, not a list of goals (unless a question asked for them).
      const asked = lead ? askedLabel(doc.text, start + lead[0].length) : null;
      if (lead?.[0].includes("就是") && !(asked && countsItems(asked, raw))) continue;
      // “开工一批、投产一批、储备一批”: a quoted list is one programme's slogan, unless a label
      // that counts it follows (“A、B、C”三大战略, “A、B和C”的“两区一城”定位).
      const label = labelAfter(doc.text, end);
      if (doc.text[start - 1] === "“" && doc.text[end] === "”" && !label) continue;
      if (lead && lead[0]) {
        raw = [raw[0]!.slice(lead[0].length), ...raw.slice(1)];
        starts[0] = starts[0]! + lead[0].length;
      }
      if (raw.length < 3) continue;
      // Without a verb inside, the first item is as long as the others at most.
      if (!lead?.[0]) {
        const longest = Math.max(...raw.slice(1).map((r) => r.length));
        if (raw[0]!.length > longest + 2) {
          const cut = raw[0]!.length - longest;
          raw[0] = raw[0]!.slice(cut);
          starts[0] = starts[0]! + cut;
        }
      }
      const suffix = commonSuffix(raw);
      // Goals without a shared ending (强市、名城、高地、家园) are kept only when a count label names the list;
      // a label after the list that counts it (“A区、B区和C城”的“两区一城”) lets its goals be long.
      const counted = label !== null && countsItems(label.label, raw);
      if (!suffix && !counted && raw.some((r) => r.length < 3 || r.length > 10)) continue;
      if (raw.some((r) => r.length - suffix.length < 2)) continue;
      const asks = asked && countsItems(asked, raw) ? { asked } : {};
      yield { items: raw, starts, start: starts[0]!, end, suffix, sentence: s, ...asks };
    }
  }
}

const SHORT_QUOTED = /[“‘]([^”’“‘]{2,10})[”’]/g;
/** 纠正“四风”: a generic term with a count is nobody's label for a list. */
const GENERIC = new Set(strategyWords.genericTerms);
/** Endings of goals (高地, 枢纽), as against the places of a spatial layout (谷, 城, 带). */
const GOAL_ENDING = new RegExp(`(?:${alternation(strategyWords.goalEndings)})$`);

/** Quoted labels with a count: “六个强市”, “四个区”, “三大攻坚行动”. */
function countLabels(doc: DocModel): { label: string; at: number; counts: number[] }[] {
  const out: { label: string; at: number; counts: number[] }[] = [];
  for (const m of matchesOf(SHORT_QUOTED, doc.text)) {
    const label = m[1]!;
    if (!/^[一二两三四五六七八九十\d]/.test(label) || GENERIC.has(label)) continue;
    out.push({ label, at: m.index + 1, counts: countsIn(label) });
  }
  return out;
}

/** The one unit that owns every owned sentence, or null when there are several or none. */
function soleOwner(doc: DocModel): string | null {
  let owner: string | null = null;
  for (const s of doc.sentences) {
    // The title and byline lines above a speech are the author's furniture, not what it says.
    if (s.unit === null || s.furniture) continue;
    if (owner !== null && s.unit !== owner) return null;
    owner = s.unit;
  }
  return owner;
}

/**
 * Where the first role line stands (区长 王明 over what the district head says; a host's question
 * before the next guest answers): a line of page furniture after which the text passes to a unit
 * other than the author. A furniture line that leaves the text with the owner it had (a live text's
 * 09:33, a photo credit) is no role line.
 */
function roleLineStart(doc: DocModel, author: string | null): number {
  let owner: string | null = null;
  let line = Infinity;
  for (const s of doc.sentences) {
    if (s.unit === null) continue;
    if (s.furniture) {
      if (line === Infinity && !isAuthor(s.unit, author)) line = s.start;
      continue;
    }
    if (line !== Infinity && s.unit !== owner && !isAuthor(s.unit, author)) return line;
    line = Infinity;
    owner = s.unit;
  }
  return line;
}

/** The author named with or without its parent place (鹭屿市潮溪区 and 潮溪区 are one unit). */
function isAuthor(unit: string, author: string | null): boolean {
  return author !== null && (unit === author || (unit.length >= 3 && author.endsWith(unit)));
}

function isLayout(counts: number[]): boolean {
  return counts.length >= 2;
}

/**
 * A sentence another body owns, past the first role line: what it enumerates is that body's, not
 * the document's framework (before any role line the head and lead still speak for the author).
 */
function ownedByOther(s: DocSentence, author: string | null, firstRoleLine: number): boolean {
  return s.unit !== null && !isAuthor(s.unit, author) && s.start > firstRoleLine;
}

export function detectFramework(doc: DocModel, author: string | null): Framework | null {
  const labels = countLabels(doc);
  // A speech by one speaker (every owned sentence the same unit's) declares its framework itself.
  const firstRoleLine = soleOwner(doc) ? Infinity : roleLineStart(doc, author);
  for (const e of eachEnumeration(doc)) {
    const s = e.sentence;
    if (ownedByOther(s, author, firstRoleLine)) continue;
    if (e.asked) {
      return { name: e.asked, labelled: true, goals: goalsOf(e), span: [e.start, e.end], source: "declared" };
    }
    const before = doc.text.slice(Math.max(s.start, e.start - 12), e.start);
    const following = doc.text.slice(e.end, Math.min(s.end, e.end + 12));
    // “一核两翼三区”：…“三区”即A、B、C: the members of one piece of a layout (a strategy's parts).
    const piece = PIECE_BEFORE.exec(before);
    if (piece && isPieceOfLayoutBefore(doc.text, e.start - piece[0].length, piece[1]!)) continue;
    // Adjacent label: “四个区”，即…  /  …攻坚“三大攻坚行动”.
    const after = labelAfter(doc.text, e.end);
    if (after && countsItems(after.label, e.items)) {
      return {
        // A bare count (三大战略) names no list of its own: the list as written is its name.
        name: after.quoted ? after.label : doc.text.slice(e.start, e.end),
        labelled: true,
        goals: goalsOf(e),
        span: [e.start, e.end],
        source: "declared",
      };
    }
    // (A label past the end of the list's segment, …文明枫林；按照“一园两带”布局…, is another item's.)
    const near = labels.filter(
      (l) =>
        (Math.abs(l.at - e.start) < 20 || (l.at >= e.end && l.at - e.end <= 2)) &&
        !(l.at > e.end && /[；。]/.test(doc.text.slice(e.end, l.at))),
    );
    const adjacent = near.find((l) => !isLayout(l.counts) && l.counts[0] === e.items.length);
    const several = near.find((l) => isLayout(l.counts));
    if (several) {
      // “三地一枢纽”，即A高地、B高地、C高地和D枢纽: a label of several counts whose members are all goals
      // (not a layout's places) and match its letters in order names the framework.
      if (!countsItems(several.label, e.items) || !e.items.every((i) => GOAL_ENDING.test(i))) continue;
      return {
        name: several.label,
        labelled: true,
        goals: goalsOf(e),
        span: [e.start, e.end],
        source: "declared",
      };
    }
    const declared = DECLARING_VERB.test(before.replace(/[“”‘’，\s]+$/, "")) || /^[“‘]/.test(following);
    if (!declared && !adjacent) continue;
    if (!e.suffix && !adjacent) continue;
    // A sub-label of a layout (“三带”，就是…) is part of a strategy.
    if (/就是/.test(before)) continue;
    const named =
      adjacent ??
      labels.find(
        (l) => !isLayout(l.counts) && l.counts[0] === e.items.length && countValue(l.label[0]!) !== null,
      );
    if (!named && s.unit !== null && s.unit !== author) continue;
    const goals = goalsOf(e);
    return {
      name: named?.label ?? `${e.items.length}项目标`,
      labelled: Boolean(named),
      goals,
      span: [e.start, e.end],
      source: "declared",
    };
  }
  return (
    explainedFramework(doc, labels, author, firstRoleLine) ??
    systemFramework(doc, labels, author, firstRoleLine)
  );
}

/** 构建“一主两辅”现代产业体系：“一主”即A，“两辅”即B、C: a system of several counts whose pieces are explained. */
function systemFramework(
  doc: DocModel,
  labels: { label: string; at: number; counts: number[] }[],
  author: string | null,
  firstRoleLine: number,
): Framework | null {
  for (const l of labels) {
    if (!isLayout(l.counts)) continue;
    const s = doc.sentences.find((x) => x.end > l.at);
    if (!s || ownedByOther(s, author, firstRoleLine)) continue;
    const stop = doc.text.indexOf("。", l.at);
    const goals = systemGoals(
      doc.text,
      l.label,
      l.at,
      stop < 0 ? doc.text.length : Math.min(stop, l.at + 200),
    );
    if (goals)
      return {
        name: l.label,
        labelled: true,
        goals,
        span: [l.at, l.at + l.label.length],
        source: "declared",
      };
  }
  return null;
}

/** “四个县” said alone, its members explained after it one by one (第一个是工业强县，就是…). */
function explainedFramework(
  doc: DocModel,
  labels: { label: string; at: number; counts: number[] }[],
  author: string | null,
  firstRoleLine: number,
): Framework | null {
  for (const l of labels) {
    if (isLayout(l.counts)) continue;
    const s = doc.sentences.find((x) => x.end > l.at);
    if (s && ownedByOther(s, author, firstRoleLine)) continue;
    const members = explainedMembers(doc.text, l.label, l.at + l.label.length) ?? summedUp(doc, s, l.label);
    if (!members) continue;
    const suffix = commonSuffix(members.map((m) => m.name));
    return {
      name: l.label,
      labelled: true,
      goals: members.map((m, i) => ({
        id: `g${i + 1}`,
        name: m.name,
        aliases: [
          ...new Set([...aliasesOf(m.name, suffix), ...("heading" in m ? [m.heading as string] : [])]),
        ],
        span: [m.start, m.start + m.name.length],
      })),
      span: [l.at, l.at + l.label.length],
      source: "declared",
    };
  }
  return null;
}

/** The numbered headings of the section a summing-up sentence (以上四个方面…即“四镇同建”) closes. */
function summedUp(doc: DocModel, s: DocSentence | undefined, label: string) {
  // Cheap test first: the sentence opens with 以上/上述/这.
  if (!s || !"以上这".includes(doc.text[s.start]!)) return null;
  const before: { text: string; start: number }[] = [];
  for (let i = s.index - 1; i >= 0 && doc.sentences[i]!.section === s.section; i--) {
    const x = doc.sentences[i]!;
    before.unshift({ text: doc.text.slice(x.start, x.end), start: x.start });
  }
  return summedMembers(label, doc.text.slice(s.start, s.end), before);
}

/** Short names a goal goes by: 科创引领之城 → 科创引领; 制造业提能行动 → 制造业提能. */
export function aliasesOf(name: string, suffix: string): string[] {
  const out: string[] = [];
  const strip = suffix.length <= 3 ? suffix : "";
  for (const s of [strip, "之都", "之城", "行动", "攻坚"]) {
    if (s && name.endsWith(s) && name.length - s.length >= 2) out.push(name.slice(0, -s.length));
  }
  // 工业项目攻坚战 is named again as 工业项目攻坚.
  if (name.endsWith("攻坚战") && name.length >= 5) out.push(name.slice(0, -1));
  const qualifier = QUALIFIER.exec(name);
  if (qualifier && name.length - qualifier[0].length >= 4) out.push(name.slice(qualifier[0].length));
  return [...new Set(out)].filter((a) => a !== name);
}

function goalsOf(e: Enumeration): Goal[] {
  return e.items.map((item, i) => ({
    id: `g${i + 1}`,
    name: item,
    aliases: aliasesOf(item, e.suffix),
    span: [e.starts[i]!, e.starts[i]! + item.length],
  }));
}

/**
 * A count label written right after a list, naming it: “A、B、C”三大战略,
 * “A、B和C”的“两区一城”定位, “A、B、C和D”的全新“三区一城”城市定位.
 */
const QUOTED_LABEL_AFTER = /^[”’]?(?:的)?(?:全新|崭新)?(?:的)?[“‘]([^”’“‘，。]{2,10})[”’]/;
const BARE_LABEL_AFTER = new RegExp(`^[”’]?(?:的)?(${COUNT_NOUN})`);
export function labelAfter(text: string, end: number): { label: string; quoted: boolean } | null {
  const window = text.slice(end, end + 20);
  const q = QUOTED_LABEL_AFTER.exec(window);
  const m = q ?? BARE_LABEL_AFTER.exec(window);
  return m && /^[一二两三四五六七八九十双\d]/.test(m[1]!) ? { label: m[1]!, quoted: Boolean(q) } : null;
}

const COUNT_AND_HEAD = /(\d+|[一二两三四五六七八九十双]+)([^\d一二两三四五六七八九十双]*)/g;

/**
 * True when a label counts the items: 三大战略 three of them; 两区一城 two
 * ending in 区 then one ending in 城, in order (a layout's label is read the
 * same way, so only a list whose endings match its letters passes).
 */
export function countsItems(label: string, items: readonly string[]): boolean {
  const groups = matchesOf(COUNT_AND_HEAD, label);
  const counts = groups.map((g) => countValue(g[1]!));
  if (counts.some((c) => c === null)) return false;
  if (groups.length === 1) return counts[0] === items.length;
  if (counts.reduce((a, b) => a! + b!, 0) !== items.length) return false;
  let i = 0;
  for (const [k, g] of groups.entries()) {
    const letter = g[2]!.slice(0, 1);
    // The head may be the ending's first letter (两区一城: A区) or the whole ending (一枢纽: A枢纽).
    const head = g[2]!;
    for (let n = 0; n < counts[k]!; n++, i++) {
      if (!letter || !(items[i]!.endsWith(letter) || items[i]!.endsWith(head))) return false;
    }
  }
  return true;
}
