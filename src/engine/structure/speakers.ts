// Speakers and the units they speak for, from the titled mentions of people.
import type { Speaker, Span, Unit } from "../types.ts";
import type { PersonMention } from "./roles.ts";
import { shortForms, unitKind, type Level } from "./units.ts";

export interface AuthorUnit {
  name: string;
  level: Level | null;
  span: Span;
}

/**
 * The unit a place-less post speaks for: the document's own; else the place of
 * that level named just before the post; else a place of that level its title or dateline names (区长 in "道里区2023年重点工作安排"
 * is 道里区's); else that level's government.
 */
export function placelessUnit(
  level: Level | null,
  author: AuthorUnit | null,
  headPlaces: readonly AuthorUnit[] = [],
  nearby?: string,
): string | null {
  if (author && (!level || !author.level || author.level === level)) return author.name;
  // The place of that level the text has just named (石门镇是…。镇党委书记黄某…).
  if (nearby) return nearby;
  const named = level ? headPlaces.find((p) => p.level === level) : undefined;
  if (named) return named.name;
  return level ? `${level}政府` : (author?.name ?? null);
}

export function mentionUnits(
  m: PersonMention,
  author: AuthorUnit | null,
  headPlaces: readonly AuthorUnit[] = [],
): string[] {
  const out: string[] = [];
  for (const post of m.posts) {
    const unit = post.unit || placelessUnit(post.level, author, headPlaces, post.nearby);
    if (unit && !out.includes(unit)) out.push(unit);
  }
  return out;
}

export interface SpeakerRegistry {
  speakers: Speaker[];
  units: Unit[];
  /** Person's name → the unit name that owns what they say. */
  ownerOf: Map<string, string>;
}

export function registerSpeakers(
  mentions: PersonMention[],
  author: AuthorUnit | null,
  headPlaces: readonly AuthorUnit[] = [],
): SpeakerRegistry {
  const speakers: Speaker[] = [];
  const units: Unit[] = [];
  const ownerOf = new Map<string, string>();
  const unitByName = new Map<string, Unit>();
  const addUnit = (names: string[], span: Span) => {
    const known = names.map((n) => unitByName.get(n)).find(Boolean);
    const unit = known ?? { name: names[0]!, aliases: [], kind: unitKind(names[0]!), span };
    if (!known) units.push(unit);
    for (const n of names) {
      for (const alias of [n, ...shortForms(n)]) {
        if (alias !== unit.name && !unit.aliases.includes(alias)) unit.aliases.push(alias);
        if (!unitByName.has(alias)) unitByName.set(alias, unit);
      }
    }
    return unit;
  };
  if (author) addUnit([author.name], author.span);
  for (const m of mentions) {
    const names = mentionUnits(m, author, headPlaces);
    if (!names.length) continue;
    const unit = addUnit(names, [m.start, m.end]);
    // A person is registered once, with the units of the first mention (ownerOf holds who is).
    if (ownerOf.has(m.person)) continue;
    speakers.push({
      person: m.person,
      units: names,
      titles: m.posts.map((p) => p.org + p.title),
      span: [m.start, m.end],
    });
    ownerOf.set(m.person, unit.name);
  }
  return { speakers, units, ownerOf };
}
