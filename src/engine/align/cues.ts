// Explicit and lead-in cues that tie actions to goals: "在打造X之都中",
// "围绕建设X", "为X建设提供…", a topic sentence "一是实施X。", and the
// stretch of text each one governs.
import type { DocModel } from "../document.ts";
import { isHeadingLine } from "../text/segment.ts";
import type { Goal, CueKind, Span } from "../types.ts";
import { WordSet } from "../text/wordset.ts";
import { PEOPLE, alternation } from "../lexicon.ts";

export interface Cue {
  kind: CueKind;
  goals: Goal[];
  text: string;
  span: Span;
  /** The text the cue governs: [start, end). */
  scope: Span;
  /** Weak cues (a topic sentence governing its paragraph) yield to the lexicon. */
  weak: boolean;
  /** End of the sentence that holds the cue: beyond it a cue reaches only as far as the subject words agree. */
  sentenceEnd: number;
}

const CUE_RE =
  /(在|围绕|为)(?:打造|建设|推进|实施|加快建设|全力打造)?([^，；。：！？]{2,24}?)(?:中|上|，|；|。|建设提供|提供)/g;
const TOPIC =
  /^[“‘]?(?:[一二三四五六七八九十]+[是要、]|（[一二三四五六七八九十]+）)?(?:坚定不移|毫不动摇|千方百计|聚力|全力|着力|奋力|加快|大力|全面|深入|持续)*(?:实施|打造|建设|推进|推动)?([^，。；]{2,20})(?:[，。]|$)/;

/** CUE_RE's matches in a sentence, by exec on the one expression (matchAll would copy it per sentence). */
function cueMatches(sentence: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sentence); m; m = CUE_RE.exec(sentence)) found.push(m);
  return found;
}

/** A name or alias of two characters or more: a single character names nothing. */
const isName = (n: string) => n.length >= 2;

export function goalsIn(phrase: string, goals: Goal[]): Goal[] {
  return goals.filter(
    (g) =>
      (isName(g.name) && phrase.includes(g.name)) || g.aliases.some((a) => isName(a) && phrase.includes(a)),
  );
}

/** The goals' names and aliases: every cue holds one, so a sentence without any needs no closer look. */
export function goalNames(goals: Goal[]): WordSet {
  return new WordSet(goals.flatMap((g) => [g.name, ...g.aliases]).filter(isName));
}

/**
 * Where the goals' names stand in a document: every occurrence, overlapping
 * ones included, found with indexOf over the whole text (a handful of names,
 * each searched once) rather than a scan of every sentence.
 */
class NamePlaces {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, names: WordSet) {
    const found: [number, number][] = [];
    for (const w of names.words)
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) found.push([at, at + w.length]);
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [start, end] of found) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** True when a name stands wholly within [from, to): what `names.has(text, from, to)` says. */
  within(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.starts.length && this.starts[k]! < to; k++)
      if (this.ends[k]! <= to) return true;
    return false;
  }
}

/** ；。！？ end the segment a trailing cue governs. */
function endsSegment(code: number): boolean {
  return code === 0xff1b || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

function segmentStart(text: string, at: number, from: number): number {
  let s = at;
  while (s > from && !endsSegment(text.charCodeAt(s - 1))) s--;
  return s;
}

/** 同时，…/此外，…: a sentence that turns to another topic ends a cue's reach. */
const TOPIC_SHIFT = /^[“‘]?(?:同时|此外|另外|与此同时|还要|另一方面)/;

/** Where a leading cue in sentence `s` stops: the paragraph's end, or the first sentence that turns away. */
function topicEnd(
  sentences: DocModel["sentences"],
  s: DocModel["sentences"][number],
  paraEnd: number,
): number {
  for (const x of sentences) if (x.start > s.start && TOPIC_SHIFT.test(x.text)) return x.start;
  return paraEnd;
}

const QUESTION = new RegExp(`^(?:${alternation(PEOPLE.reporters)})\\s*：`);

/**
 * An interviewer's question that names one goal (记者：工业强区方面有哪些具体打算？)
 * governs the answer that follows it, as a heading governs its section: a weak
 * cue, which strong subject words may overrule.
 */
function questionCue(
  doc: DocModel,
  s: DocModel["sentences"][number],
  goals: Goal[],
  names: NamePlaces,
): Cue | null {
  if (!QUESTION.test(s.text) || !names.within(s.start, s.end)) return null;
  const found = goalsIn(s.text, goals);
  if (found.length !== 1) return null;
  // The answer: the paragraphs up to the next question.
  let end = doc.text.length;
  for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const next = doc.sentences[i]!;
    if (next.paragraph !== s.paragraph && next.furniture && QUESTION.test(next.text)) {
      end = next.start;
      break;
    }
  }
  const answer = doc.sentences[s.index + 1];
  if (!answer || answer.start >= end) return null;
  return {
    kind: "explicit",
    goals: found,
    text: s.text,
    span: [s.start, s.end],
    scope: [answer.start, end],
    weak: true,
    sentenceEnd: s.end,
  };
}

