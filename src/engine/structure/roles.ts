// People named with their posts: "市第九次党代会代表,石湖区委书记欧阳晓峰",
// "澜溪区人民政府区长 程立航", "市委副书记、市长程维东". A mention is a chain
// of posts (organisation + title, separated by 、 or ，) ending in a name.
import { PEOPLE, SURNAMES, alternation, longestFirst } from "../lexicon.ts";
import { WordSet } from "../text/wordset.ts";
import { placeAt, placeBefore, levelOf, unitFromOrg, type Level } from "./units.ts";
import { CharSet } from "../targets/chars.ts";
import { matchesOf } from "../text/matches.ts";

export interface Post {
  /** The organisation part as written ("石湖区委"), "" when the title has none. */
  org: string;
  title: string;
  /** Unit the post speaks for; "" with `level` set for a place-less post (区长). */
  unit: string;
  level: Level | null;
  /** For a place-less post, the place of its level named just before the mention (see placeBefore). */
  nearby?: string;
}

export interface PersonMention {
  person: string;
  /** Start of the whole chain (first post), end of the name. */
  start: number;
  end: number;
  nameStart: number;
  posts: Post[];
  /** The character(s) right after the name: ：, 说, 表示, end of line… */
  after: string;
}

const TITLES = new WordSet(PEOPLE.titles);
const MEMBERSHIPS = new WordSet(PEOPLE.membership);
/** The title a chunk of a chain ends in (the longest), or null. */
const titleAtEnd = (chunk: string) => TITLES.endsAt(chunk, chunk.length, Infinity);
/** Bodies whose 委员 is a post of that body, not a membership only (lexicon postBodies). */
const POST_BODIES: readonly string[] = PEOPLE.postBodies;
const endsInMembership = (chunk: string) => MEMBERSHIPS.endsAt(chunk, chunk.length, Infinity) !== null;
const SPEECH = longestFirst(PEOPLE.speechVerbs);
// Surnames by character code: a set of strings would hash a new one-character string per test.
const SINGLE_SURNAMES = new CharSet([...SURNAMES.single].filter((c) => c.length === 1).join(""));
const DOUBLE_SURNAMES = new Set(SURNAMES.double.filter((d) => d.length === 2).map((d) => pairCode(d, 0)));

/** The two UTF-16 code units at `i` as one number (NaN past the end, which no set holds). */
function pairCode(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/** True when a double surname starts at `i`. */
const doubleSurnameAt = (text: string, i: number) => DOUBLE_SURNAMES.has(pairCode(text, i));
/** True when a single surname stands at `i`. */
const singleSurnameAt = (text: string, i: number) =>
  i < text.length && SINGLE_SURNAMES.has(text.charCodeAt(i));
const NARRATIVE = /^.*(?:了|是|听取|讨论|审议|召开|出席|会见|邀请|参加|同意|批准|任命|通过)/;
const NOT_NAMES = new WordSet(PEOPLE.notNames);
const DEPUTY_MARKS = new WordSet(PEOPLE.deputyMarks);
/** The marks that hold no other mark: each mark's occurrence holds one of them. */
const INNER_DEPUTY_MARKS = PEOPLE.deputyMarks.filter(
  (m) => !PEOPLE.deputyMarks.some((o) => o !== m && m.includes(o)),
);
const NAME_THEN_POSTS = /([\u4e00-\u9fa5]{2,4})（([^（）。，]{2,40})）/y;

/**
 * Matches of NAME_THEN_POSTS in text[from, to), in order, as matchAll would
 * find them. The pattern is tried only where a （ follows two to four Han
 * characters: a search from every character cost more than the rest of the
 * mention finder.
 */
function namesThenPosts(text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = from;
  for (let p = text.indexOf("（", from); p >= 0 && p < to; p = text.indexOf("（", p + 1)) {
    // The name is the run of Han characters before the bracket: at most four, at least two.
    let start = p;
    while (start > Math.max(next, p - 4) && isHan(text[start - 1])) start--;
    if (start > p - 2) continue;
    // From any later start the name would end at the same bracket and the posts be the same: the
    // pattern fails there too when it fails from the run's start, so it is tried once.
    NAME_THEN_POSTS.lastIndex = start;
    const m = NAME_THEN_POSTS.exec(text);
    if (m && start + m[0].length <= to) {
      out.push(m);
      next = start + m[0].length;
    }
  }
  return out;
}
const CHAIN_NOISE = new RegExp(`^(?:${alternation(PEOPLE.chainNoise)})+`);
// Characters that end a name: punctuation, space, line end.
const NAME_END = /[：，。；、！？“”‘’（）\s]/;

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fa5;
}

