// The pipeline: text in, plan out. Each stage is a pure function over the
// document model; none reads files or the network.
import type { Extraction, ExtractOptions, Target } from "./types.ts";
import { buildDocument } from "./structure/build-document.ts";
import { extractTargets } from "./targets/index.ts";
import { dropRepeats, dropRestatements, extractCommitments } from "./commitments/index.ts";
import { detectFramework } from "./framework/detect.ts";
import { frameworkFromInput } from "./framework/supplied.ts";
import { alignCommitments } from "./align/index.ts";
import { extractStrategies } from "./strategies/index.ts";
import { linkTargets } from "./link.ts";

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

export function extract(original: string, options: ExtractOptions = {}): Extraction {
  const { doc, units, speakers, author } = buildDocument(original, options);
  const framework = options.framework ? frameworkFromInput(options.framework) : detectFramework(doc, author);
  const targets = dropRepeatedTargets(doc.original, extractTargets(doc));
  const frameworkOwner = framework?.span
    ? (doc.sentences.find((s) => s.end > framework.span![0])?.unit ?? null)
    : null;
  const commitments = dropRestatements(
    dropRepeats(
      extractCommitments(
        doc,
        speakers.map((s) => s.person),
        framework,
      ),
    ),
    framework,
    frameworkOwner,
  );
  const strategies = extractStrategies(doc, framework);
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