/** True when the words are one goal's name or alias and nothing else (项目建设攻坚, 项目建设). */
function namesOneGoal(words: string, found: readonly Goal[]): boolean {
  return found.length === 1 && (found[0]!.name === words || found[0]!.aliases.includes(words));
}

/** `names` is `goalNames(goals)`, which a caller that sees the same goals again may keep. */
export function findCues(doc: DocModel, goals: Goal[], names = goalNames(goals)): Cue[] {
  if (!goals.length) return [];
  const cues: Cue[] = [];
  const { text } = doc;
  const places = new NamePlaces(text, names);
  const byParagraph = new Map<number, DocModel["sentences"]>();
  for (const s of doc.sentences) {
    // A numbered heading (（一）在建设X上实现新突破) is nobody's item but still governs its section.
    if (s.furniture && !isHeadingLine(s.text)) {
      const asked = questionCue(doc, s, goals, places);
      if (asked) cues.push(asked);
      continue;
    }
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  for (const para of doc.paragraphs) {
    const sentences = byParagraph.get(para.index) ?? [];
    for (const s of sentences) {
      if (!places.within(s.start, s.end)) continue;
      const slice = text.slice(s.start, s.end);
      // Topic sentence: "一是实施X。", "开放招商攻坚，关键在…", "建设X，…责无旁贷".
      const topic = s.text.length <= 30 ? TOPIC.exec(slice) : null;
      if (topic) {
        const found = goalsIn(topic[1]!, goals);
        // 就是在A、B、C三个方面攻坚突破: a sentence that names every goal restates the framework.
        if (found.length >= 3 && found.length === goals.length) continue;
        if (found.length && topic[1]!.length - Math.max(...found.map((g) => g.name.length)) <= 4) {
          cues.push({
            kind: "explicit",
            goals: found,
            text: topic[0],
            span: [s.start, s.start + topic[0].length],
            // A heading governs its whole section; a topic sentence, its paragraph.
            scope: [s.start, isHeadingLine(para.text) ? doc.sections[s.section]!.end : para.end],
            // 在建设X中，… is explicit even as a topic; a bare name (开放招商攻坚，…) only suggests, save as a
            // heading that is the goal's name alone ((一)项目建设攻坚 over the campaign's measures).
            weak:
              !/^[“‘]?(?:在|围绕)/.test(slice) &&
              !(isHeadingLine(para.text) && namesOneGoal(topic[1]!, found)),
            sentenceEnd: s.end,
          });
          continue;
        }
      }
      const heading = isHeadingLine(para.text);
      for (const m of cueMatches(slice)) {
        // Most phrases after 在/为 name no goal; the name list says so without trying each goal.
        if (!names.has(m[2]!)) continue;
        const found = goalsIn(m[2]!, goals);
        if (!found.length) continue;
        const start = s.start + m.index;
        const end = start + m[0].length;
        const segStart = segmentStart(text, start, s.start);
        const leadingText = text
          .slice(segStart, start)
          .replace(/^[“‘\s]+/, "")
          .replace(/^[^，]*?(?:说|表示|指出|强调|认为|介绍|宣布)，/, "");
        const trailing = m[1] === "为" || (leadingText.length > 6 && /[，]$/.test(leadingText));
        const kind: CueKind = m[1] === "围绕" ? "lead-in" : "explicit";
        cues.push({
          kind,
          goals: found,
          text: m[0].replace(/[，；。]$/, ""),
          span: [start, end],
          // （一）在建设X上实现新突破: a cue in a heading governs the heading's whole section.
          scope: trailing
            ? [segStart, start]
            : [start, heading ? doc.sections[s.section]!.end : topicEnd(sentences, s, para.end)],
          weak: false,
          sentenceEnd: s.end,
        });
      }
    }
  }
  // A leading cue governs up to the next cue of its paragraph (cues are in text order already).
  cues.sort((a, b) => a.span[0] - b.span[0]);
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    let next: Cue | undefined;
    for (let j = i + 1; j < cues.length && cues[j]!.span[0] < cue.scope[1]; j++) {
      const c = cues[j]!;
      if (c.span[0] >= cue.span[1] && c.scope[0] >= cue.span[0]) {
        next = c;
        break;
      }
    }
    if (next && cue.scope[0] === cue.span[0] && next.span[0] < cue.scope[1]) cue.scope[1] = next.scope[0];
    if (next && cue.weak && next.span[0] < cue.scope[1]) cue.scope[1] = next.scope[0];
  }
  return cues;
}
