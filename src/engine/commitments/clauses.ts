// Action clauses: the pieces of an owned sentence in which the unit acts on
// an object. One clause, one commitment; rhetoric, outcomes, figures stated
// with a state verb, lead-ins and past achievements are left out.
import type { DocModel, DocSentence } from "../document.ts";
import { clauses, isHeadingLine, type Piece } from "../text/segment.ts";
import { alternation } from "../lexicon.ts";
import { WordSet, type WordHit } from "../text/wordset.ts";
import { CharSet } from "../targets/chars.ts";
import { REVIEW_LEADS, REVIEW_WORDS, headingPeriod, namesWorkDone } from "../targets/period.ts";
import { projectBoxItems } from "../structure/project-box.ts";
import { isTitledName } from "../structure/roles.ts";
import { yearInReview } from "../structure/year-in-review.ts";
import {
  ClauseWords,
  NON_ACTION,
  PAST,
  RHETORIC,
  NOT_RHETORIC,
  VERB,
  hasTagged,
  hitsWithin,
  firstVerbAt,
  verbsAfter,
  type TaggedHit,
} from "./clause-words.ts";
import actions from "../../../lexicon/actions.json" with { type: "json" };

export interface ActionClause extends Piece {
  sentence: DocSentence;
  /** Offset of the action verb that made this an action clause. */
  verbAt: number;
}

const RHETORIC_START = new WordSet(actions.rhetoricStarts);
const RHETORIC_ENDS = new WordSet(actions.rhetoricEnds);
const STATE_VERBS = new WordSet(actions.stateVerbs);
const CLAUSE_WORDS = new ClauseWords([
  [VERB, actions.verbs],
  [NON_ACTION, actions.nonActionVerbs],
  [PAST, actions.pastMarkers],
  [RHETORIC, actions.rhetoricWords],
  [NOT_RHETORIC, actions.notRhetoric],
]);
const FRAME_NOUNS = new WordSet(actions.frameNouns);
const OBJECT_VERBS = new Set(actions.objectVerbs);
const BUILD_VERBS = new WordSet(actions.buildVerbs);
const STATE_VERB = new RegExp(`^(?:${alternation(actions.stateVerbs)})`);
/** The characters of a figure, as STATE_FIGURE_AT reads one (digits, the point, numerals). */
const FIGURE_CHARACTERS = "0123456789.一二两三四五六七八九十百千万亿";
/**
 * A state verb and a figure that end the clause (突破650亿元), tried where a
 * state verb stands: sticky, on the clause itself rather than on a slice of it.
 */
const STATE_FIGURE_AT = new RegExp(
  `(?:${alternation(actions.stateVerbs)})(?:到|至|为|约|接近)?(?:每人每月|每人每年|每人|人均)?[${FIGURE_CHARACTERS}]+[^\\d，]{0,5}$`,
  "y",
);
const stateFigureAt = (text: string, at: number) => {
  STATE_FIGURE_AT.lastIndex = at;
  return STATE_FIGURE_AT.test(text);
};
const PROGRAMME = /^(?:坚持|聚焦)“[^”]+”?(?:[\u4e00-\u9fa5]{0,4}(?:战略|机制|思路|方针|模式))?$/;
/** A clause that may hold to a named programme without an action verb. */
const HOLDS_PROGRAMME = /(?:坚持|聚焦)“/;
const ADVERBS =
  /^(?:全力|加快|大力|积极|着力|深入|持续|扎实|全面|进一步|力争|争取|努力|重点|稳步|不断|加速|高标准|高水平)+/;
const LEAD_IN = new RegExp(`^(?:${alternation(actions.leadIns)})`);

const ATTRIBUTION = new WordSet(["说", "表示", "指出", "认为", "强调", "介绍", "宣布"]);
/** 以企业为“主角”, 以东湖、南山为‘两组团’: a definition framed by 以…为. */
const DEFINED_AS = /^以.*为[“‘]/;
/** 以X为主线, 以X为中心: a frame of two to four characters closing the clause, after 以…为. */
const GUIDED_BY = /^以[^，]{2,24}为[\u4e00-\u9fa5]{2,4}$/;
/** 推动区域经济高质量发展: the aim of all actions, not one of them. */
const AIM = /(?:高质量|健康|可持续|协调|平稳|全面|良性)发展$/;
const INDUSTRY_AIM = /产业[\u4e00-\u9fa5]{0,5}发展$/;
const MULTIPLE_STATED = /(?:翻一番|翻两番|翻番|倍增)$/;
const QUOTED_NAME_AT_END = /“[^”]+”?$/;
/** A figure counting things done (3000亩, 12万户, 18公里), as 完成 closes an action on an object. */
const COUNT_DONE = /\d万?(?:个|所|条|座|处|项|套|间|户|家|台|部|公里|亩|平方米|栋)(?:以上|左右)?$/;
const STATED_METRIC =
  /^(?:实现|完成|达到)([^，\d“”]{2,16}?)(?:增长|达到|突破)?[\d.]+(?:%|[^\d，]{0,4})(?:以上|左右)?$/;
/** An enumerator or time phrase that opens a clause: 一是, 3., 今年, 到2025年, 未来五年; a member of a label (“1”就是). */
const LEAD =
  /^(?:(?:\d{1,2}[.、](?!\d) ?|[一二三四五六七八九十]+[是要]|[“‘][^”’，]{1,6}[”’](?:就是|即)|（[一二三四五六七八九十]+）|今年|明年|全年|年内|同时|此外|另外|未来\d+年|未来[一二三四五六七八九十]+年|今后\d+年|今后[一二三四五六七八九十]+年|五年|到\d{4}年(?:底|末)?|\d{4}年|到“?十四五”?末|“十四五”期间)，?)+/;
/** A subject before the modal: 瑶台区将, 我们要, 公司还将, 市一院将. */
// 要 and 需 inside a word (重要, 要素, 主要, 需求) are no modal.
const SUBJECT =
  /^[^，。“”]{1,14}?(?:还将|也将|还要|也要|将|(?<![重主纲摘概需只扼])要(?![素求点件闻害务领])|须|需(?![求要]))(?=[\u4e00-\u9fa5“])/;
/** A cue naming a goal: 在打造…中争占位, 围绕建设…, 在建设…上. */
const CUE_ONLY = /^(?:在|围绕)(?:打造|建设|推进|实施)?([^，]{2,18}?)(?:中|上)?([\u4e00-\u9fa5]{0,4})$/;