/** True when a name may end at `i`: a boundary character or a speech verb follows. */
function nameEndsAt(text: string, i: number, lineEnd: number): string | null {
  if (i >= lineEnd) return "\n";
  const ch = text[i]!;
  if (NAME_END.test(ch)) return ch;
  for (const verb of SPEECH) if (text.startsWith(verb, i)) return verb;
  return null;
}

/** Reads a personal name starting at `i`, if one is there. */
export function readName(text: string, i: number, lineEnd: number): { end: number; after: string } | null {
  const first = text[i];
  if (!isHan(first)) return null;
  const surnameLen = doubleSurnameAt(text, i) ? 2 : singleSurnameAt(text, i) ? 1 : 0;
  if (!surnameLen) return null;
  for (const given of [1, 2]) {
    const end = i + surnameLen + given;
    if (end > lineEnd) break;
    let ok = true;
    for (let k = i + surnameLen; k < end; k++) if (!isHan(text[k])) ok = false;
    if (!ok) break;
    const after = nameEndsAt(text, end, lineEnd);
    if (after) return { end, after };
  }
  return null;
}

/** How far around a title a name's other mentions are looked for. */
const NAME_ECHO_REACH = 3000;

/**
 * A name after a title that runs on into the sentence with no boundary
 * (“…。”省人大代表、某市委书记邵某某一开口就…, 县长龙某某出席会议并讲话): the same
 * characters said elsewhere nearby, where a boundary or a speech verb follows
 * them (邵某某表示, 龙某某在讲话中), tell where the name ends. The longer name is
 * tried first; a name said only once in such a run is left unread.
 */
export function echoedName(
  text: string,
  i: number,
  from: number,
  to: number,
): { end: number; after: string } | null {
  const first = text[i];
  if (!isHan(first)) return null;
  const surnameLen = doubleSurnameAt(text, i) ? 2 : singleSurnameAt(text, i) ? 1 : 0;
  if (!surnameLen) return null;
  const lo = Math.max(from, i - NAME_ECHO_REACH);
  const hi = Math.min(to, i + NAME_ECHO_REACH);
  for (const given of [2, 1]) {
    const end = i + surnameLen + given;
    let han = true;
    for (let k = i + surnameLen; k < end; k++) if (!isHan(text[k])) han = false;
    if (!han) continue;
    const name = text.slice(i, end);
    for (let k = text.indexOf(name, lo); k >= 0 && k + name.length <= hi; k = text.indexOf(name, k + 1)) {
      if (k === i) continue;
      let lineEnd = text.indexOf("\n", k);
      if (lineEnd < 0 || lineEnd > to) lineEnd = to;
      // The echo must itself start a name (not sit inside a longer run of a name's characters).
      if (k > 0 && isHan(text[k - 1]) && !TITLES.endsAt(text, k, Infinity)) continue;
      if (nameEndsAt(text, k + name.length, lineEnd)) return { end, after: text[end] ?? "\n" };
    }
  }
  return null;
}

const NAME_FOLLOWERS = new WordSet(PEOPLE.nameFollowers);

/**
 * A name after a title followed by a word a report writes right after a name
 * (县长某某出席会议, 副市长某某则…; lexicon nameFollowers): the shorter name first,
 * as readName reads it.
 */
