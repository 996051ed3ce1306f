// Named strategies: a unit's quoted or numbered programme ("1123",
// "五区五高地", "强存量、扩增量、建核心"), with its parts where the text
// enumerates them nearby. The framework a unit declares is also its strategy.
import type { DocModel, DocSentence } from "../document.ts";
import type { Framework, Strategy } from "../types.ts";
import { alternation } from "../lexicon.ts";
import { countsIn, countValue } from "../framework/numerals.ts";
import words from "../../../lexicon/strategies.json" with { type: "json" };
import actions from "../../../lexicon/actions.json" with { type: "json" };
import { matchesOf } from "../text/matches.ts";
import { labelAfter } from "../framework/detect.ts";
import { isPieceOfLayoutBefore, subLabelMembers, subLabelsOf } from "../framework/sub-labels.ts";
import { CharFinder, quotedLabels, quotesSideBySide } from "./scan.ts";

const GENERIC = new Set(words.genericTerms);
const PROGRAMME_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{0,5}?(?:${alternation(words.programmeNouns)})`);
const NOT_OWN_BEFORE = new RegExp(`(?:${alternation(words.notOwn)})(?:的)?[“‘]?$`);
const NOT_OWN_AFTER = new RegExp(`^(?:${alternation(words.notOwnAfter)})`);
/** 以“敢创新、勇争先”的工作状态: a slogan naming how to work, not a programme. */
const MANNER_AFTER = new RegExp(`^[”’]的(?:${alternation(words.mannerNouns)})`);
/** 让“马上就办、办就办好”成为全市的鲜明作风: a slogan made the manner of working. */
const BECOMES_MANNER = new RegExp(`^[”’]成为[^，。；]{0,14}?(?:${alternation(words.mannerNouns)})`);
const MANNER_BEFORE = /(?:以|弘扬|发扬|保持|拿出|展现|锤炼)[“‘][^，。；！？]*$/;
const PRACTICE_BEFORE = new RegExp(`(?:${alternation(words.practiceVerbs)})[“‘]$`);
/** 一企一策, 一村一品: one Y per X, a distributive policy formula (generic), not a layout of places. */
const DISTRIBUTIVE = new RegExp(`^一[\\u4e00-\\u9fa5]一(?:${alternation(words.perItemNouns)})$`);
/** 让市民“推窗见绿、出门入园”: what people are to enjoy, an outcome, not a programme. */
const OUTCOME_BEFORE = /(?:让|使)[\u4e00-\u9fa5]{0,4}[“‘]$/;
/** 总体目标是“冲刺千亿、跻身…”: a goal stated, not a programme. */
const GOAL_BEFORE = new RegExp(`(?:${alternation(words.goalStatementBefore)})[“‘]$`);
/** 门难进、脸难看: a list of complaints (X难Y, each hard to do), the problem a programme answers. */
const COMPLAINT = /难/;
/** 项目为王、实干为要: maxims (A为B), each part a statement, not a member of a programme. */
const MAXIM = /^[\u4e00-\u9fa5]{1,3}为[\u4e00-\u9fa5]{1,2}$/;
/** 争当全省高质量发展排头兵、…: an aspiration worded as rhetoric, not a programme. */
const ASPIRATION_START = new RegExp(`^(?:${alternation(actions.rhetoricStarts)})`);
const ASPIRATION_WORD = new RegExp(alternation(actions.rhetoricWords));
/** 1123, 1+4, 1+3+N (N: "and more"): a programme named by its counts alone. */
const DIGITS_ONLY = /^\d+(?:\+(?:\d+|[NnXx]))*$/;
const NUMBERED = /^[一二两三四五六七八九十双]/;
/** 一三二, 一二三四: a programme coded by the counts of its parts, one Chinese digit each (十 makes a number). */
const CHINESE_CODE = /^[一二两三四五六七八九]{2,6}$/;
/** The quoted list a code's digits count, right before it: “锁定一个目标，实施三大战略，打响两张名片”的“. */
const CODED_LIST_BEFORE = /[“‘]([^“”‘’]{6,80})[”’]的?(?:全新|崭新)?的?[“‘]$/;
const FIRST_COUNT =
  /[一二两三四五六七八九十]+(?=个|大|张|项|条|种|座|批|类|位|块|篇|场|支|区|城|园|带|核|廊|心)/;
const ENDS_AS_PROGRAMME = new RegExp(`(?:${alternation([...words.programmeNouns, ...words.countedNouns])})$`);
const COUNTED_AFTER = new RegExp(
  `^[\\u4e00-\\u9fa5]{0,5}?(?:${alternation([...words.programmeNouns, ...words.countedNouns])})`,
);
const LEADING_VERBS =
  /^(?:全力|着力|加快|深入|大力|积极|全面|统筹)*(?:推动|推进|建设|打造|实施|构建|发展|坚持)?/;
const ENDS_WITH_VERB = /(?:推动|推进|建设|打造|实施|构建|发展|坚持|聚焦|将|要)$/;
const MEASURED = /\d+\s*(?:条|个|家|分钟|万|亿|%|公里|年)/;
/** 四大主导产业, 三大攻坚行动: a numbered programme written without quotes. */
const UNQUOTED = /[一二三四五六七八九十两]大[\u4e00-\u9fa5]{0,4}?(?:产业|行动|工程|战略)/g;
const ENUM_BEFORE = /((?:[\u4e00-\u9fa5]{2,10}、)+[\u4e00-\u9fa5]{2,10})[”’]?(?:的)?[“‘]?$/;
const ENUM_AFTER =
  /^[\u4e00-\u9fa5]{0,6}?(?:[，,]?(?:即|就是)|——)((?:[\u4e00-\u9fa5]{2,12}[、和及与])+[\u4e00-\u9fa5]{2,12})/;
/** “1+N+X”…，即1个A、N个B、X个C: each member counted by the letter it stands for. */
const ENUM_AFTER_COUNTED =
  /^[\u4e00-\u9fa5]{0,6}?[，,]?(?:即|就是)((?:[\dA-Za-z]+个[\u4e00-\u9fa5]{2,12}[、和及与])+[\dA-Za-z]+个[\u4e00-\u9fa5]{2,12})/;
/** “一园”，就是杉湖现代农业产业园: a layout's sub-label explained. */
const SUB_LABEL_IS = /[“‘]([^”’]{1,6})[”’][，,]?就是([^。；]{2,80})/g;

/**
 * 打响“水韵柳岸”“柳岸好办”两张名片: quoted names side by side, closed by a
 * count of them and the noun they are (两张名片, 三大品牌) after a verb that
 * builds them, name a programme: the counted noun is its label, the names its parts.
 */
const QUOTED_COUNTED =
  /(?:打响|擦亮|叫响|打造|建设|实施|推进|做强|构建|培育|塑造)((?:[“‘][^“”‘’，。]{2,10}[”’][、和与及]?){2,6})([一二两三四五六七八九十])(?:张|个|大|项|块|座)[\u4e00-\u9fa5]{0,4}?(?:名片|品牌|中心|平台|高地|工程|行动|战略|板块|基地)/g;

interface Candidate {
  label: string;
  at: number;
  end: number;
  unit: string | null;
}

/** “强工、兴农、活商”三轮驱动 / 三项民生工程: the count of the quoted list's items said right after it. */
const COUNT_AFTER_QUOTE = /^[”’]的?([一二两三四五六七八九十])(?:项|轮|个|大|张|条|种)/;

function enumerationItems(doc: DocModel, c: Candidate): string[] | null {
  const { label } = c;
  if (!label.includes("、") || /[，。；！？]/.test(label)) return null;
  const items = label.split("、").map((s) => s.trim());
  if (items.length < 2 || items.some((i) => i.length < 2)) return null;
  // “秋林、会展、哈西”商圈: two-character names qualifying a noun are not a programme,
  // unless a count of them follows (“路畅、水清、灯明”三项民生工程).
  if (items.every((i) => i.length <= 2)) {
    const count = COUNT_AFTER_QUOTE.exec(doc.text.slice(c.end, c.end + 4));
    if (!count || countValue(count[1]!) !== items.length) return null;
  }
  return items;
}

const OF = 0x7684; // 的
const CLOSE_DOUBLE = 0x201d; // ”
const CLOSE_SINGLE = 0x2019; // ’

/** The 11 characters after a label's closing mark, without the marks and the 的 that open them. */
function wordsAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + 12);
  let from = end + 1;
  while (from < to && (text.charCodeAt(from) === CLOSE_DOUBLE || text.charCodeAt(from) === CLOSE_SINGLE))
    from++;
  if (from < to && text.charCodeAt(from) === OF) from++;
  return text.slice(from, to);
}

function isProgramme(doc: DocModel, c: Candidate, framework: Framework | null): boolean {
  const { label } = c;
  if (GENERIC.has(label) || DISTRIBUTIVE.test(label) || MEASURED.test(label)) return false;
  if (
    framework &&
    (label === framework.name || framework.goals.some((g) => g.name === label || g.aliases.includes(label)))
  ) {
    return false;
  }
  const before = doc.text.slice(Math.max(0, c.at - 8), c.at - 1);
  const after = wordsAfter(doc.text, c.end);
  if (NOT_OWN_BEFORE.test(before)) return false;
  // 开展“三比三看”活动，即A、B、C: a counted label whose members the unit itself lists after 即 is
  // its own programme, whatever noun (活动, 要求) follows the label.
  if (NOT_OWN_AFTER.test(after.startsWith("的") ? after.slice(1) : after) && !listedAfter(doc, c))
    return false;
  // (The 以 may open a series: 以“A”的状态、“B”的作风.) Both patterns start with a fixed word
  // after the closing mark (的, 成为), looked at first.
  if (
    doc.text.charCodeAt(c.end + 1) === OF &&
    MANNER_AFTER.test(doc.text.slice(c.end, c.end + 8)) &&
    MANNER_BEFORE.test(doc.text.slice(Math.max(0, c.at - 30), c.at))
  )
    return false;
  if (doc.text.startsWith("成为", c.end + 1) && BECOMES_MANNER.test(doc.text.slice(c.end, c.end + 20)))
    return false;
  const quoteBefore = doc.text.slice(Math.max(0, c.at - 9), c.at);
  if (OUTCOME_BEFORE.test(quoteBefore) || GOAL_BEFORE.test(quoteBefore)) return false;
  const items = enumerationItems(doc, c);
  if (items) {
    if (items.every((i) => MAXIM.test(i))) return false;
    if (items.every((i) => GENERIC.has(i) || DISTRIBUTIVE.test(i) || COMPLAINT.test(i))) return false;
    if (PRACTICE_BEFORE.test(before + doc.text[c.at - 1])) return false;
    if (items.some((i) => ASPIRATION_START.test(i) || ASPIRATION_WORD.test(i))) return false;
    // ‘一廊赋能、…’的‘1123’: the parts of the label that follows, not a programme of their own.
    return !/^的?(?:全新|崭新)?的?[“‘]/.test(after);
  }
  if (DIGITS_ONLY.test(label)) return true;
  if (CHINESE_CODE.test(label)) return codedParts(doc, c) !== null || COUNTED_AFTER.test(after);
  if (NUMBERED.test(label)) {
    // “一核两翼三区”…“两翼”即A、B: a piece of the layout before, explained as its part.
    if (isPieceOfLayoutBefore(doc.text, c.at, label)) return false;
    const counts = countsIn(label);
    // A layout (一城两区三带, 五区五高地) names itself; a single count needs a programme noun.
    if (counts.length >= 2 || ENDS_AS_PROGRAMME.test(label) || COUNTED_AFTER.test(after)) return true;
    // 建立A清单、B清单、C清单“三张清单”: a counted label closing the list of its members before it.
    if (counts.length === 1 && listedBefore(doc, c) === counts[0]) return true;
    // “四个中心”，即A、B、C: a counted label whose members follow.
    // (A layout's own sub-labels, “两区”，就是…, are parts, not programmes.)
    const next = doc.text.slice(c.end + 1, c.end + 60);
    if (/^[\u4e00-\u9fa5]{0,6}?[，,]?即/.test(next) && ENUM_AFTER.test(next)) return true;
    // 擦亮“三张名片”——A、B、C: a dash or a colon, then as many members as the label counts.
    if (/^(?:——|[：:])/.test(next) && counts.length === 1) {
      const list = ENUM_AFTER.exec(next.replace(/^[：:]/, "——"));
      if (list && list[1]!.split(/[、和及与]/).length === counts[0]) return true;
    }
  }
  return (
    PROGRAMME_AFTER.test(after) && /(?:实施|打造|推进|开展|叫响|构建)[“‘]?$/.test(before + doc.text[c.at - 1])
  );
}

/** How many members the list right before a label names (建立A、B、C“三张清单” → 3), 0 for none. */
function listedBefore(doc: DocModel, c: Candidate): number {
  const lead = doc.text.slice(Math.max(0, c.at - 80), c.at - 1);
  const clause = lead.slice(lead.search(/[^，。；！？：]*$/));
  const list = clause.includes("、") ? ENUM_BEFORE.exec(clause) : null;
  return list ? list[1]!.split("、").length : 0;
}

/** True when a counted label's members follow it after 即/就是, as many as it counts. */
function listedAfter(doc: DocModel, c: Candidate): boolean {
  if (!NUMBERED.test(c.label)) return false;
  const list = ENUM_AFTER.exec(doc.text.slice(c.end + 1, c.end + 80));
  if (!list) return false;
  const n = list[1]!.split(/[、和及与]/).length;
  const counts = countsIn(c.label);
  return n >= 2 && (n === Math.max(...counts) || n === counts.reduce((a, b) => a + b, 0));
}

const PART_LEAD =
  /^(?:(?:全力|着力|加快|大力|全面|统筹|高标准|高水平|积极|深入|重点|前瞻)*(?:打造|建设|创建|构筑|推动|推进|发展|培育|壮大|做大|做强|做优|做精|做实|做美|布局))+/;
/** 高端装备制造这个主导产业, 文化旅游五个特色产业, 低空经济等未来产业: the class a member is said to be of. */
const PART_TAIL =
  /(?:这个|这一|这些|等|[一二两三四五六七八九十\d]+(?:个|大))[\u4e00-\u9fa5]{0,4}(?:产业|领域|行业)$/;
const bare = (part: string) => {
  const cut = part.replace(PART_TAIL, "");
  return cut.length >= 2 ? cut : part;
};
const PART_VERB = "(?:打造|建设|创建|构筑|推动|推进|发展|壮大|做强|就是|即)";
/** 湾心商务区为“一核”: the places a sub-label of a layout stands for. */
const SUB_LABEL_DEF = /以([\u4e00-\u9fa5、和]{2,40})为[“‘]([^”’]{1,6})[”’]/g;
/** 以泓州主城区为核，: a sub-label of a layout said without quotes, closing its clause. */
const SUB_LABEL_BARE = /以([\u4e00-\u9fa5、和]{2,40}?)为([\u4e00-\u9fa5]{1,4})(?=[，,；;。])/g;
/** 带动桐湾、梅岭、白渡等县域组团: members listed before 等 and the class the label ends in. */
const MEMBERS_OF_CLASS = /((?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8})等([\u4e00-\u9fa5]{2,6})/g;

/**
 * How far after a counted label its members are looked for, in characters.
 * A speech explains its programme within a few paragraphs; without a bound, a
 * long report by one author would be searched to its end for every label.
 */
const PARTS_REACH = 3000;

/**
 * Members of a counted label found after it in the speaker's text: for
 * “五区”, the first five objects ending in 区; for 四大主导产业, the first four
 * ending in 产业; for a layout (一城两区三带) each count with its own head.
 */
function countedParts(doc: DocModel, c: Candidate, until: number): string[] {
  const window = doc.text.slice(c.end, Math.min(until, c.end + PARTS_REACH));
  const out: string[] = [];
  // Each pattern is run only over a window that holds its fixed words (为“, 就是, the head).
  const defines = window.includes("为“") || window.includes("为‘");
  for (const m of defines ? matchesOf(SUB_LABEL_DEF, window) : []) {
    if (c.label.includes(m[2]!)) out.push(...m[1]!.split(/[、和]/).filter((p) => p.length >= 2));
  }
  // “一核两带多组团”城市格局：以A为核，以B、C为两带，带动D、E、F等县域组团: the same said without
  // quotes, in the sentence that follows the label.
  if (!out.length && countsIn(c.label).length >= 2 && /^[”’]?[\u4e00-\u9fa5]{0,6}[：:]/.test(window)) {
    const sentence = window.slice(0, window.search(/[。；]|$/));
    for (const m of matchesOf(SUB_LABEL_BARE, sentence)) {
      if (c.label.includes(m[2]!)) out.push(...m[1]!.split(/[、和]/).filter((p) => p.length >= 2));
    }
    for (const m of out.length ? matchesOf(MEMBERS_OF_CLASS, sentence) : []) {
      if (!m[2]!.includes(c.label.slice(-2))) continue;
      const items = m[1]!.split("、");
      items[0] = items[0]!.replace(/^.*?(?:带动|辐射|联动|连接|串联|推动|发展)/, "");
      out.push(...items.filter((p) => p.length >= 2));
    }
  }
  for (const m of window.includes("就是") ? matchesOf(SUB_LABEL_IS, window) : []) {
    if (!c.label.includes(m[1]!) || m[1] === c.label) continue;
    // The members are the list that opens the explanation, before any further clause.
    const list = m[2]!.split("，")[0]!.replace(PART_LEAD, "");
    out.push(
      ...list
        .split(/[、和]/)
        .map((p) => bare(p.replace(PART_LEAD, "")))
        .filter((p) => p.length >= 2),
    );
  }
  // A sub-label explained twice (in a speech and again in its summary) names its members once.
  if (out.length) return [...new Set(out)];
  const groups = matchesOf(COUNT_GROUPS, c.label);
  for (const g of groups) {
    const n = countsIn(g[1]!)[0] ?? 0;
    let head = g[2]!.replace(/^(?:主导|重点|新兴)/, "");
    if (head.length > 2) head = head.slice(-2);
    if (!head || n < 2 || n > 12 || !window.includes(head)) continue;
    const re = partPattern(head);
    const found: string[] = [];
    // Matches are read one at a time (exec on the expression, which nothing else uses meanwhile):
    // the search stops once it has found as many members as the label counts.
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const items = [m[1]!, ...m[2]!.split(/[、和]/).filter(Boolean)].map((i) => i.replace(PART_LEAD, ""));
      for (const item of items) {
        if (item.length < 2 || item === c.label) continue;
        if (found.some((f) => f.includes(item) || item.includes(f))) continue;
        found.push(item);
      }
      if (found.length >= n) break;
    }
    re.lastIndex = 0;
    if (found.length >= n) out.push(...found.slice(0, n));
  }
  return out;
}

/** A count and the head it counts in a label: 五区 → 五, 区; 一城两区三带 → one per count. */
const COUNT_GROUPS =
  /([一二两三四五六七八九十\d]+)大?个?([\u4e00-\u9fa5]{1,4}?)(?=[一二两三四五六七八九十]|建设|$)/g;

const PART_PATTERNS = new Map<string, RegExp>();
/** 打造X区、Y区: members ending in `head` after a verb (compiled once per head). */
function partPattern(head: string): RegExp {
  let re = PART_PATTERNS.get(head);
  if (!re) {
    const h = head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(
      `${PART_VERB}([\\u4e00-\\u9fa5]{2,12}?${h})((?:[、和][\\u4e00-\\u9fa5]{2,12}?${h})*)`,
      "g",
    );
    PART_PATTERNS.set(head, re);
  }
  return re;
}

/**
 * The parts a Chinese-digit code counts: the quoted list right before it whose
 * items, in order, each hold a count equal to the code's digit (“锁定一个目标、
 * 实施三大战略、打响两张名片”的“一三二”); null when there is none.
 */
function codedParts(doc: DocModel, c: Candidate): string[] | null {
  const list = CODED_LIST_BEFORE.exec(doc.text.slice(Math.max(0, c.at - 90), c.at));
  if (!list) return null;
  const items = list[1]!.split(/[、，,；]/).map((i) => i.trim());
  const digits = [...c.label].map((d) => countValue(d));
  if (items.length !== digits.length) return null;
  for (const [i, item] of items.entries()) {
    const count = FIRST_COUNT.exec(item);
    if (!count || countValue(count[0]) !== digits[i]) return null;
  }
  return items;
}

/**
 * The explanation after a label: to the end of its sentence, or of the next
 * one when the label closes its own (构建“一区三园”格局。“一区”即…).
 */
function explanationAfter(text: string, end: number): string {
  const window = text.slice(end + 1, end + 300);
  const stop = window.indexOf("。");
  if (stop < 0) return window;
  if (stop > 12) return window.slice(0, stop);
  const next = window.indexOf("。", stop + 1);
  return next < 0 ? window : window.slice(0, next);
}

/** “135”服务机制，即诉求1小时内响应、3天内办结、5日内回访: one member per digit, each from its digit on. */
const DIGITS_EXPLAINED = /^[\u4e00-\u9fa5]{0,6}?[，,]?(?:即|就是)([^。；，]{4,80})/;
function digitParts(after: string, label: string): string[] | null {
  const m = DIGITS_EXPLAINED.exec(after);
  const items = m ? m[1]!.split("、") : [];
  if (items.length !== label.length) return null;
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    const at = item.search(new RegExp(`(?<!\\d)${label[i]}(?!\\d)`));
    if (at < 0 || item.length - at < 3) return null;
    out.push(item.slice(at));
  }
  return out;
}

function partsOf(doc: DocModel, c: Candidate, s: DocSentence, until: number): string[] {
  const own = enumerationItems(doc, c);
  if (own) return own;
  if (CHINESE_CODE.test(c.label)) {
    const coded = codedParts(doc, c);
    if (coded) return coded;
  }
  const lead = doc.text.slice(s.start, c.at - 1);
  const sub = subLabelsOf(c.label);
  if (sub) {
    // 以A为“1”，B、C为“3”的“1+3”: pieces defined before the label that closes them.
    const defined =
      (lead.endsWith("的") ? subLabelMembers(lead, c.label, sub) : null) ??
      subLabelMembers(explanationAfter(doc.text, c.end), c.label, sub);
    if (defined) return defined;
  }
  const before = lead.includes("、") ? ENUM_BEFORE.exec(lead) : null;
  if (before && !ENDS_WITH_VERB.test(before[1]!)) {
    const items = before[1]!.split("、");
    // 石湖区将全力推动光芯谷: the first item starts after the last verb before it.
    items[0] = items[0]!
      .replace(/^.*(?:推动|推进|建设|打造|实施|构建|发展|坚持|聚焦|优化|深化|形成|建立)/, "")
      .replace(LEADING_VERBS, "");
    if (items.every((i) => i.length >= 2)) return items;
  }
  const after = ENUM_AFTER.exec(doc.text.slice(c.end + 1, s.end));
  // 即做强A、做大B、做优C: each member without the verb that opens it (培育壮大一批 is all verb and count).
  if (after)
    return after[1]!
      .split(/[、和及与]/)
      .map((p) => {
        const object = p.replace(PART_LEAD, "");
        return object.length >= 2 && !NUMBERED.test(object) ? object : p;
      })
      .filter((p) => p.length >= 2);
  if (DIGITS_ONLY.test(c.label)) {
    const counted = ENUM_AFTER_COUNTED.exec(doc.text.slice(c.end + 1, s.end));
    if (counted) return counted[1]!.split(/[、和及与]/).map((p) => p.replace(/^[\dA-Za-z]+个/, ""));
    const timed = /^\d{2,5}$/.test(c.label) ? digitParts(doc.text.slice(c.end + 1, s.end), c.label) : null;
    if (timed) return timed;
  }
  return countedParts(doc, c, until);
}

/** For each sentence, where its owner's stretch of text ends: the next sentence owned by another unit. */
function stretchEnds(doc: DocModel): number[] {
  const ends = new Array<number>(doc.sentences.length);
  let end = doc.text.length;
  for (let i = doc.sentences.length - 1; i >= 0; i--) {
    const s = doc.sentences[i]!;
    const next = doc.sentences[i + 1];
    if (next && next.unit !== s.unit) end = next.start;
    ends[i] = end;
  }
  return ends;
}

/** `ownFramework` false: the framework was set by a body above the one that names it, so is not its strategy. */
export function extractStrategies(
  doc: DocModel,
  framework: Framework | null,
  ownFramework = true,
): Strategy[] {
  const out: Strategy[] = [];
  // By unit and label: a file of many articles names thousands of strategies.
  // (A map per unit: a key string joined per candidate cost more than the lookups.)
  const byUnit = new Map<string | null, Map<string, Strategy>>();
  const add = (s: Strategy) => {
    let byLabel = byUnit.get(s.unit);
    if (!byLabel) byUnit.set(s.unit, (byLabel = new Map()));
    const existing = byLabel.get(s.label);
    if (existing) {
      if (!existing.parts.length && s.parts.length) existing.parts = s.parts;
      return;
    }
    byLabel.set(s.label, s);
    out.push(s);
  };
  // A label its unit named before with parts: found again, it adds nothing, so is not looked at.
  const known = (unit: string, label: string) => Boolean(byUnit.get(unit)?.get(label)?.parts.length);
  // The framework a unit declares (a district's own report, a mayor's campaign) is its strategy.
  if (ownFramework && framework?.span && framework.source === "declared" && framework.labelled !== false) {
    const s = doc.sentences.find((x) => x.start <= framework.span![0] && framework.span![1] <= x.end);
    if (s?.unit)
      add({
        unit: s.unit,
        label: framework.name,
        parts: framework.goals.map((g) => g.name),
        span: framework.span,
      });
  }
  const ends = stretchEnds(doc);
  const big = new CharFinder(doc.text, "大");
  const doubleQuote = new CharFinder(doc.text, "“");
  const singleQuote = new CharFinder(doc.text, "‘");
  for (const s of doc.sentences) {
    // Headlines of role lines count: they are the speaker's own words.
    const unit = s.unit;
    // (A study tour's lessons state where its author stands: a slogan there is no programme of its own.)
    if (!unit || s.statesOnly) continue;
    // Only a quotation or a counted 大 can name a programme.
    const counted = big.within(s.start, s.end);
    const quoted = doubleQuote.within(s.start, s.end) || singleQuote.within(s.start, s.end);
    if (!counted && !quoted) continue;
    const slice = s.text;
    if (counted)
      for (const m of matchesOf(UNQUOTED, slice)) {
        const at = s.start + m.index;
        if (doc.text[at - 1] === "“" || doc.text[at - 1] === "‘") continue;
        // 壮大四大主导产业 is a programme; 汽车和显示两大主导产业 only sums up a list.
        if (
          !/(?:壮大|实施|推进|做强|做大|打造|发展|推动|抓好|培育|落实|开展|启动)$/.test(
            doc.text.slice(at - 2, at),
          )
        )
          continue;
        if (NOT_OWN_BEFORE.test(doc.text.slice(Math.max(0, at - 6), at))) continue;
        if (known(unit, m[0])) continue;
        const c: Candidate = { label: m[0], at, end: at + m[0].length, unit };
        add({
          unit,
          label: m[0],
          parts: countedParts(doc, c, ends[s.index]!),
          span: [at, at + m[0].length],
        });
      }
    if (quoted && quotesSideBySide(doc.text, s.start, s.end))
      for (const m of matchesOf(QUOTED_COUNTED, slice)) {
        const names = [...m[1]!.matchAll(/[“‘]([^”’]+)[”’]/g)].map((n) => n[1]!);
        if (countValue(m[2]!) !== names.length) continue;
        const at = s.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
        const label = doc.text.slice(at, s.start + m.index + m[0].length);
        add({ unit, label, parts: names, span: [at, at + label.length] });
      }
    const labels = quoted ? quotedLabels(doc.text, s.start, s.end) : [];
    for (let k = 0; k < labels.length; k += 2) {
      const at = labels[k]!;
      const end = labels[k + 1]!;
      const label = doc.text.slice(at, end);
      if (known(unit, label)) continue;
      const c: Candidate = { label, at, end, unit };
      if (!isProgramme(doc, c, framework)) continue;
      add({ unit, label, parts: partsOf(doc, c, s, ends[s.index]!), span: [at, end] });
    }
  }
  return dropRestatedCounts(doc, out);
}

/** A count label of a list: 三大战略, 三大发展战略 → its count and its last noun. */
const BARE_COUNT = /^([一二两三四五六七八九十])大[\u4e00-\u9fa5]{0,4}?(产业|行动|工程|战略)$/;

/**
 * 实施三大战略，就是深入实施“A、B、C”三大战略: a bare count label found with
 * no parts of its own, when a list of the same unit is closed by a count of as
 * many of the same noun, is that list named again, not a second programme.
 */
function dropRestatedCounts(doc: DocModel, found: Strategy[]): Strategy[] {
  const lists: { unit: string | null; count: number; noun: string }[] = [];
  for (const s of found) {
    if (s.parts.length < 2) continue;
    const after = labelAfter(doc.text, s.span[1]);
    const bare = after && !after.quoted ? BARE_COUNT.exec(after.label) : null;
    if (bare && countValue(bare[1]!) === s.parts.length)
      lists.push({ unit: s.unit, count: s.parts.length, noun: bare[2]! });
  }
  if (!lists.length) return found;
  return found.filter((s) => {
    if (s.parts.length) return true;
    const bare = BARE_COUNT.exec(s.label);
    return !(
      bare && lists.some((l) => l.unit === s.unit && l.count === countValue(bare[1]!) && l.noun === bare[2])
    );
  });
}