/** 在打响“X”名片上, 在实施X战略中: a whole clause framed as a field (an action inside it or not). */
const FIELD_ONLY = /^在[^，]{2,24}(?:上|中)$/;

/** 一是实施产业升级行动。: a heading that launches a named programme is an action of its own. */
const LAUNCHES_PROGRAMME = /(?:实施|启动|开展)[^，。]{2,16}(?:行动|工程|战略|计划)。$/;
/** 一是, 二要: an enumerator opening a clause. */
const ENUMERATED = /^[一二三四五六七八九十]+[是要]/;
const LAUNCHES_IN_CLAUSE = /(?:实施|启动|开展)[^，。]{2,16}(?:行动|工程|战略|计划)$/;
/** The first clause of a heading line launches a programme: （一）实施产业强基工程，… */
const HEADING_LAUNCHES = /^[^，。；]*?(?:实施|启动|开展)[^，。；]{2,16}(?:行动|工程|战略|计划)(?:[，。；]|$)/;
const TOPIC_HEADING =
  /^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d) ?)(?=[^。]{2,30}。$)[^，。；\d]+(?:，[^，。；\d]+)?。$/;

/** The characters TOPIC_HEADING and ENUMERATOR_OPENING can open with, and ENUMERATED's. */
const ENUMERATOR_OPENS = new CharSet("一二三四五六七八九十（0123456789");
const NUMERALS = new CharSet("一二三四五六七八九十");

const ENUMERATOR_OPENING =
  /^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}[.、] ?)/;

/** 一是产业突破攻坚。: a heading that is a goal's name alone, with no verb launching it, is a topic. */
function namesGoalOnly(sentence: string, goalNames: WordSet): boolean {
  const rest = sentence.replace(ENUMERATOR_OPENING, "").replace(/。$/, "");
  return goalNames.longestAt(rest, 0) === rest;
}

const AGENDA = /^(?:部署|总结)\d{4}年度?(?:全年)?(?:各项)?(?:重点)?(?:工作|任务|目标任务)$/;

/** Characters a LEAD can open with; a clause opening otherwise skips the regex. */
const LEAD_OPENS = new CharSet("一二三四五六七八九十（今明全年同此另未五到“0123456789");
const CONNECTIVE = /^(?:还|也|并|再|同时|即|就是)/;
const CONNECTIVE_OPENS = new CharSet("还也并再同即就");

/** True when a modal (将, 要, 须, 需) stands within the first characters, where SUBJECT looks for it. */
// (Read by code: t[i] is a one-character string, and each comparison of it cost a few times more.)
function modalNearStart(t: string): boolean {
  for (let i = 1; i < t.length && i <= 16; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5c06 || c === 0x8981 || c === 0x987b || c === 0x9700) return true;
  }
  return false;
}

function body(text: string): string {
  let t = LEAD_OPENS.at(text, 0) ? text.replace(LEAD, "") : text;
  const subject = modalNearStart(t) ? SUBJECT.exec(t) : null;
  if (subject && !subject[0].includes("，")) t = t.slice(subject[0].length);
  return CONNECTIVE_OPENS.at(t, 0) ? t.replace(CONNECTIVE, "") : t;
}

/** Where `text` ends once closing quote marks are set aside (打好…的‘组合拳’ ends in 组合拳). */
function withoutClosingQuotes(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "”" || text[end - 1] === "’")) end--;
  return end;
}

const ROLE_IN_WHOLE = /^(?:当好|勇当|甘当|争当|争做)[^，]*的/;

/**
 * A rhetoric word that counts: not inside the quoted name of an activity
 * (开展“担当作为、比学赶超”活动) and not part of a fixed phrase that only looks
 * like rhetoric (忠诚干净担当的干部队伍; lexicon actions.json notRhetoric).
 */
function rhetoricWordIn(text: string, hits: readonly TaggedHit[]): boolean {
  for (const h of hits) {
    if (!(h.tags & RHETORIC)) continue;
    if (insideNotRhetoric(hits, h)) continue;
    if (quoteBalance(text, 0, h.at) > 0 && NAMED_ACTIVITY.test(text.slice(h.at))) continue;
    return true;
  }
  return false;
}

/** True when `h` lies inside one of the fixed phrases that only look like rhetoric. */
function insideNotRhetoric(hits: readonly TaggedHit[], h: TaggedHit): boolean {
  for (const o of hits)
    if (o.tags & NOT_RHETORIC && o.at <= h.at && h.at + h.word.length <= o.at + o.word.length) return true;
  return false;
}

/** The rest of a quoted name closed by the kind of thing it names: …”活动, …”行动. */
const NAMED_ACTIVITY = /^[^“”‘’]*[”’](?:主题)?(?:活动|行动|工程|计划)/;

function isRhetoric(rest: string, text: string, hits: readonly TaggedHit[], opens: number): boolean {
  if (
    RHETORIC_START.longestAt(rest, 0) ||
    rhetoricWordIn(text, hits) ||
    RHETORIC_ENDS.endsAt(rest, withoutClosingQuotes(rest))
  )
    return true;
  // 当好全市发展的龙头, 当好引领全市工业发展的“排头兵”: a role in a larger whole is rhetoric
  // (当好企业服务员, a way of serving, is not).
  if (opens & OPENS_ROLE && ROLE_IN_WHOLE.test(rest)) return true;
  // 为…而奋斗, 为…提供…, 为…注入…: purposes, not actions.
  if (rest.startsWith("为") && /而|提供|贡献|奠定|注入|打下/.test(rest)) return true;
  return false;
}

/** Verb positions in a piece of a clause, with words that only look like verbs (建设用地, 发展优势) masked. */
const verbsIn = (text: string): WordHit[] => verbsAfter(CLAUSE_WORDS.scan(text));

/** What is left of a clause without its verbs, leading adverbs and quote marks: its object. */
function objectOf(rest: string, verbs: readonly WordHit[]): string {
  let residue = rest;
  for (let i = verbs.length - 1; i >= 0; i--)
    residue = residue.slice(0, verbs[i]!.at) + residue.slice(verbs[i]!.at + verbs[i]!.word.length);
  return residue.replace(ADVERBS, "").replace(/[“”‘’、]/g, "");
}

/**
 * Per UTF-16 code, the patterns of reasonFor a clause's body can open with, as
 * bits: a regex is tried only on a body whose first character has its bit (the
 * patterns are tried on every clause, and few clauses open so). One table,
 * read once per clause: a CharSet's test for each was a call of its own.
 */