function followedName(text: string, i: number, lineEnd: number): { end: number; after: string } | null {
  const surnameLen = doubleSurnameAt(text, i) ? 2 : singleSurnameAt(text, i) ? 1 : 0;
  if (!surnameLen) return null;
  for (const given of [1, 2]) {
    const end = i + surnameLen + given;
    if (end >= lineEnd || !isHan(text[end - 1])) return null;
    const word = NAME_FOLLOWERS.longestAt(text, end, lineEnd);
    if (word) return { end, after: word };
  }
  return null;
}

/** Splits a chain of posts written before a name into organisation + title pairs. */
export function parsePosts(chain: string): Post[] | null {
  const chunks = chain
    .replace(CHAIN_NOISE, "")
    .split(/[、，]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const posts: Post[] = [];
  let lastUnit = "";
  let lastLevel: Level | null = null;
  for (const chunk of chunks) {
    const title = titleAtEnd(chunk);
    if (!title) {
      if (endsInMembership(chunk)) continue;
      return null;
    }
    // 市政协委员, 医药卫生界委员: a membership that is (or holds) the post word 委员; only the
    // 委员 of a body that gives posts (区人大常委会委员) holds a post of that body.
    if (
      (MEMBERSHIPS.endsAt(chunk, chunk.length, Infinity)?.length ?? 0) >= title.length &&
      !POST_BODIES.some((body) => chunk.endsWith(body + title))
    )
      continue;
    // 全会听取和讨论了县委书记…: narrative before the post is not part of the organisation.
    const org = chunk.slice(0, chunk.length - title.length).replace(NARRATIVE, "");
    let unit = unitFromOrg(org);
    let level = unit ? null : (levelOf(org) ?? levelOf(title));
    if (!org && lastUnit) {
      unit = lastUnit;
      level = null;
    } else if (!unit && !org && lastLevel) level = lastLevel;
    // A title with no organisation after a post of the same body (区委副书记、区长).
    if (!unit && !org && !lastUnit && lastLevel) level = lastLevel;
    posts.push({ org, title, unit, level });
    lastUnit = unit || lastUnit;
    lastLevel = level ?? lastLevel;
  }
  return posts.length ? posts : null;
}

/** Walks back from a title to the start of its chain of posts. */
function chainStart(text: string, titleStart: number, lineStart: number): number {
  let i = titleStart;
  while (i > lineStart) {
    const ch = text[i - 1]!;
    if (isHan(ch) || /[、，0-9A-Za-z]/.test(ch)) i--;
    else break;
  }
  // Drop leading chunks that are not posts ("会上，市长…": "会上" is not a post).
  let start = i;
  for (;;) {
    const chain = text.slice(start, titleStart);
    const comma = chain.search(/[，]/);
    const firstChunk = comma < 0 ? chain : chain.slice(0, comma);
    if (comma < 0) break;
    if (titleAtEnd(firstChunk) || endsInMembership(firstChunk)) {
      // Keep this chunk, and check the ones before the title chunk contain only posts.
      const rest = chain.slice(comma + 1);
      const subChunks = rest.split("，");
      subChunks.pop();
      if (subChunks.every((c) => c.split("、").every((x) => titleAtEnd(x) || endsInMembership(x)))) break;
    }
    start += comma + 1;
  }
  return start;
}

/**
 * The place of `level` the lead of a line names for a title after it: 来自青石乡的县人大代表、乡长…,
 * 作为高坪镇的新任镇长…, 在白沙镇代表团讨论现场，镇长… (the last such place before the title).
 */
function leadPlace(text: string, lineStart: number, titleAt: number, level: Level): string | null {
  const lead = text.slice(Math.max(lineStart, titleAt - 40), titleAt);
  let found: string | null = null;
  for (const m of matchesOf(LEAD_PLACE, lead)) {
    const place = m[1]!;
    if (place.endsWith(level) && !FUNCTION_LEAD.test(place)) found = place;
  }
  return found;
}
const LEAD_PLACE = /(?:来自|作为|在|^|[，。；“”\s])([\u4e00-\u9fa5]{2,3}?[省市区县镇乡])(?=的|代表团)/g;
const FUNCTION_LEAD = /^[全我本各该此其]/;

/**
 * A person named beside a title other than "title + name": 某某是X镇镇长 (name 是 post), and
 * 作为X镇的新任镇长，某某… (作为 post，name).
 */
function nameAroundTitle(
  text: string,
  lineStart: number,
  titleAt: number,
  titleEnd: number,
  lineEnd: number,
  title: string,
): PersonMention | null {
  // 作为X镇的（新任）镇长，某某在讨论中…
  if (text[titleEnd] === "，") {
    const lead = text.slice(Math.max(lineStart, titleAt - 24), titleAt);
    const as = /(?:^|[，。；”\s])作为([^，。；“”]{2,20})$/.exec(lead);
    if (as) {
      const nameStart = titleEnd + 1;
      const name = readName(text, nameStart, lineEnd);
      if (!name) return null;
      const post = asPost(as[1]! + title);
      if (!post) return null;
      return {
        person: text.slice(nameStart, name.end),
        start: titleAt - as[0].length + as[0].indexOf("作为"),
        end: name.end,
        nameStart,
        posts: [post],
        after: name.after,
      };
    }
  }
  // 某某是X镇镇长，也是…; 市人大代表某某是X有限公司董事长 (a deputy's mark before the name).
  if (/[，。；、]/.test(text[titleEnd] ?? "")) {
    const lead = text.slice(Math.max(lineStart, titleAt - 24), titleAt);
    const is = /(?:^|[，。；“”\s]|代表|委员)([\u4e00-\u9fa5]{2,4}?)是([^，。；“”是]{2,16})$/.exec(lead);
    if (is) {
      const nameStart = titleAt - is[0].length + is[0].indexOf(is[1]!);
      const len = is[1]!.length;
      const surname = doubleSurnameAt(text, nameStart) ? 2 : singleSurnameAt(text, nameStart) ? 1 : 0;
      if (!surname || len - surname < 1 || len - surname > 2) return null;
      const post = asPost(is[2]! + title);
      if (!post || !post.unit) return null;
      return {
        person: is[1]!,
        start: nameStart,
        end: nameStart + len,
        nameStart,
        posts: [post],
        after: "是",
      };
    }
  }
  return null;
}

/** A post written as X镇的新任镇长 / X镇镇长: the place before 的 (adjectives after it dropped). */
function asPost(chunk: string): Post | null {
  const title = titleAtEnd(chunk);
  if (!title) return null;
  let org = chunk.slice(0, chunk.length - title.length);
  const of = org.indexOf("的");
  if (of >= 0) org = org.slice(0, of);
  const unit = unitFromOrg(org);
  if (!unit) {
    const level = levelOf(title);
    return level ? { org: "", title, unit: "", level } : null;
  }
  // Only a place or body's name: no verbs or narrative.
  // (A company is a body's name too: 某某是X有限公司董事长.)
  if (NARRATIVE.test(org) || (!placeAt(unit, 0) && !/(?:[村局委办厅]|公司|集团)$/.test(unit))) return null;
  return { org, title, unit, level: null };
}

/** Every titled person in text[from, to). */
export function findPersonMentions(text: string, from = 0, to = text.length): PersonMention[] {
  const out: PersonMention[] = [];
  let next: number;
  for (let hit = TITLES.first(text, from, to); hit; hit = TITLES.first(text, next, to)) {
    const { at, word: title } = hit;
    const m = { index: at };
    const titleEnd = at + title.length;
    next = titleEnd;
    let lineEnd = text.indexOf("\n", titleEnd);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let nameStart = titleEnd;
    if (text[nameStart] === " ") nameStart++;
    // 部门负责人谈打算: a verb where the name would stand (an attribution with no name).
    if (NOT_NAMES.longestAt(text, nameStart, lineEnd)) continue;
    let lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (lineStart < from) lineStart = from;
    let name =
      readName(text, nameStart, lineEnd) ??
      echoedName(text, nameStart, from, to) ??
      followedName(text, nameStart, lineEnd);
    if (!name) {
      const other = nameAroundTitle(text, lineStart, at, titleEnd, lineEnd, title);
      if (other) {
        out.push(other);
        next = Math.max(titleEnd, other.end);
        continue;
      }
      // 在X镇代表团讨论现场，镇长某某掰着…: a place-less title opening a clause, its place named
      // in the clause before, then a name running on into the sentence: the common three characters.
      const level = levelOf(title);
      if (
        level &&
        text[at - 1] === "，" &&
        leadPlace(text, lineStart, at, level) &&
        isSurnameAt(text, nameStart) &&
        !doubleSurnameAt(text, nameStart) &&
        isHan(text[nameStart + 1]) &&
        isHan(text[nameStart + 2]) &&
        !NOT_NAMES.longestAt(text, nameStart + 1, lineEnd)
      )
        name = { end: nameStart + 3, after: text[nameStart + 3] ?? "\n" };
    }
    if (!name) continue;
    // The chain stops at the last sentence or quotation boundary before the title, and at the
    // name of the person listed before (A县县长甲、B县县长乙: B县县长 is the second one's chain).
    const last = out[out.length - 1];
    const chainFloor = last && last.end >= lineStart && last.end < m.index ? last.end + 1 : lineStart;
    const start = chainStart(text, m.index, chainFloor);
    const posts = parsePosts(text.slice(start, titleEnd));
    if (!posts) continue;
    for (const post of posts) {
      if (post.unit || !post.level) continue;
      const near = leadPlace(text, lineStart, m.index, post.level) ?? placeBefore(text, start, post.level);
      if (near) post.nearby = near;
    }
    out.push({
      person: text.slice(nameStart, name.end),
      start,
      end: name.end,
      nameStart,
      posts,
      after: name.after,
    });
    next = name.end;
  }
  // 张三（某区委书记）：… — the name first, its posts in brackets.
  for (const m of namesThenPosts(text, from, to)) {
    const at = m.index;
    const nameStart = at;
    const name = readName(text, nameStart, at + m[1]!.length + 1);
    if (!name || name.end !== at + m[1]!.length) continue;
    if (out.some((o) => o.nameStart <= at && at < o.end)) continue;
    const posts = parsePosts(m[2]!);
    if (!posts) continue;
    const end = at + m[0].length;
    out.push({
      person: m[1]!,
      start: at,
      end,
      nameStart,
      posts,
      after: text[end] === "：" ? "：" : text.slice(end, end + 1),
    });
  }
  const appointed = appointmentMentions(text, from, to);
  if (appointed.length) {
    const covered = coverage(out);
    for (const a of appointed) if (!covered(a.nameStart)) out.push(a);
  }
  const deputies = deputyMentions(text, from, to);
  if (deputies.length) {
    const covered = coverage(out);
    const added: PersonMention[] = [];
    for (const d of deputies) {
      if (covered(d.nameStart) || added.some((o) => o.nameStart <= d.nameStart && d.nameStart < o.end))
        continue;
      added.push(d);
      out.push(d);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * A test for whether an offset lies in the name part [nameStart, end) of one
 * of the mentions: by binary search over the mentions sorted by nameStart, with
 * the furthest end reached so far (a file of many articles holds thousands).
 */
function coverage(mentions: readonly PersonMention[]): (at: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.nameStart - b.nameStart);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, m.end));
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.nameStart <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > at;
  };
}

