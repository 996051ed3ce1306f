// The pipeline: text in, plan out. Each stage is a pure function over the
// document model; none reads files or the network.
import type { Commitment, Extraction, ExtractOptions, Target, Unit } from "./types.ts";
import { buildDocument } from "./structure/build-document.ts";
import { extractTargets } from "./targets/index.ts";
import { dropRepeats, dropRestatements, extractCommitments } from "./commitments/index.ts";
import { rejectReason } from "./commitments/clauses.ts";
import { detectFramework } from "./framework/detect.ts";
import { frameworkFromInput } from "./framework/supplied.ts";
import { alignCommitments } from "./align/index.ts";
import { extractStrategies } from "./strategies/index.ts";
import { linkTargets } from "./link.ts";
import { otherBodyAt, otherBodySpans, type OtherBodySpan } from "./structure/other-bodies.ts";
import { unitKind } from "./structure/units.ts";

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

/**
 * Gives the items inside stretches quoted from another body to that body, and
 * adds the action a body decided on (作出了构建“X”格局的决定) as its commitment.
 */
function ownQuoted(
  original: string,
  quoted: OtherBodySpan[],
  commitments: Commitment[],
  targets: Target[],
  units: Unit[],
): void {
  for (const c of commitments) {
    const owner = otherBodyAt(quoted, c.span[1] - 1);
    if (owner) {
      c.unit = owner;
      continue;
    }
    // 对报告中“大力发展X”的表述感触颇深: the quoted words are the body's item, the rest the speaker's feeling.
    const words = quoted.find((q) => q.quote && c.span[0] <= q.start && q.end <= c.span[1]);
    if (words) {
      c.unit = words.unit;
      c.span = [words.start, words.end];
      c.text = original.slice(words.start, words.end);
    }
  }
  for (const t of targets) t.unit = otherBodyAt(quoted, t.span[1] - 1) ?? t.unit;
  for (const q of quoted) {
    // 报告提出要实施X行动，…: the first clause, without the words that quote it, unless already found.
    // (报告提出‘推动高水平对外开放’: a slogan quoted as a theme names the report's subject, no item.)
    if (q.says && !"‘“".includes(original[q.start] ?? "")) {
      const cut = original.slice(q.start, q.end).search(/[，,；;。]/);
      const end = cut < 0 ? q.end : q.start + cut;
      const first = original.slice(q.start, end);
      if (!commitments.some((c) => c.span[0] < end && q.start < c.span[1] && c.span[1] > q.start + 1)) {
        if (first.length >= 4 && rejectReason(first) === null) {
          const at = commitments.findIndex((c) => c.span[0] >= q.start);
          const said: Commitment = {
            unit: q.unit,
            text: first,
            span: [q.start, end],
            goals: [],
            suggestions: [],
          };
          commitments.splice(at < 0 ? commitments.length : at, 0, said);
        }
      }
    }
    // 某某代表对报告中“加快X建设”感触很深: the clause naming the deputy is no action of theirs, but the
    // quoted words are still the report's item.
    if (q.quote && !commitments.some((c) => c.span[0] < q.end && q.start < c.span[1])) {
      const words = original.slice(q.start, q.end);
      if (rejectReason(words) === null) {
        const at = commitments.findIndex((c) => c.span[0] >= q.start);
        const item: Commitment = {
          unit: q.unit,
          text: words,
          span: [q.start, q.end],
          goals: [],
          suggestions: [],
        };
        commitments.splice(at < 0 ? commitments.length : at, 0, item);
      }
    }
    if (q.decision) {
      const at = commitments.findIndex((c) => c.span[0] >= q.decision![0]);
      const decided: Commitment = {
        unit: q.unit,
        text: original.slice(...q.decision),
        span: q.decision,
        goals: [],
        suggestions: [],
      };
      commitments.splice(at < 0 ? commitments.length : at, 0, decided);
    }
    if (!units.some((u) => u.name === q.unit))
      units.push({ name: q.unit, aliases: [], kind: unitKind(q.unit), span: [q.start, q.start] });
  }
}

export function extract(original: string, options: ExtractOptions = {}): Extraction {
  const { doc, units, speakers, author } = buildDocument(original, options);
  const framework = options.framework ? frameworkFromInput(options.framework) : detectFramework(doc, author);
  const targets = dropRepeatedTargets(doc.original, extractTargets(doc));
  // Stretches quoted from another body's report or decision are that body's.
  const quoted = otherBodySpans(doc, author);
  const frameworkOwner = framework?.span
    ? (doc.sentences.find((s) => s.end > framework.span![0])?.unit ?? null)
    : null;
  const found = extractCommitments(
    doc,
    speakers.map((s) => s.person),
    framework,
  );
  if (quoted.length) ownQuoted(doc.original, quoted, found, targets, units);
  const commitments = dropRestatements(dropRepeats(found), framework, frameworkOwner);
  const strategies = extractStrategies(doc, framework);
  for (const s of quoted.length ? strategies : []) s.unit = otherBodyAt(quoted, s.span[0]) ?? s.unit;
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