const OPENS_ROLE = 1;
const OPENS_CUE = 2;
const OPENS_LEAD_IN = 4;
const OPENS_METRIC = 8;
const OPENING = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  };
  mark("当勇甘争", OPENS_ROLE); // ROLE_IN_WHOLE
  mark("在围", OPENS_CUE); // CUE_ONLY
  mark(actions.leadIns.map((w) => w[0]).join(""), OPENS_LEAD_IN); // LEAD_IN
  mark("实完达", OPENS_METRIC); // STATED_METRIC
  return table;
})();

/** Per UTF-16 code: 1 for a quote mark or 、, 2 for a character of some adverb. */
const QUOTE_MARK = 1;
const ADVERB_CHARACTER = 2;
const CHARACTER_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of ADVERBS.source.replace(/[^\u4e00-\u9fa5]/g, ""))
    table[ch.charCodeAt(0)] = ADVERB_CHARACTER;
  for (const ch of "“”‘’、") table[ch.charCodeAt(0)] = QUOTE_MARK;
  return table;
})();

/**
 * False when the clause surely keeps an object of two characters or more:
 * its length, less its verbs, its quote marks and every adverb character that
 * could open what remains, is two or more. Most clauses are settled so,
 * without building the object string.
 */
function mayLackObject(rest: string, verbs: readonly WordHit[]): boolean {
  // The characters that stay are counted up to two, where the walk stops (most clauses stop
  // within a few characters of their verb, rather than walking to their end).
  let kept = 0;
  let v = 0;
  let leading = true;
  for (let i = 0; i < rest.length; i++) {
    if (v < verbs.length && i === verbs[v]!.at) {
      i += verbs[v]!.word.length - 1;
      v++;
      continue;
    }
    const kind = CHARACTER_CLASS[rest.charCodeAt(i)];
    if (kind === QUOTE_MARK) continue;
    if (leading && kind === ADVERB_CHARACTER) continue;
    leading = false;
    if (++kept === 2) return false;
  }
  return true;
}

/** 突破650亿元 at the end of a clause: a state verb followed by a figure. */
function statedAtEnd(text: string): boolean {
  // The state verbs leftmost-longest, as findAll gives them, without a list of them.
  for (let i = 0; i < text.length;) {
    const verb = STATE_VERBS.longestAt(text, i);
    if (verb === null) i++;
    else if (stateFigureAt(text, i)) return true;
    else i += verb.length;
  }
  return false;
}

const FIGURE = new CharSet(FIGURE_CHARACTERS);

/**
 * True when a figure's character stands among the last six: STATE_FIGURE_AT
 * ends in a figure and at most five characters more, so a clause without one
 * there states no figure (most clauses), and its state verbs need not be tried.
 */
function figureNearEnd(text: string): boolean {
  for (let i = Math.max(0, text.length - 6); i < text.length; i++)
    if (FIGURE.has(text.charCodeAt(i))) return true;
  return false;
}

const GUARANTEE = /^确保(?:在)?(?:年内|年底前|今年|全年|当年|到年底|年底)?/;
/** A count of things, in digits or Chinese numerals, closing a clause: 120公里, 一百二十公里, 十家以上. */
const COUNTED_CLOSE =
  /[\d一二两三四五六七八九十百千万](?:\.\d+)?万?(?:个|所|条|座|处|项|套|间|户|公里|亩|平方米|栋|家|名)(?:以上|左右)?$/;

/** 完成省下达的节能减排任务, 能耗完成市下达任务: a quota handed down by a higher body. */
const QUOTA_SET_ABOVE = /完成(?:[省市县区]|上级)(?:政府)?下达的?[^，]{0,12}?(?:任务|指标)$/;
/** 投资/投入 and an amount of money closing the clause, no object after it. */
const AMOUNT_SPENT =
  /(?:完成|计划|累计)?(?:投资|投入)(?:不低于|不少于|超过|达到|约)?[\d.一二两三四五六七八九十百千万]+(?:亿|万)?(?:元|美元)(?:以上|左右)?$/;
const AMOUNT_LAST = new CharSet("元上右");

/** What is left of a clause that names no object: a period, a manner word, a count. */
const COUNT_ALONE =
  /^(?:今年|全年|年内|当年|年底前|基本|累计|再)*[\d一二两三四五六七八九十百千万](?:[\d.一二两三四五六七八九十百千万])*(?:个|所|条|座|处|项|套|间|户|公里|亩|平方米|栋|家|名|人|人次)(?:以上|左右)?$/;
const COUNT_LAST = new CharSet("个所条座处项套间户里亩米栋家名人次上右");
/** Every character COUNT_ALONE can match. */
const COUNT_ALONE_CHARACTERS = new CharSet(
  "今年全内当底前基本累计再0123456789.一二两三四五六七八九十百千万个所条座处项套间户公里亩平方米栋家名人次以上左右",
);

/**
 * False when the object of the clause surely holds a character COUNT_ALONE
 * cannot match: the walk of mayLackObject, without building the object string.
 */
function mayBeCountAlone(rest: string, verbs: readonly WordHit[]): boolean {
  let v = 0;
  let leading = true;
  for (let i = 0; i < rest.length; i++) {
    if (v < verbs.length && i === verbs[v]!.at) {
      i += verbs[v]!.word.length - 1;
      v++;
      continue;
    }
    const code = rest.charCodeAt(i);
    const kind = CHARACTER_CLASS[code];
    if (kind === QUOTE_MARK || (leading && kind === ADVERB_CHARACTER)) continue;
    leading = false;
    if (!COUNT_ALONE_CHARACTERS.has(code)) return false;
  }
  return true;
}

/** 确保(年内)完成X 120公里: what is guaranteed is an action on a counted object. */
function guaranteesCountedAction(rest: string): boolean {
  const inner = rest.slice(GUARANTEE.exec(rest)![0].length);
  if (inner.length < 4 || !COUNTED_CLOSE.test(inner)) return false;
  const hits = CLAUSE_WORDS.scan(inner);
  return verbsAfter(hits, 0)[0]?.at === 0 && reasonFor(inner, null, hits) === null;
}

/** A deadline before an action: 年底前, 年内, 今年, 6月底前, 10月份前. */
const DEADLINE_LEAD = /^(?:今年|年内|年底前|当年|[\d一二三四五六七八九十]{1,2}月(?:底|份)?前)/;

