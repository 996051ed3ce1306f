// Turn lines of a transcript (a press conference, a dialogue): a line in
// brackets that names who speaks next, 【发布人 某某】, 【主持人 某某】,
// 【某某日报记者】. The turn runs until the next such line.
import { PEOPLE } from "../lexicon.ts";

export type Turn =
  /** A person the document registered speaks: what follows is theirs. */
  | { kind: "speaker"; person: string }
  /** The host (主持人): introductions and thanks, no one's pledge. */
  | { kind: "host"; person: string | null }
  /** A reporter's question. */
  | { kind: "question" };

const HOSTS = PEOPLE.hosts;
const REPORTERS = PEOPLE.reporters.filter((r) => !HOSTS.includes(r));

/**
 * The turn a line opens when the whole line is one bracketed label of at
 * most 24 characters (【…】 or […]); null otherwise. `names` are the persons
 * the document registered; the longest one named inside is the speaker.
 */
export function turnLine(line: string, names: Iterable<string>): Turn | null {
  const open = line[0] ?? "";
  const close = open === "【" ? "】" : open === "[" ? "]" : null;
  if (!close || line.length > 26 || line[line.length - 1] !== close) return null;
  const inner = line.slice(1, -1).trim();
  // 【打印本页】【关闭窗口】: several labels on one line are page furniture, no turn.
  if (!inner || inner.includes(close) || inner.includes(open)) return null;
  let person: string | null = null;
  for (const n of names) if (inner.includes(n) && (!person || n.length > person.length)) person = n;
  if (HOSTS.some((h) => inner.startsWith(h))) return { kind: "host", person };
  if (person) return { kind: "speaker", person };
  if (REPORTERS.some((r) => inner.endsWith(r) || inner.startsWith(r))) return { kind: "question" };
  return null;
}