const SPEECH_VERBS = new WordSet(PEOPLE.speechVerbs.filter((v) => v.length > 1 || "说称".includes(v)));

/**
 * Deputies named with no post: "来自港区基层的市人大代表刘明说，滨海港区将…",
 * "孙海涛代表表示，桐溪经济开发区将…", "谭丽代表来自黄泥塘街道". The deputy
 * speaks for the unit they are said to come from or work in (来自X, X的…代表,
 * 代表在X工作), else for the place their speech opens with; a deputy with
 * neither is left to the layout (nobody's unit is better than a wrong one).
 */
function deputyMentions(text: string, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  // A text holding none of the marks that contain no other (代表, 政协委员) holds none at all.
  if (!INNER_DEPUTY_MARKS.some((m) => text.includes(m))) return out;
  for (const hit of DEPUTY_MARKS.findAll(text, from, to)) {
    let lineEnd = text.indexOf("\n", hit.at);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const lineStart = Math.max(from, text.lastIndexOf("\n", hit.at) + 1);
    const markEnd = hit.at + hit.word.length;
    // Where the deputy comes from is read only for a mark a name stands beside (most marks are
    // 代表大会, 代表团, 代表们…).
    const before = () => affiliationBefore(text, lineStart, hit.at);
    let nameStart: number;
    let nameEnd: number;
    let unit: string | null;
    // 市人大代表刘明说 / 来自石门镇的市人大代表彭秋生最关心…: the mark, then the name.
    const name = readName(text, markEnd, lineEnd);
    const verbAfterName = name ? SPEECH_VERBS.longestAt(text, name.end, lineEnd) : null;
    const surnameAfter = !verbAfterName && isSurnameAt(text, markEnd) && isHan(text[markEnd + 2]);
    const origin = verbAfterName || surnameAfter ? before() : null;
    if (name && verbAfterName) {
      [nameStart, nameEnd] = [markEnd, name.end];
      unit = origin ?? speechSubject(text, name.end + verbAfterName.length, lineEnd);
    } else if (surnameAfter && origin) {
      [nameStart, nameEnd] = [markEnd, markEnd + 3];
      unit = origin;
    } else {
      // 孙海涛代表表示 / 谭丽代表来自黄泥塘街道 / 刘建国代表在渠南工业园工作: the name, then the mark.
      const at = nameBefore(text, Math.max(lineStart, from), hit.at);
      if (at < 0) continue;
      [nameStart, nameEnd] = [at, hit.at];
      const verb = SPEECH_VERBS.longestAt(text, markEnd, lineEnd);
      unit =
        affiliationAfter(text, markEnd) ??
        origin ??
        before() ??
        // 来自石门镇代表团的刘海波代表说: the origin stands before the name, not before the mark.
        affiliationBefore(text, lineStart, at) ??
        (verb ? speechSubject(text, markEnd + verb.length, lineEnd) : null) ??
        introducedNext(text, markEnd, lineEnd);
    }
    if (!unit || nameStart < 0) continue;
    out.push({
      person: text.slice(nameStart, nameEnd),
      start: Math.min(nameStart, hit.at),
      end: nameEnd,
      nameStart,
      posts: [{ org: unit, title: hit.word, unit, level: null }],
      after: text.slice(nameEnd, nameEnd + 2),
    });
  }
  return out;
}