/** 确保3月底前, 确保9月1日前: a guarantee with a date it is due by. */
const GUARANTEE_BY_DATE =
  /^确保(?:在)?(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,2}日|底|份|中旬|上旬|下旬)?|年底)前/;

/** 确保3月底前完成征地拆迁: what is guaranteed by a date is an action on an object, when a verb opens it. */
function guaranteesDatedAction(rest: string): boolean {
  const dated = GUARANTEE_BY_DATE.exec(rest);
  if (!dated) return false;
  const inner = rest.slice(dated[0].length);
  if (inner.length < 4) return false;
  const hits = CLAUSE_WORDS.scan(inner);
  return verbsAfter(hits, 0)[0]?.at === 0 && reasonFor(inner, null, hits) === null;
}

/** Why a clause is not an action clause, or null when it is one. */
export function rejectReason(text: string, speakers: readonly string[] = []): string | null {
  return reasonFor(text, speakers.length ? new WordSet(speakers) : null, CLAUSE_WORDS.scan(text));
}

/** The reason, given the clause's words (`hits`, offsets into `text`). */
function reasonFor(text: string, speakers: WordSet | null, hits: readonly TaggedHit[]): string | null {
  if (text.length < 4) return "short";
  // 总结2024年工作，部署2025年任务: a meeting's agenda, not a plan.
  if ((text[0] === "部" || text[0] === "总") && AGENDA.test(text)) return "agenda";
  // Each rule is tested by a character or two first: most clauses fail them all, and a regex costs more.
  if (ATTRIBUTION.endsAt(text, text.length)) return "attribution";
  if (speakers?.has(text)) return "speaker";
  const lastChar = text[text.length - 1];
  if (lastChar === "是" || lastChar === "为" || (text.startsWith("以") && DEFINED_AS.test(text)))
    return "definition";
  // 以科学发展为主题, 以产业集聚区为主平台: the frame the actions keep to, not one of them
  // (以打造X为主线 acts: building X is the line the others follow).
  // (堵了的下水道: 了 before 的 describes the object, not work done.)
  if (text.includes("了") && /了(?![解的])/.test(text.replace(/为了|除了/g, ""))) return "past";
  if (hasTagged(hits, PAST)) return "past";
  const rest = body(text);
  // Offsets of `rest`, a tail of `text`, are offsets of the hits less this.
  const restAt = text.length - rest.length;
  // 以科学发展为主题, 市农业局将以推进农业改革为主线: the frame the actions keep to, not one of them.
  // (以打造X为主线 builds X, which is the line the others follow: an action.)
  if (
    rest.startsWith("以") &&
    GUIDED_BY.test(rest) &&
    !BUILD_VERBS.longestAt(rest.slice(1).replace(ADVERBS, ""), 0)
  )
    return "lead-in";
  // 即A、B、C / 就是A和B: naming the members of a list, not acting on them.
  // (就是年底前新装路灯3000盏, 就是把黑臭水体治好: a deadline before the verb, or 把 and its object
  // before it, explain a label by an action.)
  if (text.startsWith("即") || text.startsWith("就是")) {
    const action = rest.replace(ADVERBS, "").replace(DEADLINE_LEAD, "");
    if (!action.startsWith("把") && !verbsAfter(hits, text.length - action.length).some((v) => v.at === 0))
      return "definition";
  }
  // 确保年内完成通村水泥路120公里: a guarantee of a counted action is that action (确保社会大局稳定 is not).
  if (rest.startsWith("确保") && (guaranteesCountedAction(rest) || guaranteesDatedAction(rest))) return null;
  // The first and last two characters of the body, by code: the bits of OPENING, and the endings
  // the rules below read (where a call of endsWith for each cost more than the rule).
  const n = rest.length;
  const opens = n > 0 ? OPENING[rest.charCodeAt(0)]! : 0;
  const lastCode = n > 0 ? rest.charCodeAt(n - 1) : 0;
  const beforeLastCode = n > 1 ? rest.charCodeAt(n - 2) : 0;
  if (isRhetoric(rest, text, hits, opens)) return "rhetoric";
  // 坚持“开工一批…”, 坚持“一体两翼”发展战略: holding to a named programme is an action.
  // (Both of PROGRAMME's openings are two characters long: no “ third, no programme, and no regex.)
  if (rest.charCodeAt(2) === 0x201c && PROGRAMME.test(rest)) return null;
  // Many clauses fall here, before the costlier checks: no action verb at all.
  if (!hasTagged(hits, VERB, restAt)) return "no verb";
  const cue = opens & OPENS_CUE ? CUE_ONLY.exec(rest) : null;
  if (cue && !verbsIn(cue[1]!).length && !verbsIn(cue[2]!).length) return "cue";
  // 在打响“水韵柳岸”名片上: a clause that is only 在…上 names the field of the actions after it.
  if (rest.startsWith("在") && FIELD_ONLY.test(rest)) return "cue";
  // 推动区域经济高质量发展: the aim of all actions, not one of them.
  // (0x53d1 0x5c55: the clause ends in 发展.)
  if (beforeLastCode === 0x53d1 && lastCode === 0x5c55 && AIM.test(rest) && !INDUSTRY_AIM.test(rest)) {
    return "rhetoric";
  }
  const verbs = verbsAfter(hits, restAt);
  if (!verbs.length) return "no verb";
  const first = verbs[0]!;
  const before = rest.slice(0, first.at);
  // "X是Y": a copula before the action is a statement about X.
  if (before.includes("是")) return "copula";
  // 聚焦“强存量…”: executing a named programme is an action even after a lead-in.
  const namesProgramme = rest.includes("“") && QUOTED_NAME_AT_END.test(rest);
  if (
    !namesProgramme &&
    opens & OPENS_LEAD_IN &&
    LEAD_IN.test(rest) &&
    (FRAME_NOUNS.endsAt(rest, rest.length) ||
      verbs.every((v) => v.at === 0 || LEAD_IN.test(rest.slice(v.at))))
  ) {
    return "lead-in";
  }
  if (mayLackObject(rest, verbs) && objectOf(rest, verbs).length < 2) return "no object";
  // 开工1.8万套，基本建成1.2万套 / 打通城区断头路，今年打通8条: a verb and a count, the object left to
  // the clause before — the count is a target of that object, not a new action.
  if (
    COUNT_LAST.at(rest, rest.length - 1) &&
    mayBeCountAlone(rest, verbs) &&
    COUNT_ALONE.test(objectOf(rest, verbs)) &&
    !verbs.some((v) => OBJECT_VERBS.has(v.word))
  )
    return "count only";
  // 创新动能显著增强: a noun phrase, then the verb last — a state, not an act of the unit.
  // (What follows the last verb is measured without a slice; the prefix is cut only when both could hold.)
  const tailLength = rest.length - (verbs[verbs.length - 1]!.at + verbs[verbs.length - 1]!.word.length);
  if (tailLength < 2 && before.length >= 4) {
    const statePrefix = before.replace(ADVERBS, "");
    if (statePrefix.length >= 4 && !/^(?:[先再]?把|将|以|对|在|与|向|从|按|为)/.test(statePrefix))
      return "state";
  }
  // 突破650亿元, 增长8%: a figure stated, which is a target, not an action.
  // 突破650亿元, 增长8%, 强度达到3.5%: a figure stated with a state verb is a
  // target, not an action — unless an action verb opens the clause.
  const last = verbs[verbs.length - 1]!;
  const stated = figureNearEnd(rest) && (stateFigureAt(rest, last.at) || (first.at > 0 && statedAtEnd(rest)));
  if (stated && (first.at > 0 || STATE_VERB.test(rest.slice(first.at)))) return "figure";
  // 实现规模工业总产值500亿元以上, 完成社会消费品零售总额增长9%: a metric's level stated after
  // 实现/完成/达到 is a target; 完成农村户厕改造1200户 acts on an object (its middle holds a verb).
  // 完成土地整备3000亩, 完成煤改气12万户: a count of things done (亩, 户, 公里), not a metric's level.
  if (
    first.at === 0 &&
    opens & OPENS_METRIC &&
    STATED_METRIC.test(rest) &&
    !(rest.startsWith("完成") && COUNT_DONE.test(rest))
  ) {
    const middle = STATED_METRIC.exec(rest)![1]!;
    if (middle.endsWith("投资") || !verbsIn(middle).length) return "figure";
  }
  // 完成省下达的节能减排任务: meeting a quota set above is a target's wording, not an action on an object.
  // (The clause ends in 任务 or 指标.)
  if (
    (beforeLastCode === 0x4efb && lastCode === 0x52a1) ||
    (beforeLastCode === 0x6307 && lastCode === 0x6807)
  ) {
    if (QUOTA_SET_ABOVE.test(rest)) return "figure";
  }
  // 年度计划投资650亿元以上, 完成投资二百三十亿元: the money to be spent is a target, not an action.
  // (安排重点项目200个、年度计划投资800亿元: an action comes first, and the clause keeps it.)
  if (AMOUNT_LAST.at(rest, rest.length - 1)) {
    const spent = AMOUNT_SPENT.exec(rest);
    if (spent && first.at >= spent.index) return "figure";
  }
  // 营业收入实现翻两番: a multiple stated of a metric.
  // (… ends in 番 or 倍增.)
  if (
    first.at > 0 &&
    (lastCode === 0x756a || (beforeLastCode === 0x500d && lastCode === 0x589e)) &&
    MULTIPLE_STATED.test(rest)
  )
    return "figure";
  return null;
}

