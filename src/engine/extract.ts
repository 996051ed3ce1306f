// The pipeline: text in, plan out. Each stage is a pure function over the
// document model; none reads files or the network.
import type { Commitment, Extraction, ExtractOptions, Target, Unit } from "./types.ts";
import { buildDocument, type BuiltDocument } from "./structure/build-document.ts";
import { extractTargets } from "./targets/index.ts";
import { dropRepeats, dropRestatements, extractCommitments } from "./commitments/index.ts";
import { proposalSections, rejectReason, suggestionAt } from "./commitments/clauses.ts";
import { WordSet } from "./text/wordset.ts";
import { detectFramework } from "./framework/detect.ts";
import { frameworkFromInput } from "./framework/supplied.ts";
import { frameworkSetAbove } from "./framework/set-above.ts";
import { alignCommitments } from "./align/index.ts";
import { extractStrategies } from "./strategies/index.ts";
import { linkTargets } from "./link.ts";
import {
  firstStartingAt,
  indexOtherBodies,
  otherBodyAt,
  otherBodySpans,
  type OtherBodyIndex,
  type OtherBodySpan,
} from "./structure/other-bodies.ts";
import { unitKind } from "./structure/units.ts";
import { placeTableActions } from "./targets/year-table.ts";
import { projectRows } from "./structure/project-table.ts";
import { ownedHeadings } from "./structure/owner-lines.ts";

/** A target's fields but its span and link, as one string: equal strings, the same target. */
function fieldsKey(t: Target): string {
  const { span: _s, commitment: _c, ...fields } = t;
  return JSON.stringify(fields);
}

/**
 * A figure stated twice in the same words is one target: the first. Most
 * figures are stated once, so only a target whose words were seen before is
 * compared field by field (serialising every target cost a few per cent of
 * the whole extraction).
 */
function dropRepeatedTargets(original: string, targets: Target[]): Target[] {
  // By words: the first target said in them, and the keys of those kept once a second one comes.
  const seen = new Map<string, { first: Target; keys: Set<string> | null }>();
  const out: Target[] = [];
  for (const t of targets) {
    const words = original.slice(t.span[0], t.span[1]);
    const earlier = seen.get(words);
    if (!earlier) {
      seen.set(words, { first: t, keys: null });
      out.push(t);
      continue;
    }
    earlier.keys ??= new Set([fieldsKey(earlier.first)]);
    const key = fieldsKey(t);
    if (earlier.keys.has(key)) continue;
    earlier.keys.add(key);
    out.push(t);
  }
  return out;
}

/** Commitment spans by start, to ask whether any overlaps a stretch without testing them all. */
interface SpanIndex {
  starts: number[];
  ends: number[];
  longest: number;
}

function indexSpans(items: readonly Commitment[]): SpanIndex {
  const order = items.map((c) => c.span).sort((a, b) => a[0] - b[0]);
  let longest = 0;
  for (const [s, e] of order) longest = Math.max(longest, e - s);
  return { starts: order.map((o) => o[0]), ends: order.map((o) => o[1]), longest };
}

/** Whether an indexed span starts before `end` and ends after `after` (and after `endsPast`). */
function anyOverlaps(index: SpanIndex, start: number, end: number, endsPast: number): boolean {
  let lo = 0;
  let hi = index.starts.length;
  const from = start - index.longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < index.starts.length && index.starts[k]! < end; k++)
    if (start < index.ends[k]! && index.ends[k]! > endsPast) return true;
  return false;
}

/** The first quoted stretch (in the order found) lying within [from, to]. */
function quotedWithin(quotes: OtherBodyIndex, from: number, to: number): OtherBodySpan | undefined {
  let best = -1;
  for (let k = firstStartingAt(quotes, from); k < quotes.byStart.length; k++) {
    const i = quotes.byStart[k]!;
    const q = quotes.spans[i]!;
    if (q.start > to) break;
    if (q.end <= to && (best < 0 || i < best)) best = i;
  }
  return best < 0 ? undefined : quotes.spans[best];
}

/**
 * Puts each added item before the first item starting at or after it, as a
 * splice at that place would, in one merge when the items are in document order.
 */
