// People a report names only as attending (市政府秘书长某某，市有关部门负责
// 同志参加调研): they are there, but they say nothing, so they are no speakers.
import type { PersonMention } from "./roles.ts";
import { PEOPLE, alternation } from "../lexicon.ts";

/** How far after a name the attendance words are looked for: the rest of a short list of attendants. */
const REACH = 40;
const ATTENDS = new RegExp(`(?:${alternation(PEOPLE.attendance)})`);
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
  return ATTENDS.test(tail) && !SPEAKS.test(tail);
}

/**
 * The mentions without those of people named only as attending: each of their
 * mentions is followed by attendance words (参加调研, 陪同), and their name
 * appears nowhere else in the text.
 */
export function dropAttendants(text: string, mentions: PersonMention[]): PersonMention[] {
  const attends = mentions.map((m, i) => onlyAttends(text, m, mentions[i + 1]));
  if (!attends.includes(true)) return mentions;
  const dropped = new Set<string>();
  for (const person of new Set(mentions.map((m) => m.person))) {
    const own = mentions.flatMap((m, i) => (m.person === person ? [i] : []));
    if (!own.every((i) => attends[i])) continue;
    let named = 0;
    for (let at = text.indexOf(person); at >= 0; at = text.indexOf(person, at + 1)) named++;
    if (named === own.length) dropped.add(person);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m.person)) : mentions;
}