/** Opening quote marks (“ ‘) less closing ones (” ’) in t[from, to). */
function quoteBalance(t: string, from = 0, to = t.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c || c === 0x2018) n++;
    else if (c === 0x201d || c === 0x2019) n--;
  }
  return n;
}

/** The bullet or arrow of a list line (→ 新建学校5所): layout, not part of the action's words. */
const BULLET = /^[▶►●◆■▪•→➤➢]\s*/;

/**
 * A clause without its closing punctuation, without a list line's bullet, and without quote
 * marks that have no partner in it.
 */
export function trimClause(raw: string): string {
  const end = trimmedEnd(raw);
  return raw.slice(trimmedStart(raw, end), end);
}

const isClosingQuote = (c: number) => c === 0x201d || c === 0x2019;
const isOpeningQuote = (c: number) => c === 0x201c || c === 0x2018;

/** Where trimClause's text ends in `raw`: before closing punctuation and closing quote marks left unpartnered. */
function trimmedEnd(raw: string): number {
  let end = withoutEndPunctuation(raw, raw.length);
  while (end > 0 && isClosingQuote(raw.charCodeAt(end - 1)) && quoteBalance(raw, 0, end) < 0)
    end = withoutEndPunctuation(raw, end - 1);
  return end;
}

/**
 * Where trimClause's text starts in `raw`, given its end: after a list line's bullet and
 * opening quote marks left unpartnered.
 */
function trimmedStart(raw: string, end: number): number {
  let start = 0;
  const opening = raw.charCodeAt(0);
  if (end > 0 && opening > 0x2000 && opening < 0x3000)
    start = BULLET.exec(raw.slice(0, end))?.[0].length ?? 0;
  while (start < end && isOpeningQuote(raw.charCodeAt(start)) && quoteBalance(raw, start, end) > 0) start++;
  return start;
}

/** ，；：。！？ */
const isEndPunctuation = (c: number) =>
  c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x3002 || c === 0xff01 || c === 0xff1f;

/** Where t[0, end) ends without its closing punctuation. */
function withoutEndPunctuation(t: string, end: number): number {
  while (end > 0 && isEndPunctuation(t.charCodeAt(end - 1))) end--;
  return end;
}

function hasVerbWithin(hits: readonly TaggedHit[], from: number, to: number): boolean {
  for (const h of hits) if (h.tags & VERB && h.at >= from && h.at + h.word.length <= to) return true;
  return false;
}

// 一年来履职情况, 五年来工作回顾, 今年以来工作情况: a span up to now.
const LOOKS_BACK_HEADING = /过去|回顾|去年|年来|年以来/;
const SHORTCOMING_HEADING = new WordSet(actions.shortcomingHeadings);
const FORWARD_HEADING = new WordSet(actions.forwardHeadings);
/** 二、存在的问题和不足: what is under it is a shortcoming, not a plan (unless the heading turns forward too). */
const listsShortcomings = (h: string) =>
  SHORTCOMING_HEADING.findAll(h).length > 0 && FORWARD_HEADING.findAll(h).length === 0;
const REVIEW_HEADING = new RegExp([...REVIEW_WORDS, ...REVIEW_LEADS].join("|"));
const RULES_HEADING = new WordSet(actions.rulesHeadings);
/** A heading of the first level (三、考核奖惩): it closes the section of rules a heading before it opened. */
const TOP_HEADING = /^[一二三四五六七八九十]+、/;