function isSurnameAt(text: string, i: number): boolean {
  return doubleSurnameAt(text, i) || singleSurnameAt(text, i);
}

/** Start of a name that ends right at `end` (a clause start or 的 before it), or -1. */
function nameBefore(text: string, from: number, end: number): number {
  for (const len of [3, 2, 4]) {
    const at = end - len;
    if (at < from) continue;
    const name = readName(text, at, end);
    if (name && name.end === end && (at === from || /[的，、。：“”\s]/.test(text[at - 1]!))) return at;
  }
  return -1;
}

/** The unit a speech opens with: "，滨海港区将加快…", "，今年白沙镇将…" → the place. */
function speechSubject(text: string, at: number, lineEnd: number): string | null {
  let i = at;
  while (i < lineEnd && /[，：“\s]/.test(text[i]!)) i++;
  const time = /^(?:今年|明年|下一步|未来[一二三四五\d]年|“十四五”期间|十四五期间)，?/.exec(
    text.slice(i, i + 10),
  );
  if (time) i += time[0].length;
  const place = placeAt(text, i);
  if (!place || place.length < 3) return null;
  return /^(?:将|要|今年|明年|正|已|还|也|在|的)/.test(text.slice(i + place.length)) ? place : null;
}

/**
 * A deputy whose unit the next sentence gives: "…”某某代表说。作为X村党支部书记，她…" (the post
 * after 作为), or "某某代表对报告中“…”感触很深。他告诉记者，Y县今年将…" (the place a
 * he/she-said opens with).
 */
