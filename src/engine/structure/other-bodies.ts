// Items a speaker quotes from another body (FORMAT.md: "报告中指出要…, 市委确立的
// “X”战略 belong to the body that wrote or set it"): a deputy reviewing the
// city government's work report (“报告提出，今年要加快建设A，推动B，这对我们…”),
// a bureau head citing the party committee's decision (市委X全会作出了构建“Y”格局的决定).
// The quoted stretch is owned by that body; the speaker's own clauses around it stay theirs.
import type { DocModel } from "../document.ts";
import { levelOf, type Level } from "./units.ts";

export interface OtherBodySpan {
  start: number;
  end: number;
  unit: string;
  /** True for what follows 报告提出: its first clause is read apart from the 报告提出 before it. */
  says?: boolean;
  /** True for the words a speaker quotes from the report (对报告中“X”的表述): they are the item. */
  quote?: boolean;
  /** A decision the body took (作出了构建…的决定): the action it names, [start, end). */
  decision?: [number, number];
}

/** The report the document discusses and the body that wrote it: 市政府工作报告 → 市政府. */
// (The level alone: a place name cannot be told from the verbs before it, 审议市政府工作报告.)
const GOVERNMENT_REPORT = /([省市区县])(?:人民)?政府工作报告/;
/** 政府工作报告 with no level, reviewed at a congress that has one: 市十四届人大一次会议 → 市. */
const CONGRESS_LEVEL = /([省市区县])(?:[一二三四五六七八九十\d]+届)?人大/;
const CONGRESS_REPORT = /([省市区县])第[一二三四五六七八九十\d]+次党代会报告|([省市区县])党代会报告/;

/** 报告提出，… / 报告中提出要… / 报告强调: what follows is the report's. */
// Also 报告里有一句话，‘…’ and 报告把X摆在突出位置，明确… (the verb after a first clause of the report's).
const REPORT_SAYS =
  /^报告(?:(?:中|里)?(?:提出|指出|明确|强调|提到|部署|(?:有|写了|有这样)一句话)|[^，。；“”‘’]{2,16}，(?:明确|提出|强调))(?![的了])[，：]?/;
/** 对报告中“大力发展X”的表述: the quoted words are the report's. */
const REPORT_QUOTES = /^报告中[“‘]([^”’]{2,40})[”’]/;
/** Where the speaker's own words take over again: 这对我们…, 我们要…, 听了… */
const OWN_AGAIN = /^(?:这|我们|我|咱们|对此|为此|作为|听了|让我们)/;

/** A party committee's session and its decision: 市委十二届四次全会作出了构建X的决定. */
const DECISION =
  /([省市区县]委)(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次)?(?:全会|全体(?:（扩大）)?会议|常委会(?:会议)?)?(?:作出了|作出的|作出)([^，。；“”‘’]{0,6}?[“‘][^”’]{2,20}[”’][^，。；]{0,12}?)的决定/g;

/** The body whose report the document reviews, if it names one. */
function reportBody(text: string): string | null {
  const head = text.slice(0, 20000);
  const gov = GOVERNMENT_REPORT.exec(head);
  if (gov) return `${gov[1]}政府`;
  if (head.includes("政府工作报告")) {
    const level = CONGRESS_LEVEL.exec(head);
    if (level) return `${level[1]}政府`;
  }
  const congress = CONGRESS_REPORT.exec(head);
  if (congress) return `${congress[1] ?? congress[2]}委`;
  return null;
}

/** True when `body` (市政府, 区委, X区政府) is the same government as `unit` (X区, 区政府). */
function sameGovernment(body: string, unit: string | null, author: string | null): boolean {
  const place = body.replace(/(?:人民)?政府$|委$/, "");
  const level = levelOf(place.slice(-1));
  for (const u of [unit, author]) {
    if (!u) continue;
    if (place.length >= 2 && (body.startsWith(u) || u.startsWith(place))) return true;
    // A bare level (区委, 市政府) is the document's own government when the owner is of that level.
    if (body.length <= 3 && level !== null && levelOf(u.slice(-1)) === level) return true;
  }
  return false;
}

/** The end of the stretch a report is quoted over, from `from` in the sentence ending at `end`. */
function quotedEnd(text: string, from: number, end: number): number {
  let i = from;
  // Quote marks opened inside the stretch (‘全面推进“三城同创”’) close inside it too.
  let depth = 0;
  while (i < end) {
    const ch = text[i]!;
    if (ch === "“" || ch === "‘") depth++;
    else if ((ch === "”" || ch === "’") && depth > 0) depth--;
    else if (ch === "”") return i;
    else if (depth === 0 && (ch === "，" || ch === "；")) {
      let j = i + 1;
      while (j < end && text[j] === " ") j++;
      if (OWN_AGAIN.test(text.slice(j, j + 4))) return i;
    }
    i++;
  }
  return end;
}