/**
 * 三、考核奖惩 and 四、附则 in a responsibility letter or an implementation plan: the rules of
 * assessment and of the text's own use, not work to be done. A sub-heading ((一)…) under such a
 * heading stays in its rules, up to the next heading of the first level.
 */
function rulesSections(doc: DocModel): boolean[] {
  let rules = false;
  return doc.sections.map((sec) => {
    const h = sec.heading;
    if (h === null) return rules;
    if (TOP_HEADING.test(h) || !rules) rules = RULES_HEADING.findAll(h).length > 0;
    return rules;
  });
}
const TURNS_FORWARD = /^(?:今年|明年|下一步|新的一年)/;
const DATED_NARRATIVE = /^[^，。]{0,12}\d{1,2}月\d{1,2}日/;
const LOOKS_BACK_OPENING =
  /^(?:报告指出，)?(?:过去的?(?:一|两|三|五|几|\d+)年|去年|[一二三四五六七八九十]年来|近年来)/;
/** The characters LOOKS_BACK_OPENING can open with: every sentence is tried, few open so. */
const LOOKS_BACK_OPENS = new CharSet("报过去一二三四五六七八九十近");
const opensLookingBack = (t: string) => LOOKS_BACK_OPENS.at(t, 0) && LOOKS_BACK_OPENING.test(t);

/** 整改情况：【已完成】… / 进展情况：…: a line reporting how far a task has got tells what was done. */
const PROGRESS_LINE = new RegExp(`^(?:${alternation(actions.progressLabels)})[：:]`);
const PROGRESS_OPENS = new CharSet(actions.progressLabels.map((w) => w[0]).join(""));
const reportsProgress = (t: string) => PROGRESS_OPENS.at(t, 0) && PROGRESS_LINE.test(t);

/** A date (1月8日) near the start: the 月 DATED_NARRATIVE needs stands within its first 15 characters. */
function datedNarrative(t: string): boolean {
  const month = t.indexOf("月", 1);
  return month > 0 && month <= 14 && DATED_NARRATIVE.test(t);
}

/** 2014年，面对…: a paragraph opening with a year before the reference year reviews it. */
const OPENING_YEAR = /^(\d{4})年，/;
function opensWithEarlierYear(text: string, year: number | null): boolean {
  if (year === null || text[4] !== "年") return false;
  const m = OPENING_YEAR.exec(text);
  return m !== null && Number(m[1]) < year;
}

/**
 * What makes a sentence look back, worked out once per document: sections whose
 * heading looks back, and the paragraphs whose first sentence does.
 */
interface Retrospect {
  sections: boolean[];
  /**
   * The first sentence of each paragraph, whether it opens with a look back, and
   * the index of the first later sentence that turns forward again (今年，…), if any.
   */
  // (By paragraph index in an array: paragraphs are numbered from 0, and a Map's set and get
  // per sentence cost more than the rest of the look.)
  firstOfParagraph: ({ first: DocSentence; back: boolean; turned: number } | undefined)[];
  /** Sentences whose 今年 is the year reviewed (今年全镇完成…。明年，该镇将…). */
  reviewed: Set<number>;
}

function retrospect(doc: DocModel): Retrospect {
  // 过去五年工作回顾, and a heading that reviews a period of its own (上半年工作亮点, 2021年工作总结
  // said in 2021): what is under it was done.
  const rules = rulesSections(doc);
  const sections = doc.sections.map(
    (sec, i) =>
      rules[i]! ||
      LOOKS_BACK_HEADING.test(sec.heading ?? "") ||
      (sec.heading !== null && namesWorkDone(sec.heading)) ||
      (sec.heading !== null && listsShortcomings(sec.heading)) ||
      (REVIEW_HEADING.test(sec.heading ?? "") && headingPeriod(sec.heading, doc.year)?.tense === "past"),
  );
  const firstOfParagraph: Retrospect["firstOfParagraph"] = [];
  for (const s of doc.sentences) {
    const opening = firstOfParagraph[s.paragraph];
    if (!opening)
      firstOfParagraph[s.paragraph] = {
        first: s,
        back:
          opensLookingBack(s.text) ||
          opensWithEarlierYear(s.text, doc.year) ||
          reportsProgress(s.text) ||
          opensRules(s.text) ||
          statesPurpose(s.text),
        turned: Infinity,
      };
    else if (opening.back && opening.turned === Infinity && TURNS_FORWARD.test(s.text))
      opening.turned = s.index;
  }
  return { sections, firstOfParagraph, reviewed: yearInReview(doc.sentences, doc.text) };
}

/** 本措施自印发之日起施行。…本措施由某局负责解释。: a paragraph of the text's closing provisions. */
const RULES_OPENING = new RegExp(`^(?:${alternation(actions.rulesOpenings)})`);
const opensRules = (t: string) => t.charCodeAt(0) === 0x672c && RULES_OPENING.test(t);
/**
 * 为深入贯彻…，着力打造…，结合我市实际，制定如下措施。: the aims a text is made for, said in the one
 * sentence that introduces it, are no measures of their own.
 */
const PURPOSE = /^为.*[，,](?:特|现)?制定(?:如下|本)[\u4e00-\u9fa5]{0,6}[。：:]?$/;
const statesPurpose = (t: string) => t.charCodeAt(0) === 0x4e3a && PURPOSE.test(t);

/** True for a sentence whose whole paragraph looks back (过去五年…, 去年…). */
function looksBack(s: DocSentence, back: Retrospect): boolean {
  if (back.sections[s.section] || back.reviewed.has(s.index) || s.statesOnly) return true;
  // 1月8日，…召开: the news report's own narrative, not a plan.
  if (datedNarrative(s.text)) return true;
  const opening = back.firstOfParagraph[s.paragraph];
  // 去年…。今年，X将…。加快…: a sentence opening with the plan's period turns the paragraph
  // forward again, for itself and the sentences after it.
  if (opening && opening.first !== s && opening.back && s.index < opening.turned) return true;
  return opening?.first === s ? opening.back : opensLookingBack(s.text);
}

