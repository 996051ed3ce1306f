// The unit a document speaks for when no speaker says otherwise: the author
// its title, byline or opening names ("澜溪区人民政府工作报告",
// "中国共产党桐湾区第五次代表大会", "——访梧溪县委书记陶振川").
import type { Paragraph } from "../text/segment.ts";
import type { PersonMention } from "./roles.ts";
import type { AuthorUnit } from "./speakers.ts";
import { PLACE_NAME, levelOf, unitFromOrg } from "./units.ts";
import { matchesOf } from "../text/matches.ts";

const PLACE = "[\\u4e00-\\u9fa5]{2,6}?(?:新区|经济技术开发区|经济开发区|开发区|街道|区|县|市|镇|乡(?!村))";
/**
 * An official document's letterhead: the issuing body, then 文件 (鹭溪区桐荫街道办事处文件,
 * 芷川市人民政府办公室文件). The body may be named with its parents before it.
 */
const LETTERHEAD = new RegExp(
  `^((?:${PLACE})+)(?:人民政府|政府|办事处|党工委|管委会|委员会|党委|委)?(?:办公室)?文件$`,
);
/** One place of a chain (鹭溪区桐荫街道 → 鹭溪区, 桐荫街道). */
const PLACE_LINK = new RegExp(PLACE, "g");
/**
 * Each pattern with the words any line it matches must hold: an unanchored pattern opening with a
 * lazy place is tried from every character of the line, so a line without them is not searched.
 */
const AUTHOR_PATTERNS: { re: RegExp; mayMatch: (line: string) => boolean }[] = [
  // X人民政府工作报告 / X政府工作报告
  {
    re: new RegExp(`(${PLACE})(?:人民)?政府(?:工作)?报告`),
    mayMatch: (line) => line.includes("政府") && line.includes("报告"),
  },
  // 中国共产党X第N次代表大会 / 中共X委员会 / X第N次党代会
  {
    re: new RegExp(`(?:中国共产党|中共)(${PLACE})(?:委员会|委)?第?[一二三四五六七八九十\\d]+(?:次|届)`),
    mayMatch: (line) => line.includes("中共") || line.includes("中国共产党"),
  },
  {
    re: new RegExp(`(${PLACE})(?:第[一二三四五六七八九十\\d]+次)(?:党代会|代表大会)`),
    mayMatch: (line) => line.includes("次") && (line.includes("党代会") || line.includes("代表大会")),
  },
  // X人民代表大会 (a district's people's congress)
  {
    re: new RegExp(`(${PLACE})第[一二三四五六七八九十\\d]+届人民代表大会`),
    mayMatch: (line) => line.includes("届人民代表大会"),
  },
];
const TITLE_PLACE = new RegExp(
  `^(${PLACE})(?:人民政府|政府|委员会)?[^，。]{0,30}(?:规划|方案|计划|报告|意见|纲要|要点|清单|决定|通知)`,
);
/** The year's 年 (年度) a place read after a year in digits opens with. */
const YEAR_WORD = /^年度?/;
/** (赴X市考察: the place a delegation goes to is not the author.) */
const NOT_A_PLACE = /^[一二三四五六七八九十两百千\d全我本各该此赴]|都市$/;
/** An official document's number (梓交函〔2023〕42号, 〔 folded to （): the head is a 公文's. */
const DOC_NUMBER = /（\d{4}）\d+号/;
/**
 * A letterhead naming a department of a place's government alone (梓岚县交通运输局,
 * 芷川市住房和城乡建设局, optionally then 文件): the department issues the document.
 */
const DEPARTMENT_LETTERHEAD = new RegExp(
  `^((?:${PLACE})+[\\u4e00-\\u9fa5]{2,12}?(?:委员会|办公室|局|委|办|厅))(?:文件)?$`,
);

/** Paragraphs at the head of the document: titles, bylines, datelines. */
export function headParagraphs(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    if (/[。！？]/.test(p.text) && (p.text.length > 30 || p.text.includes("，"))) break;
    out.push(p);
    if (out.length >= 8) break;
  }
  return out;
}

export function findAuthor(head: Paragraph[], mentions: PersonMention[]): AuthorUnit | null {
  // The letterhead names the issuer; of a chain of places the last, most specific one issues
  // (a 街道 under its district): the parents own nothing of it.
  for (const p of head) {
    // A letterhead is written with no space in it and ends in 文件: other lines are not searched.
    if (!p.text.endsWith("文件") || /\s/.test(p.text)) continue;
    const m = LETTERHEAD.exec(p.text);
    if (!m) continue;
    const chain = [...m[1]!.matchAll(PLACE_LINK)];
    const last = chain[chain.length - 1]!;
    const name = last[0];
    if (NOT_A_PLACE.test(name)) continue;
    const start = p.start + last.index;
    return { name, level: levelOf(name.slice(-1)), span: [start, start + name.length] };
  }
  const department = departmentLetterhead(head);
  if (department) return department;
  for (const p of head) {
    for (const { re, mayMatch } of AUTHOR_PATTERNS) {
      const m = mayMatch(p.text) ? re.exec(p.text) : null;
      if (!m) continue;
      // 1月8日在石湖区…: the lazy place pattern starts at the first Han character; drop the date and preposition.
      let lead = /^(?:[\d一二三四五六七八九十]*日)?(?:在|于|向|对)?/.exec(m[1]!)![0];
      // 2025年芷川市政府工作报告: after a year in digits the lazy place opens on the year's 年.
      const opens = m.index + m[0].indexOf(m[1]!);
      if (!lead && m[1]!.startsWith("年") && /\d/.test(p.text[opens - 1] ?? ""))
        lead = YEAR_WORD.exec(m[1]!)![0];
      const name = m[1]!.slice(lead.length);
      if (name.length >= 2 && !NOT_A_PLACE.test(name)) {
        const start = p.start + m.index + m[0].indexOf(m[1]!) + lead.length;
        return { name, level: levelOf(name.slice(-1)), span: [start, start + name.length] };
      }
    }
  }
  // A title that opens with a place and names a plan or report: 芷川市推进制造业高质量发展三年行动方案.
  for (const p of head) {
    const m = TITLE_PLACE.exec(p.text.replace(/^(?:关于印发|关于)?[《“]?/, ""));
    if (m && !NOT_A_PLACE.test(m[1]!)) {
      const start = p.start + p.text.indexOf(m[1]!);
      return { name: m[1]!, level: levelOf(m[1]!.slice(-1)), span: [start, start + m[1]!.length] };
    }
  }
  // A byline naming one person with a place: the interview's or report's subject.
  const headEnd = head.length ? head[head.length - 1]!.end : 0;
  for (const m of mentions) {
    if (m.start >= headEnd) break;
    const post = m.posts.find((p) => p.unit);
    if (post) {
      return { name: post.unit, level: levelOf(post.unit.slice(-1)), span: [m.start, m.end] };
    }
  }
  return null;
}

