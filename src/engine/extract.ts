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

/** A figure stated twice in the same words is one target: the first. */
function dropRepeatedTargets(original: string, targets: Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const { span, commitment: _c, ...fields } = t;
    const key = `${JSON.stringify(fields)}\u0000${original.slice(span[0], span[1])}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