export function actionClauses(
  doc: DocModel,
  speakers: readonly string[] = [],
  goalNames: WordSet | null = null,
  launch: readonly [number, number] | null = null,
): ActionClause[] {
  const out: ActionClause[] = [];
  const speakerNames = speakers.length ? new WordSet(speakers) : null;
  // Where the speakers' names stand, found in one pass over the text (names hold no sentence mark,
  // so each lies within one sentence).
  const namedAt = speakerNames ? speakerNames.findAll(doc.text) : [];
  let named = 0;
  const back = retrospect(doc);
  let proposing: boolean[] | null = null;
  const boxItems = projectBoxItems(doc.paragraphs, doc.text);
  // Enumerated topics (一是X，) with measures after them in their segment, dropped at the end.
  const topics: ActionClause[] = [];
  let topic: ActionClause | null = null;
  for (const s of doc.sentences) {
    // (0xff1f: a sentence ending in ？, read by code rather than by a call of endsWith.)
    if (s.furniture || s.fields || !s.unit || s.text.charCodeAt(s.text.length - 1) === 0xff1f) continue;
    if (looksBack(s, back)) continue;
    // A project of a box (专栏) is one commitment, its name; what describes it is none.
    const item = boxItems.size ? boxItems.get(s.paragraph) : undefined;
    if (item) {
      if (item.start >= s.start && item.start < s.end) {
        const name = doc.text.slice(item.start, item.end);
        out.push({ start: item.start, end: item.end, text: name, sentence: s, verbAt: item.start });
      }
      continue;
    }
    // A numbered heading's first clause names the action; the rest restates its aim.
    const heading = isHeadingLine(s.text);
    // 一、聚焦经济发展 over （一）全力抓好招商引资: a heading over headings names a topic, not an action.
    if (heading && isHeadingLine(doc.paragraphs[s.paragraph + 1]?.text ?? "")) continue;
    // （一）全力打好招商引资攻坚战，着力…: a heading names the topic of the measures under it, not one of
    // them; （一）实施产业强基工程，… launches a programme, which is an action of its own.
    if (heading && !HEADING_LAUNCHES.test(s.text)) continue;
    // 三是全力扩大有效投资。储备…: a numbered topic sentence that opens a paragraph of measures is a heading.
    // (一是实施制造业提能行动。 names a goal of the framework: launching it is an action.)
    if (
      ENUMERATOR_OPENS.at(s.text, 0) &&
      TOPIC_HEADING.test(s.text) &&
      doc.sentences[s.index + 1]?.paragraph === s.paragraph &&
      (!goalNames?.has(s.text) || namesGoalOnly(s.text, goalNames)) &&
      !LAUNCHES_PROGRAMME.test(s.text)
    )
      continue;
    // One scan of the sentence gives every clause its words.
    const sentenceHits = CLAUSE_WORDS.scan(doc.text, s.start, s.end);
    if (!hasTagged(sentenceHits, VERB) && !HOLDS_PROGRAMME.test(s.text)) continue;
    // A speaker's name is looked for in the clauses of a sentence that names one.
    while (named < namedAt.length && namedAt[named]!.at < s.start) named++;
    const speakersHere = named < namedAt.length && namedAt[named]!.at < s.end ? speakerNames : null;
    const pieces = joinFramedLists(doc.text, clauses(doc.text, s));
    // 他建议，县里设立…: what a member or deputy proposes is no one's commitment (but under the
    // author's own 三、下一步工作建议, a 建议 is the plan it puts forward).
    const proposed =
      s.text.includes("建议") && !(proposing ??= proposalSections(doc))[s.section]
        ? s.start + suggestionAt(s.text, speakerNames)
        : Infinity;
    for (let k = 0; k < (heading ? Math.min(1, pieces.length) : pieces.length); k++) {
      const c = pieces[k]!;
      if (c.end > proposed) break;
      // Most clauses hold no action verb at all: they are set aside before the rules run.
      const clauseAt = c.start - s.start;
      if (!hasVerbWithin(sentenceHits, clauseAt, clauseAt + c.text.length) && !HOLDS_PROGRAMME.test(c.text))
        continue;
      const end = trimmedEnd(c.text);
      const from = trimmedStart(c.text, end);
      const text = from === 0 && end === c.text.length ? c.text : c.text.slice(from, end);
      // (Where something was cut from its start, the text is placed where indexOf finds it first.)
      const start = c.start + (from === 0 ? 0 : c.text.indexOf(text));
      const hits = hitsWithin(sentenceHits, start - s.start, start - s.start + text.length);
      // The clause that declares the framework launches it (在A、B、C三个方面攻坚突破), whatever its words.
      // (即A、B、C after a label only names the members of what the clause before launched.)
      const launches =
        launch !== null &&
        start <= launch[0] &&
        launch[1] <= start + text.length &&
        !/^(?:即|就是)/.test(text);
      if (!launches && reasonFor(text, speakersHere, hits)) continue;
      // 实施三大战略，就是深入实施…: a label restated before its explanation; the explanation acts.
      if (doc.text.startsWith("，就是", c.end - 1) && !launches) continue;
      const verbAt = start + Math.max(0, firstVerbAt(hits));
      // 新建城市书房50个、乡村文化合作社300个: one verb, two counted objects, two commitments.
      let at = start;
      const counted = countedObjects(text);
      const parts = counted.length > 1 ? counted : verbLedParts(text, hits);
      // 一是新建学校，城东小学8月建成，新增学位2400个；: an enumerated topic over the measures of its
      // segment is no commitment of its own (一是实施X行动 launches a programme; a goal's name is kept).
      if (topic && !doc.text.slice(topic.end, start).includes("；")) topics.push(topic);
      topic = null;
      if (
        NUMERALS.at(text, 0) &&
        ENUMERATED.test(text) &&
        !LAUNCHES_IN_CLAUSE.test(text) &&
        !goalNames?.has(text)
      )
        topic = { start, end: start + text.length, text, sentence: s, verbAt };
      for (const part of parts) {
        const clause = { start: at, end: at + part.length, text: part, sentence: s, verbAt };
        out.push(clause);
        if (topic && at === topic.start) topic = clause;
        at += part.length + 1;
      }
    }
    topic = null;
  }
  return topics.length ? out.filter((c) => !topics.includes(c)) : out;
}

const PROPOSAL_HEADING = new WordSet(actions.proposalHeadings);

/**
 * Whether each section lists the author's own proposals: its heading, or the first-level heading
 * above it (三、下一步工作建议 over （一）推行…改革。), holds a proposal heading's words.
 */
export function proposalSections(doc: DocModel): boolean[] {
  let top = false;
  return doc.sections.map((sec) => {
    const heading = sec.heading ?? "";
    const own = PROPOSAL_HEADING.findAll(heading).length > 0;
    if (TOP_HEADING.test(heading)) top = own;
    return own || top;
  });
}

