// People a report names only as attending (市政府秘书长某某，市有关部门负责
// 同志参加调研): they are there, but they say nothing, so they are no speakers.
import type { PersonMention } from "./roles.ts";
import { PEOPLE, alternation } from "../lexicon.ts";

/** How far after a name the attendance words are looked for: the rest of a short list of attendants. */
const REACH = 40;
const ATTENDS = new RegExp(`(?:${alternation(PEOPLE.attendance)})`);
/** Signing (签订, 签署), and acting for a body in it (代表两县签订): no speech. */
const SIGNS = new RegExp(`(?:${alternation(PEOPLE.signVerbs)})`);
const SIGNS_FOR = new RegExp(`代表[^，。；]{0,10}?(?=${alternation(PEOPLE.signVerbs)})`);
const SPEAKS = new RegExp(`(?:${alternation(PEOPLE.speechVerbs.filter((v) => v.length >= 2))}|讲话|说)`);

/**
 * True when the words after a mention, up to the sentence's end or the next
 * person named, say the person attends and not that they speak.
 */
function onlyAttends(text: string, m: PersonMention, next: PersonMention | undefined): boolean {
  const rest = text.slice(
    m.end,
    Math.min(m.end + REACH, next && next.start >= m.end ? next.start : Infinity),
  );
  const cut = rest.search(/[。！？；]/);
  const tail = cut < 0 ? rest : rest.slice(0, cut);
  if (SIGNS.test(tail)) return !SPEAKS.test(tail.replace(SIGNS_FOR, ""));
  return ATTENDS.test(tail) && !SPEAKS.test(tail);
}

/**
 * The mentions without those of people named only as attending: each of their
 * mentions is followed by attendance words (参加调研, 陪同), and their name
 * appears nowhere else in the text.
 */
export function dropAttendants(text: string, mentions: PersonMention[]): PersonMention[] {
  const attends = mentions.map((m, i) => onlyAttends(text, m, mentions[i + 1]));
  // 县长某某与县长某某分别代表两县签订协议: persons joined by 与/和 share what follows the last.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const next = mentions[i + 1]!;
    if (!attends[i] && attends[i + 1] && JOINED.test(text.slice(mentions[i]!.end, next.start)))
      attends[i] = true;
  }
  if (!attends.includes(true)) return mentions;
  // One pass over the mentions per person, and one over the text for all the
  // candidates at once: a file of many articles names thousands of people, and
  // a pass per person over every mention and the whole text was quadratic
  // (a 20 MB file: 13 s → 60 s).
  const mentionCount = new Map<string, number>();
  const allAttend = new Map<string, boolean>();
  mentions.forEach((m, i) => {
    mentionCount.set(m.person, (mentionCount.get(m.person) ?? 0) + 1);
    allAttend.set(m.person, (allAttend.get(m.person) ?? true) && attends[i]!);
  });
  const candidates = [...allAttend].filter(([, all]) => all).map(([person]) => person);
  if (!candidates.length) return mentions;
  const named = occurrences(text, candidates, signedAt(text));
  const dropped = new Set(candidates.filter((p) => named.get(p) === mentionCount.get(p)));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.person)) : mentions;
}

/** 与, 和, 及 (and a comma) alone between two mentions: the two share one predicate. */
const JOINED = /^[与和及、，]$/;
const SIGNATURE = new RegExp(`(?:${alternation(PEOPLE.signatureMarks)})）?\\s*：\\s*`, "g");

/** Where a name written as a signature starts (代表（签字）：某某): such an occurrence says nothing. */
function signedAt(text: string): Set<number> {
  const out = new Set<number>();
  for (const mark of PEOPLE.signatureMarks)
    if (text.includes(mark)) {
      for (const m of text.matchAll(SIGNATURE)) out.add(m.index + m[0].length);
      break;
    }
  return out;
}

/** How often each name occurs in the text, overlaps included, in one pass (names grouped by first character). */
function occurrences(text: string, names: string[], signed: ReadonlySet<number>): Map<string, number> {
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    if (!name) continue;
    const group = byFirst.get(name[0]!);
    if (group) group.push(name);
    else byFirst.set(name[0]!, [name]);
  }
  const counts = new Map<string, number>(names.map((n) => [n, 0]));
  for (let i = 0; i < text.length; i++) {
    const group = byFirst.get(text[i]!);
    if (!group) continue;
    if (signed.has(i)) continue;
    for (const name of group) if (text.startsWith(name, i)) counts.set(name, counts.get(name)! + 1);
  }
  return counts;
}