function insertInOrder(commitments: Commitment[], added: Commitment[]): void {
  if (!added.length) return;
  const inOrder = commitments.every((c, i) => i === 0 || commitments[i - 1]!.span[0] <= c.span[0]);
  if (!inOrder) {
    for (const item of added) {
      const at = commitments.findIndex((c) => c.span[0] >= item.span[0]);
      commitments.splice(at < 0 ? commitments.length : at, 0, item);
    }
    return;
  }
  // An item added later goes before one added earlier at the same start, as its splice would.
  const sorted = added
    .map((item, n) => ({ item, n }))
    .sort((a, b) => a.item.span[0] - b.item.span[0] || b.n - a.n);
  const merged: Commitment[] = [];
  let k = 0;
  for (const c of commitments) {
    while (k < sorted.length && sorted[k]!.item.span[0] <= c.span[0]) merged.push(sorted[k++]!.item);
    merged.push(c);
  }
  while (k < sorted.length) merged.push(sorted[k++]!.item);
  // (Assigned in place: a spread of 100,000 items would overflow the call stack.)
  commitments.length = merged.length;
  for (let i = 0; i < merged.length; i++) commitments[i] = merged[i]!;
}

/**
 * Gives the items inside stretches quoted from another body to that body, and
 * adds the action a body decided on (作出了构建“X”格局的决定) as its commitment.
 */
function ownQuoted(
  original: string,
  quoted: OtherBodyIndex,
  commitments: Commitment[],
  targets: Target[],
  units: Unit[],
): void {
  const quotes = indexOtherBodies(quoted.spans.filter((q) => q.quote));
  for (const c of commitments) {
    const owner = otherBodyAt(quoted, c.span[1] - 1);
    if (owner) {
      c.unit = owner;
      continue;
    }
    // 对报告中“大力发展X”的表述感触颇深: the quoted words are the body's item, the rest the speaker's feeling.
    const words = quotedWithin(quotes, c.span[0], c.span[1]);
    if (words) {
      c.unit = words.unit;
      c.span = [words.start, words.end];
      c.text = original.slice(words.start, words.end);
    }
  }
  for (const t of targets) t.unit = otherBodyAt(quoted, t.span[1] - 1) ?? t.unit;
  const found = indexSpans(commitments);
  const added: Commitment[] = [];
  const overlaps = (start: number, end: number, endsPast: number) =>
    anyOverlaps(found, start, end, endsPast) ||
    added.some((c) => c.span[0] < end && start < c.span[1] && c.span[1] > endsPast);
  const known = new Set(units.map((u) => u.name));
  for (const q of quoted.spans) {
    // 报告提出要实施X行动，…: the first clause, without the words that quote it, unless already found.
    // (报告提出‘推动高水平对外开放’: a slogan quoted as a theme names the report's subject, no item.)
    if (q.says && !"‘“".includes(original[q.start] ?? "")) {
      const cut = original.slice(q.start, q.end).search(/[，,；;。]/);
      const end = cut < 0 ? q.end : q.start + cut;
      const first = original.slice(q.start, end);
      if (!overlaps(q.start, end, q.start + 1)) {
        if (first.length >= 4 && rejectReason(first) === null) {
          added.push({ unit: q.unit, text: first, span: [q.start, end], goals: [], suggestions: [] });
        }
      }
    }
    // 某某代表对报告中“加快X建设”感触很深: the clause naming the deputy is no action of theirs, but the
    // quoted words are still the report's item.
    if (q.quote && !overlaps(q.start, q.end, -Infinity)) {
      const words = original.slice(q.start, q.end);
      if (rejectReason(words) === null) {
        added.push({ unit: q.unit, text: words, span: [q.start, q.end], goals: [], suggestions: [] });
      }
    }
    if (q.decision) {
      const decided: Commitment = {
        unit: q.unit,
        text: original.slice(...q.decision),
        span: q.decision,
        goals: [],
        suggestions: [],
      };
      added.push(decided);
    }
    if (!known.has(q.unit)) {
      known.add(q.unit);
      units.push({ name: q.unit, aliases: [], kind: unitKind(q.unit), span: [q.start, q.start] });
    }
  }
  insertInOrder(commitments, added);
}