/** Who may propose at a clause's start: a pronoun or a group (the names of speakers are looked up apart). */
const PROPOSERS = new Set(["", "他", "她", "我", "我们", "他们", "她们", "大家", "委员们", "代表们"]);
/** Adverbs between the proposer and 建议 (他还建议, 她同时建议). */
const PROPOSER_ADVERB = /(?:还|也|同时|并|进一步|特别)$/;
/** 建议 as a noun (代表建议86件, 建议的, 建议书, 意见建议): no proposal follows. */
const NOT_PROPOSING = /^[的件书和等人办数稿]/;

/**
 * Where a proposal starts in a sentence (its 建议 at a clause's start, after
 * nothing, a pronoun, a speaker's name or a person named with posts: 他建议，县里…,
 * 建议区政府…, 某某还建议在…, 市政协委员、某学院教授某某建议，…),
 * as an offset into it; Infinity when it makes none. The clauses from there on
 * are what someone asks others to do, not an action they commit to.
 */
export function suggestionAt(sentence: string, speakers: WordSet | null): number {
  for (let k = sentence.indexOf("建议"); k >= 0; k = sentence.indexOf("建议", k + 2)) {
    if (NOT_PROPOSING.test(sentence.slice(k + 2, k + 3))) continue;
    let from = k;
    while (from > 0 && !"，；：,;:“".includes(sentence[from - 1]!)) from--;
    const lead = sentence.slice(from, k).replace(PROPOSER_ADVERB, "");
    if (
      PROPOSERS.has(lead) ||
      (speakers !== null && lead.length >= 2 && speakers.longestAt(lead, 0) === lead) ||
      // 市政协常委、市工商联副主席某某建议，…: a member named with their posts proposes.
      (lead.length >= 4 && isTitledName(lead))
    )
      return k;
  }
  return Infinity;
}

/** 构建以A为引领，: a clause that opens a list of 以…为 roles after its verb, its object still to come. */
const FRAMED_LIST_OPENS = /^[^以，。]+以[^，。“”]{1,20}为[^，。的]{0,8}，$/;
/** B、C为支撑的X体系: the piece that closes the list with the object it describes. */
const FRAMED_LIST_CLOSES = /为[^，。]{0,10}的/;

/**
 * 加快构建以数字经济为引领，智能装备、现代物流为支撑的“1+4”现代产业体系: one action whose object
 * comes after a list of roles cut by commas; the pieces from the verb to the object are one clause.
 */
function joinFramedLists(text: string, pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length - 1; i++) {
    // 对首次认定的X企业，分别给予Y奖励: the beneficiary, then the benefit granted: one rule.
    if (pieces[i]!.text.charCodeAt(0) === 0x5bf9 && BENEFICIARY.test(pieces[i]!.text)) {
      if (GRANTS.test(pieces[i + 1]!.text)) {
        const start = pieces[i]!.start;
        const end = pieces[i + 1]!.end;
        pieces.splice(i, 2, { start, end, text: text.slice(start, end) });
        continue;
      }
    }
    // (A piece that ends in no comma or holds no 以 is not tried: most pieces.)
    const opens = pieces[i]!.text;
    // (0xff0c: the piece ends in ，, read by code.)
    if (
      opens.charCodeAt(opens.length - 1) !== 0xff0c ||
      opens.indexOf("以") < 1 ||
      !FRAMED_LIST_OPENS.test(opens)
    )
      continue;
    for (let j = i + 1; j < pieces.length && j <= i + 4; j++) {
      const p = pieces[j]!.text;
      if (p.startsWith("以") || !p.includes("为")) break;
      if (FRAMED_LIST_CLOSES.test(p)) {
        const start = pieces[i]!.start;
        const end = pieces[j]!.end;
        pieces.splice(i, j - i + 1, { start, end, text: text.slice(start, end) });
        break;
      }
    }
  }
  return pieces;
}

/** 对年营业收入首次突破10亿元的工业企业，: a clause naming only who a support rule is for. */
const BENEFICIARY = /^对[^，；。]{2,60}的[\u4e00-\u9fa5]{0,10}[，,]$/;
/** 分别给予…, 一次性给予…, 按…给予…: the clause that grants the benefit (lexicon actions.json supportVerbs). */
const GRANTS = new RegExp(`^[^，；。]{0,12}?(?:${alternation(actions.supportVerbs)})`);

// Counts of things (个, 家, 所…), not amounts of money or shares, which name metrics rather than objects.
const COUNTED_END =
  /\d+(?:\.\d+)?万?(?:个|家|所|条|座|处|项|名|套|台|部|间|户|公里|亩|张|支|批)(?:以上|左右)?$/;

/**
 * 即做强A、做大B、做优C: a clause cut at 、 when each piece opens with its own
 * action verb (after an opening 即/就是), one action per piece; else the clause whole.
 * `hits` are the clause's words, at offsets in the clause.
 */
function verbLedParts(text: string, hits: readonly TaggedHit[]): string[] {
  // Fewer than two 、 make fewer than three parts: the clause whole, without a split.
  const cut = text.indexOf("、");
  if (cut < 0 || text.indexOf("、", cut + 1) < 0) return [text];
  const parts = text.split("、");
  const opening = text.startsWith("即") ? 1 : text.startsWith("就是") ? 2 : 0;
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const verbAt = at + (k === 0 ? opening : 0);
    const verb = verbHitAt(hits, verbAt);
    if (!verb || part.length - (verbAt - at) - verb.word.length < 2) return [text];
    at += part.length + 1;
  }
  return parts;
}

/** The first action verb among `hits` that stands at `at`, or undefined. */
function verbHitAt(hits: readonly TaggedHit[], at: number): TaggedHit | undefined {
  for (const h of hits) if (h.at === at && h.tags & VERB) return h;
  return undefined;
}

/** The clause cut at 、 when every piece ends in its own count, else the clause whole. */
/** The characters COUNTED_END can end with: a clause ending otherwise is not tried. */
const COUNTED_LAST = new CharSet("个家所条座处项名套台部间户里亩张支批上右");

function countedObjects(text: string): string[] {
  if (!COUNTED_LAST.at(text, text.length - 1)) return [text];
  const lastCut = text.lastIndexOf("、");
  if (lastCut < 0) return [text];
  if (!COUNTED_END.test(text.slice(lastCut + 1))) return [text];
  const parts = text.split("、");
  if (parts.length < 2 || !parts.every((p) => p.length >= 3 && COUNTED_END.test(p))) return [text];
  return parts;
}