export function otherBodySpans(doc: DocModel, author: string | null): OtherBodySpan[] {
  const out: OtherBodySpan[] = [];
  const { text } = doc;
  // Only texts that quote a report or a decision are read further.
  const mentionsReport = text.includes("报告");
  const mentionsDecision = text.includes("的决定");
  if (!mentionsReport && !mentionsDecision) return out;
  const body = mentionsReport ? reportBody(text) : null;
  for (const s of doc.sentences) {
    if (s.furniture || !s.unit) continue;
    if (body && s.text.includes("报告")) {
      for (let k = s.text.indexOf("报告"); k >= 0; k = s.text.indexOf("报告", k + 2)) {
        const at = s.start + k;
        // 在报告中指出: the speaker gives the report, it is theirs.
        if (text.slice(Math.max(s.start, at - 4), at).includes("在")) continue;
        if (sameGovernment(body, s.unit, author)) continue;
        const quote = REPORT_QUOTES.exec(text.slice(at, s.end));
        if (quote) {
          const start = at + quote[0].indexOf(quote[1]!);
          out.push({ start, end: start + quote[1]!.length, unit: body, quote: true });
          continue;
        }
        const says = REPORT_SAYS.exec(text.slice(at, s.end));
        if (!says) continue;
        const start = at + says[0].length;
        const end = quotedEnd(text, start, s.end);
        if (end - start >= 4) out.push({ start, end, unit: body, says: true });
      }
    }
    if (mentionsDecision && s.text.includes("的决定")) {
      for (const m of s.text.matchAll(DECISION)) {
        const decided = m[2]!;
        const start = s.start + m.index + m[0].indexOf(decided);
        if (sameGovernment(m[1]!, s.unit, author)) continue;
        // The decision reaches on to the members it names (即以A为“一主”…), within the quotation.
        out.push({
          start,
          end: quotedEnd(text, start, s.end),
          unit: m[1]!,
          decision: [start, start + decided.length],
        });
      }
    }
  }
  return out;
}

/**
 * The quoted stretches ordered by start, for lookups by offset. A file of many
 * articles holds thousands of stretches and a hundred thousand items: testing
 * every stretch for every item made this the engine's costliest step.
 */
export interface OtherBodyIndex {
  /** Indexes into the stretches, by start (stable: equal starts keep their order). */
  byStart: number[];
  spans: readonly OtherBodySpan[];
  /** The longest stretch: a stretch holding `at` starts no earlier than at − longest. */
  longest: number;
}

export function indexOtherBodies(spans: readonly OtherBodySpan[]): OtherBodyIndex {
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  let longest = 0;
  for (const s of spans) longest = Math.max(longest, s.end - s.start);
  return { byStart, spans, longest };
}

/** The first position in `index.byStart` whose stretch starts at or after `from`. */
export function firstStartingAt(index: OtherBodyIndex, from: number): number {
  let lo = 0;
  let hi = index.byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.spans[index.byStart[mid]!]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The body owning offset `at`: the first stretch (in the order found) that holds it. */
export function otherBodyAt(index: OtherBodyIndex, at: number): string | null {
  let best = -1;
  for (let k = firstStartingAt(index, at - index.longest); k < index.byStart.length; k++) {
    const i = index.byStart[k]!;
    const s = index.spans[i]!;
    if (s.start > at) break;
    if (at < s.end && (best < 0 || i < best)) best = i;
  }
  return best < 0 ? null : index.spans[best]!.unit;
}

/**
 * 县政府工作报告明确，去年…；今年将…: a paragraph that opens by citing a government's report
 * summarises that report, all of it (a round-up of a discussion sets the report's figures
 * out before the members speak). The level of the government, or null.
 */
const REPORT_PARAGRAPH =
  /^([省市区县])(?:人民)?政府工作报告(?:中|里)?(?:明确|提出|指出|强调|部署|显示)[，：]/;

export function reportParagraphLevel(paragraph: string): Level | null {
  const m = paragraph.length > 12 && paragraph[1] !== "报" ? REPORT_PARAGRAPH.exec(paragraph) : null;
  return m ? (m[1] as Level) : null;
}