/**
 * One commitment per row of a table of key projects (its name, owned by its 责任单位), and per item
 * whose heading stands right above its owner line (the heading, owned by the unit the line names).
 */
function projectCommitments(doc: BuiltDocument["doc"]): Commitment[] {
  const out: Commitment[] = [];
  // (一)环城快速路二期工程 over 牵头单位：X: the item the heading names is the unit's.
  for (const h of ownedHeadings(doc.paragraphs)) {
    out.push({
      unit: h.owner,
      text: doc.original.slice(h.start, h.end),
      span: [h.start, h.end],
      goals: [],
      suggestions: [],
    });
  }
  for (const row of projectRows(doc.paragraphs, doc.original).values()) {
    out.push({
      unit: row.owner,
      text: doc.original.slice(row.name.start, row.name.end),
      span: [row.name.start, row.name.end],
      goals: [],
      suggestions: [],
    });
  }
  return out;
}

/**
 * The targets but those inside a proposal (他建议，…新建住宅小区按每百户不少于20平方米配建…;
 * 市政协常委某某建议，…引进品牌10家以上): what someone asks others to do sets no one's target,
 * as it makes no one's commitment.
 */
function dropProposed(doc: BuiltDocument["doc"], speakers: readonly string[], targets: Target[]): Target[] {
  if (!targets.length || !doc.text.includes("建议")) return targets;
  const names = speakers.length ? new WordSet([...speakers]) : null;
  const proposals: [number, number][] = [];
  // (Under the author's own 三、下一步工作建议, a 建议 is the plan it puts forward.)
  let proposing: boolean[] | null = null;
  for (const s of doc.sentences) {
    if (!s.text.includes("建议") || (proposing ??= proposalSections(doc))[s.section]) continue;
    const k = suggestionAt(s.text, names);
    if (k !== Infinity) proposals.push([s.start + k, s.end]);
  }
  if (!proposals.length) return targets;
  return targets.filter((t) => !proposals.some(([from, to]) => t.span[0] >= from && t.span[0] < to));
}

export function extract(original: string, options: ExtractOptions = {}): Extraction {
  const { doc, units, speakers, author } = buildDocument(original, options);
  const framework = options.framework ? frameworkFromInput(options.framework) : detectFramework(doc, author);
  const targets = dropProposed(
    doc,
    speakers.map((s) => s.person),
    dropRepeatedTargets(doc.original, extractTargets(doc)),
  );
  // Stretches quoted from another body's report or decision are that body's.
  const quoted = indexOtherBodies(otherBodySpans(doc, author));
  const declaredBy = framework?.span
    ? (doc.sentences.find((s) => s.end > framework.span![0])?.unit ?? null)
    : null;
  // 围绕市委提出的“三个城市”目标: a list set above the unit that names it is nobody's launch here.
  const frameworkOwner =
    framework?.span && frameworkSetAbove(doc, framework.span, declaredBy) ? null : declaredBy;
  const found = extractCommitments(
    doc,
    speakers.map((s) => s.person),
    framework,
  );
  // A table sharing a year's indicators out among places: its action rows are each place's;
  // a table of key projects: each project is the commitment of the unit in charge of it.
  const shared = [...placeTableActions(doc), ...projectCommitments(doc)];
  if (shared.length) {
    insertInOrder(found, shared);
    const known = new Set(units.map((u) => u.name));
    for (const c of shared) {
      if (known.has(c.unit!)) continue;
      known.add(c.unit!);
      units.push({ name: c.unit!, aliases: [], kind: unitKind(c.unit!), span: c.span });
    }
  }
  if (quoted.spans.length) ownQuoted(doc.original, quoted, found, targets, units);
  const commitments = dropRestatements(dropRepeats(found), framework, frameworkOwner);
  const strategies = extractStrategies(doc, framework, frameworkOwner !== null);
  for (const s of quoted.spans.length ? strategies : []) s.unit = otherBodyAt(quoted, s.span[0]) ?? s.unit;
  alignCommitments(doc, framework, commitments, strategies);
  linkTargets(targets, commitments);
  return {
    document: { title: doc.title, year: doc.year },
    framework,
    units,
    speakers,
    strategies,
    commitments,
    targets,
  };
}