function introducedNext(text: string, markEnd: number, lineEnd: number): string | null {
  const stop = text.indexOf("。", markEnd);
  if (stop < 0 || stop >= lineEnd) return null;
  const next = text.slice(stop + 1, Math.min(lineEnd, stop + 40));
  const as = /^\s*作为([^，。；“”]{2,20})，[他她]/.exec(next);
  if (as) {
    const posts = parsePosts(as[1]!);
    const unit = posts?.find((p) => p.unit)?.unit;
    if (unit) return unit;
  }
  const said = /^\s*[他她](?:告诉记者|对记者说|介绍|表示|说)[，：]/.exec(next);
  if (said) return speechSubject(text, stop + 1 + said[0].length, lineEnd);
  return null;
}

/** 来自石门镇的…代表 / 白沙镇的市人大代表: the unit named before the mark, on its line. */
function affiliationBefore(text: string, lineStart: number, markAt: number): string | null {
  const lead = text.slice(Math.max(lineStart, markAt - 24), markAt);
  // 来自港区基层的市人大代表: the level word (市) belongs to the mark, 的 closes the origin.
  const came = /来自([^，。；的]{2,20})(?:的[省市区县镇]?)?$/.exec(lead);
  if (came) {
    const place = placeAt(came[1]!, 0);
    if (place && place.length >= 3) return place;
  }
  // X的市人大代表: the unit right before 的, opening a clause.
  const m = /(?:^|[，。；“”\s])([^，。；“”\s的]{3,12})的[省市区县镇]?$/.exec(lead);
  if (m) {
    const place = placeAt(m[1]!, 0);
    if (place === m[1]) return place;
  }
  return null;
}

