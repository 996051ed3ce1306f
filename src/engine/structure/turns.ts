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

const isHanCode = (code: number) => code >= 0x4e00 && code <= 0x9fa5;
const isSpace = (c: string | undefined) => c === " " || c === "\u3000" || c === "\t";

/** The end of the run of two to four Han characters at `from`, or -1. */
function hanRun(line: string, from: number): number {
  let k = from;
  while (k - from <= 4 && isHanCode(line.charCodeAt(k))) k++;
  return k - from >= 2 && k - from <= 4 ? k : -1;
}

/** Where a colon stands after `from` and any spaces, or -1. */
function colonAfter(line: string, from: number): number {
  let k = from;
  while (isSpace(line[k])) k++;
  return line[k] === "：" ? k : -1;
}

/**
 * A turn written on the line it opens: a name of two to four Han characters and a colon
 * (陶振川：…), or a role label, a space and the name (发布人 李红：…, 主持人 赵敏：…). `label` is
 * null for a name alone. Read from the line's start, without a regex: most lines open otherwise.
 */
export function colonTurn(line: string): { label: string | null; name: string } | null {
  const first = hanRun(line, 0);
  if (first < 0) return null;
  if (colonAfter(line, first) >= 0) return { label: null, name: line.slice(0, first) };
  // A label and a name: a space between them.
  let at = first;
  while (isSpace(line[at])) at++;
  if (at === first) return null;
  const second = hanRun(line, at);
  if (second < 0 || colonAfter(line, second) < 0) return null;
  return { label: line.slice(0, first), name: line.slice(at, second) };
}

/** True when a turn's label is a host's or a reporter's (主持人 赵敏：, 记者 张三：): their words are no one's pledge. */
export function asksOrHosts(label: string): boolean {
  return HOSTS.some((h) => label.startsWith(h)) || PEOPLE.reporters.some((r) => label.endsWith(r));
}