/**
 * In a head that holds a document number (an official letter, a reply, a notice), a line that is
 * a department's name and nothing else is its letterhead: the department issues the document and
 * owns what it says (我局…). A party committee or a government is the place, named by the patterns
 * above; a department stands for no level (its 局长 is its own).
 */
function departmentLetterhead(head: Paragraph[]): AuthorUnit | null {
  if (!head.some((p) => p.text.includes("号") && DOC_NUMBER.test(p.text))) return null;
  for (const p of head) {
    const line = p.text.trim();
    if (line.length > 24 || /\s/.test(line) || line.startsWith("中共")) continue;
    const m = DEPARTMENT_LETTERHEAD.exec(line);
    if (!m || NOT_A_PLACE.test(m[1]!) || unitFromOrg(m[1]!) !== m[1]) continue;
    const start = p.start + p.text.indexOf(m[1]!);
    return { name: m[1]!, level: null, span: [start, start + m[1]!.length] };
  }
  return null;
}

/** Words a lazy place match may open with that are not part of the name (全区, 在石湖区, 和…). */
const PLACE_LEAD = /^(?:[\d一二三四五六七八九十]*[年月日])?(?:全|我|本|各|在|和|与|的|了|将|对|向|于|据)+/;

/**
 * The places the head lines (title, headline, dateline) name, in order:
 * "道里区2023年重点工作安排" → 道里区. They are the document's own places when
 * no byline or report title says whose it is.
 */
export function headPlaces(head: Paragraph[]): AuthorUnit[] {
  const out: AuthorUnit[] = [];
  for (const p of head) {
    for (const m of matchesOf(PLACE_NAME, p.text)) {
      const lead = PLACE_LEAD.exec(m[0])?.[0] ?? "";
      const name = m[0].slice(lead.length);
      if (name.length < 3 || NOT_A_PLACE.test(name) || /城市$|地区$|社区$|园区$|城区$|辖区$/.test(name))
        continue;
      if (out.some((u) => u.name === name)) continue;
      const start = p.start + m.index + lead.length;
      out.push({ name, level: levelOf(name.slice(-1)), span: [start, start + name.length] });
    }
  }
  return out;
}

/**
 * A government's own news account (X发布, the name such WeChat and Weibo accounts go by) on one
 * of the first lines, then the date: 青溪发布 2024年12月31日. The account speaks for the place the text
 * names with that short name (青溪县), when it names one.
 */
const ACCOUNT_LINE = /^([\u4e00-\u9fa5]{2,4})发布(?:\s|$)/;
export function accountAuthor(lines: Paragraph[], text: string): AuthorUnit | null {
  for (const p of lines) {
    if (!p.text.includes("发布")) continue;
    const m = ACCOUNT_LINE.exec(p.text);
    if (!m || NOT_A_PLACE.test(m[1]!)) continue;
    const place = new RegExp(`${m[1]}(?:新区|街道|县|区|市|镇|乡)`).exec(text);
    if (!place) continue;
    return {
      name: place[0],
      level: levelOf(place[0].slice(-1)),
      span: [place.index, place.index + place[0].length],
    };
  }
  return null;
}

/** A date standing alone on a line: 2019年5月27日. */
const DATE_LINE = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/;
/** How many lines above the closing date the signature may stand (an attachment line between). */
const SIGNATURE_REACH = 3;
const SIGNATURE_PLACE = new RegExp(`^${PLACE}`);

/**
 * The place that signs a report at its end, on a line of its own above the date
 * (青溪县赴某地考察学习团 / 2019年5月27日 → 青溪县), or null.
 */
export function signatureAuthor(paras: readonly Paragraph[]): AuthorUnit | null {
  let dated = paras.length - 1;
  while (dated >= 0 && !paras[dated]!.text.trim()) dated--;
  if (dated < 1 || !DATE_LINE.test(paras[dated]!.text)) return null;
  for (let k = dated - 1; k >= Math.max(0, dated - SIGNATURE_REACH); k--) {
    const p = paras[k]!;
    if (p.text.length > 30 || /[。！？，：:]/.test(p.text)) return null;
    const m = SIGNATURE_PLACE.exec(p.text.trim());
    if (!m || NOT_A_PLACE.test(m[0])) continue;
    const start = p.start + p.text.indexOf(m[0]);
    return { name: m[0], level: levelOf(m[0].slice(-1)), span: [start, start + m[0].length] };
  }
  return null;
}