/**
 * 代表来自黄泥塘街道 / 代表在渠南工业园工作 / 代表（黄泥塘街道党工委书记）: the unit named right
 * after the mark, or the unit of the post the bracket after it gives.
 */
function affiliationAfter(text: string, markEnd: number): string | null {
  if (text[markEnd] === "（") {
    const close = text.indexOf("）", markEnd);
    if (close < 0 || close - markEnd > 41) return null;
    return parsePosts(text.slice(markEnd + 1, close))?.find((p) => p.unit)?.unit ?? null;
  }
  const m = /^(?:来自|在)/.exec(text.slice(markEnd, markEnd + 2));
  if (!m) return null;
  const place = placeAt(text, markEnd + m[0].length);
  return place && place.length >= 3 ? place : null;
}

/** The verbs of a personnel decision (lexicon appointmentVerbs), each ending in 任. */
const APPOINTMENT_VERBS = longestFirst(PEOPLE.appointmentVerbs).filter((v) => v.endsWith("任"));
/** What may stand before an appointed person's name: a line or clause start, or a colon. */
const BEFORE_APPOINTED = /[：，；。、“”\s]/;
/** A parent place before a place of a lower level (甲市乙区 → 乙区). */
const PARENT_PLACE =
  /^[\u4e00-\u9fa5]{2,7}?(?:省|自治区|市|州|盟)(?=[\u4e00-\u9fa5]{2,}(?:区|县|旗|镇|乡|街道)$)/;

/**
 * People named in a personnel decision read out at a cadre meeting: 某某同志任中共X区委员会委员、
 * 常委、书记 / 某某同志不再担任X区委书记、常委、委员职务. The posts after the verb give the body
 * (a party committee written in full, 中共X区委员会, is the place's 区委; a parent city before
 * the place is dropped). Only a person who also speaks in the text (the name again, then a speech
 * verb or opening its paragraph: 某某在讲话中表示, 随后，某某作表态发言) is a mention: the decision
 * alone makes no speaker.
 */
