// Names of units (the organisations that own commitments), read by the
// grammar of Chinese administrative and organisational names.
import type { UnitKind } from "../types.ts";
import { PEOPLE, longestFirst } from "../lexicon.ts";
import { CharSet } from "../targets/chars.ts";

const ORG_STRIP = longestFirst(PEOPLE.orgStrip);

/** Administrative level a place-less title or body speaks for (市长 → 市). */
export type Level = "市" | "区" | "县" | "镇" | "乡";
const LEVELS = new Set<string>(["市", "区", "县", "镇", "乡"]);

/**
 * The unit an organisation part of a title names: 石湖区委 → 石湖区,
 * 云澜新区党工委 → 云澜新区, 澜溪区人民政府 → 澜溪区, 市发展改革委 stays.
 * Returns "" when nothing is left but a level word (区委 → "").
 */
export function unitFromOrg(org: string): string {
  let name = org.trim();
  let changed = true;
  while (changed && name) {
    changed = false;
    for (const suffix of ORG_STRIP) {
      if (name.length > suffix.length - 1 && name.endsWith(suffix)) {
        name = name.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
    // 区委, 县委, 市委, 镇委: the party committee of the place.
    if (name.length >= 1 && name.endsWith("委") && LEVELS.has(name[name.length - 2] ?? "")) {
      name = name.slice(0, -1);
      changed = true;
    }
  }
  if (LEVELS.has(name)) return "";
  return name;
}

/** The level a bare body or title names: 区委 → 区, 市长 → 市, 局长 → null. */
export function levelOf(word: string): Level | null {
  const first = word[0] ?? "";
  if (LEVELS.has(first)) return first as Level;
  for (const ch of word) if (LEVELS.has(ch)) return ch as Level;
  return null;
}

/** The kind a name's ending gives, the first row whose suffixes it ends with (else an organisation). */
const KIND_BY_SUFFIX: [string[], UnitKind][] = [
  [
    ["开发区", "经开区", "高新区", "园区", "示范区", "试验区", "自贸区", "保税区", "工业园"],
    "development_zone",
  ],
  [["新区"], "new_area"],
  [["股份有限公司", "有限公司", "公司", "集团", "厂"], "company"],
  [["医院", "学校", "大学", "学院", "中学", "小学", "研究院", "研究所", "院", "馆", "中心"], "institution"],
  [["局", "委", "办", "厅", "部", "署", "处", "中心", "委员会", "办公室"], "department"],
  [["政府"], "city"],
  [["街道", "镇", "乡"], "town"],
  [["县"], "county"],
  [["区"], "district"],
  [["市", "州", "盟"], "city"],
];

/**
 * KIND_BY_SUFFIX's suffixes with their kinds, in the table's order, grouped by
 * the suffix's last character: a name is compared only with the suffixes that
 * end in its own last character (it was 40 endsWith calls for a name of no kind).
 */
const KIND_BY_LAST_CHARACTER = (() => {
  const out = new Map<number, [string, UnitKind][]>();
  for (const [suffixes, kind] of KIND_BY_SUFFIX)
    for (const x of suffixes) {
      const last = x.charCodeAt(x.length - 1);
      const group = out.get(last);
      if (group) group.push([x, kind]);
      else out.set(last, [[x, kind]]);
    }
  return out;
})();

export function unitKind(name: string): UnitKind {
  // endsWith, not a /(…)$/ per row: an unanchored expression is tried from every character.
  for (const [x, kind] of KIND_BY_LAST_CHARACTER.get(name.charCodeAt(name.length - 1)) ?? [])
    if (name.endsWith(x)) return kind;
  return "organisation";
}

/** Short forms a text uses for a place: 石湖区 → 石湖, 梧溪县 → 梧溪. */
export function shortForms(name: string): string[] {
  const out: string[] = [];
  const m = /^(.{2,})(区|县|镇|乡|市)$/.exec(name);
  if (m && !/(新|开发|园|经开|高新)$/.test(m[1]!)) out.push(m[1]!);
  return out;
}

/** A place name with its administrative suffix: 桐湾区, 梧溪县, 芷川市, 芦湾镇. */
export const PLACE_NAME =
  /[\u4e00-\u9fa5]{2,8}?(?:新区|经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|区|县|市|镇|乡(?!村))/g;

/**
 * A unit a person can come from or work in: a place, or a street office, a
 * park or a zone (黄泥塘街道, 渠南工业园).
 */
const UNIT_STICKY = new RegExp(
  PLACE_NAME.source.replace("(?:新区", "(?:街道|工业园区|工业园|产业园区|产业园|园区|新区"),
  "y",
);
/** The unit name that starts at `at`, if one does. */
export function placeAt(text: string, at: number): string | null {
  UNIT_STICKY.lastIndex = at;
  const m = UNIT_STICKY.exec(text);
  return m ? m[0] : null;
}

/** How far back a place-less post looks for the place it speaks for. */
const PLACE_REACH = 160;
const PLACE_BOUNDARY = /[，。；、：！？“”‘’（）《》\s\d]/;
/** Characters that sit between words, never inside a place's own name (会在县… is no place). */
const FUNCTION_CHARS = /[是的在了和与将对为把被从向于及都也就还]/;
const NAME_LEAD = /^[全我本各该此一二三四五六七八九十两百千年月日]/;

/**
 * The place of `level` named last before `at`, close by: "石门镇是工业重镇。…镇党委书记黄某"
 * → 石门镇, "，崧阳县…述职评议会召开。县长龙某某" → 崧阳县. The name (two or three
 * characters and the level word) must open after a boundary, so that the tail of
 * a run of words ending in the level character is not taken for a place.
 */
export function placeBefore(text: string, at: number, level: Level): string | null {
  const from = Math.max(0, at - PLACE_REACH);
  for (let k = text.lastIndexOf(level, at - 1); k >= from + 2; k = text.lastIndexOf(level, k - 1)) {
    // 围绕全市…, 推动我区…: a scope word before the level names no place.
    if (NAME_LEAD.test(text[k - 1]!)) continue;
    for (const len of [2, 3]) {
      const start = k - len;
      if (start < from) break;
      const name = text.slice(start, k);
      if (!/^[\u4e00-\u9fa5]+$/.test(name) || FUNCTION_CHARS.test(name.slice(1)) || NAME_LEAD.test(name))
        break;
      if (start === 0 || PLACE_BOUNDARY.test(text[start - 1]!) || /[年月日]/.test(text[start - 1]!))
        return name + level;
    }
  }
  return null;
}

/**
 * What may stand before a clause's subject: a time word, the meeting's voice in a
 * release (会议要求，), the campaign a speech is on (在基础设施攻坚战中，).
 */
const SUBJECT_LEAD =
  "(?:(?:今年|明年|全年|年内|同时|此外|另外|其中)，?|会议(?:要求|强调|指出|提出|明确)，|在[^，。；：“”‘’]{2,20}?[中上]，){0,3}";
/**
 * After the subject: a modal, a verb of charge, or a time word before the verb (县住建局今年改造…,
 * 市水务局年底前建成…, 县交通局9月底前完成…, 县住建局第四季度要…).
 */
const SUBJECT_TAIL =
  "(?:要|将|还要|还将|也要|也将|负责|牵头|会同|今年|明年|年内|全年|年底前|年末前|上半年|下半年|第[一二三四]季度|\\d{1,2}月底前)";

/**
 * A department of a place's government opening a sentence as the one who acts
 * (市发展改革委要牵头建立…, 市科技局牵头设立…, 县农业农村局负责培育…, 今年，市商务局将…,
 * 在基础设施攻坚战中，县水务局要…, 县委督查室要…; an item's number before it, 2.县交通局牵头的…任务):
 * inside a city's or county's report, that sentence is the department's task.
 * Party committees and governments (市委, 青溪区委, 镇党委) are the place itself, not a
 * department of it.
 */
const DEPARTMENT_SUBJECT = new RegExp(
  `^${SUBJECT_LEAD}([省市区县州][\u4e00-\u9fa5]{2,10}?(?:委员会|办公室|局|委|办|厅|署|室))${SUBJECT_TAIL}`,
);
// (By character code: a set of strings hashed a new one-character string per sentence.)
const SUBJECT_OPENS = new CharSet("省市区县州今明全年同此另其会在");

export function departmentSubject(sentence: string): string | null {
  if (!SUBJECT_OPENS.has(sentence.charCodeAt(0))) return null;
  const m = DEPARTMENT_SUBJECT.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  return unitFromOrg(name) === name ? name : null;
}

/**
 * A township or street office opening a sentence as the one who acts (石门镇要抓好…, 城关镇要加快…,
 * 今年，柳河乡将…): in a county's speech that sentence is the township's task, as a department's is.
 * 全镇/本乡/各乡镇 speak of the speaker's own or of all, not of one named township.
 */
const TOWNSHIP_SUBJECT = new RegExp(
  `^${SUBJECT_LEAD}([\u4e00-\u9fa5]{2,3}?(?:街道|镇|乡))(?:要|将|还要|还将|也要|也将|负责|牵头)`,
);
// 今年街道将…: a time word before the bare level word (街道, 镇) is no township's name.
const NOT_A_TOWNSHIP = /^(?:全|本|各|该|我|此|其|乡镇|城乡|今年|明年|全年|年内)|乡镇$/;

export function townshipSubject(sentence: string): string | null {
  // A township's name ends in 镇, 乡 or 街道: a sentence without them names none (most sentences).
  if (!sentence.includes("镇") && !sentence.includes("乡") && !sentence.includes("街道")) return null;
  const m = TOWNSHIP_SUBJECT.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  return NOT_A_TOWNSHIP.test(name) ? null : name;
}

/**
 * A development zone or park opening a sentence as the one who acts (桐溪经济开发区要聚焦…,
 * 经开区要加快…, 在工业攻坚中，云岭高新区将…): in a county's or district's speech or release
 * that sentence is the zone's task, as a department's is. 各开发区/全区 speak of all or of the
 * speaker's own.
 */
const ZONE_SUBJECT = new RegExp(
  `^${SUBJECT_LEAD}([\u4e00-\u9fa5]{0,8}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区|产业园区))${SUBJECT_TAIL}`,
);
const NOT_A_ZONE = /^(?:全|本|各|该|我|此|其|有关|相关)/;

export function zoneSubject(sentence: string): string | null {
  // Every zone's name holds 区: a sentence without one names none (most sentences).
  if (!sentence.includes("区")) return null;
  const m = ZONE_SUBJECT.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  return NOT_A_ZONE.test(name) ? null : name;
}

/**
 * The body a sentence opens by naming as its lead (由县城投公司牵头，在…建设…, 由市交通运输局负责，…):
 * the sentence is that body's task. A party committee or government (由县委…) is the place itself.
 */
const LED_BY = /^由([\u4e00-\u9fa5]{2,16}?(?:委员会|办公室|公司|集团|中心|局|委|办))(?:牵头|负责)[，,]/;

export function leadSubject(sentence: string): string | null {
  if (sentence.charCodeAt(0) !== 0x7531) return null; // 由
  const m = LED_BY.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  return unitFromOrg(name) === name && !/^[省市区县州镇乡]委$/.test(name) ? name : null;
}

/** The unit other than a speaker that opens a sentence as its subject (department, township, zone, lead). */
export function clauseSubject(sentence: string): string | null {
  const numbered = sentence.slice(itemNumberEnd(sentence));
  const text = numbered.slice(fieldLabelEnd(numbered));
  return departmentSubject(text) ?? townshipSubject(text) ?? zoneSubject(text) ?? leadSubject(text);
}

/** A field label of two to six characters opening a line (下步措施：, 整改措施：) stands before the subject. */
const FIELD_LABEL = /^[\u4e00-\u9fa5]{2,6}[：:]/;
const FULL_COLON = "：".charCodeAt(0);
const COLON = ":".charCodeAt(0);

/** An item's number opening its line (1. / 2、 / （3） / (四)), which stands before the subject. */
const ITEM_NUMBER = /^(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])/;

/** Where the text after an opening item number begins (0 when there is none). */
function itemNumberEnd(sentence: string): number {
  const m = ITEM_NUMBER.exec(sentence);
  return m ? m[0].length : 0;
}

/** Where the text after an opening field label begins (0 when there is none). */
function fieldLabelEnd(sentence: string): number {
  // (A label's colon stands at 2 to 6: those five characters are read, where a slice and a
  // search of it cost a new string and a call into the expression for every sentence.)
  let colon = false;
  for (let i = 2; i < 7 && i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === FULL_COLON || code === COLON) colon = true;
  }
  if (!colon) return 0;
  const m = FIELD_LABEL.exec(sentence);
  return m ? m[0].length : 0;
}