function appointmentMentions(text: string, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = text.indexOf("任", from); k >= 0 && k < to; k = text.indexOf("任", k + 1)) {
    const verb = APPOINTMENT_VERBS.find((v) => text.startsWith(v, k + 1 - v.length));
    if (!verb) continue;
    let nameEnd = k + 1 - verb.length;
    if (text.startsWith("同志", nameEnd - 2)) nameEnd -= 2;
    const nameStart = appointedNameStart(text, Math.max(from, nameEnd - 4), nameEnd);
    if (nameStart < 0) continue;
    let postsEnd = k + 1;
    while (postsEnd < to && postsEnd - k <= 40 && !/[，。；\n]/.test(text[postsEnd]!)) postsEnd++;
    const posts = appointedPosts(text.slice(k + 1, postsEnd));
    if (!posts) continue;
    const person = text.slice(nameStart, nameEnd);
    if (!speaksElsewhere(text, person, nameStart, from, to)) continue;
    out.push({ person, start: nameStart, end: nameEnd, nameStart, posts, after: text.slice(nameEnd, k + 1) });
  }
  return out;
}

/** Start of a two-to-four character name ending at `end` with a clause boundary before it, or -1. */
function appointedNameStart(text: string, from: number, end: number): number {
  for (const len of [3, 2, 4]) {
    const at = end - len;
    if (at < from || (at > 0 && !BEFORE_APPOINTED.test(text[at - 1]!))) continue;
    const surname = doubleSurnameAt(text, at) ? 2 : singleSurnameAt(text, at) ? 1 : 0;
    if (!surname || len - surname < 1 || len - surname > 2) continue;
    let han = true;
    for (let i = at; i < end; i++) if (!isHan(text[i])) han = false;
    if (han) return at;
  }
  return -1;
}

/**
 * The posts of a decision (中共X区委员会委员、常委、书记 / X区委书记、常委、委员职务): each
 * post word with the body the first one names; null when no body that is a place or an office is named.
 */
function appointedPosts(chain: string): Post[] | null {
  const chunks = chain
    .replace(/^(?:中国共产党|中共)/, "")
    .replace(/职务$/, "")
    .split("、");
  const first = chunks[0]!;
  const word = titleAtEnd(first) ?? MEMBERSHIPS.endsAt(first, first.length, Infinity);
  if (!word) return null;
  let org = first.slice(0, first.length - word.length);
  // 中共X区委员会: the place's party committee, 区委.
  if (/[省市区县镇乡]委员会$/.test(org)) org = org.slice(0, -2);
  const unit = unitFromOrg(org).replace(PARENT_PLACE, "");
  if (!unit || (placeAt(unit, 0) !== unit && !/[局委办厅]$/.test(unit))) return null;
  const posts: Post[] = [];
  for (const chunk of chunks) {
    const title = titleAtEnd(chunk) ?? MEMBERSHIPS.endsAt(chunk, chunk.length, Infinity);
    if (!title || (chunk !== first && chunk.length > title.length + 2)) break;
    posts.push({ org: chunk === first ? org : "", title, unit, level: null });
  }
  return posts;
}

/** Whether `person` is said again in text[from, to) followed by a speech verb, or opening a line. */
function speaksElsewhere(text: string, person: string, at: number, from: number, to: number): boolean {
  for (let k = text.indexOf(person, from); k >= 0 && k < to; k = text.indexOf(person, k + 1)) {
    if (k === at) continue;
    const end = k + person.length;
    let lineEnd = text.indexOf("\n", end);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (SPEECH_VERBS.longestAt(text, end, lineEnd) || k === 0 || text[k - 1] === "\n") return true;
  }
  return false;
}

/**
 * Whether a clause's lead is a person named with their posts and nothing after the name
 * (市政协常委、市工商联副主席某某 / 市政协委员、某学院教授某某): a name of two to four
 * characters with a surname, after a chain holding a post or a membership word.
 */
export function isTitledName(lead: string): boolean {
  for (const len of [3, 2, 4]) {
    const at = lead.length - len;
    if (at < 2) continue;
    const surname = doubleSurnameAt(lead, at) ? 2 : singleSurnameAt(lead, at) ? 1 : 0;
    if (!surname || len - surname < 1 || len - surname > 2) continue;
    let han = true;
    for (let i = at; i < lead.length; i++) if (!isHan(lead[i])) han = false;
    if (!han) continue;
    if (TITLES.first(lead, 0, at) || MEMBERSHIPS.first(lead, 0, at)) return true;
  }
  return false;
}
