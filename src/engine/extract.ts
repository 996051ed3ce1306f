// The pipeline: text in, plan out. Each stage is a pure function over the
// document model; none reads files or the network.
import type { Extraction, ExtractOptions } from "./types.ts";
import { buildDocument } from "./structure/build-document.ts";
import { extractTargets } from "./targets/index.ts";
import { extractCommitments } from "./commitments/index.ts";

export function extract(original: string, options: ExtractOptions = {}): Extraction {
  const { doc, units, speakers } = buildDocument(original, options);
  const targets = extractTargets(doc);
  const commitments = extractCommitments(
    doc,
    speakers.map((s) => s.person),
  );
  return {
    document: { title: doc.title, year: doc.year },
    framework: null,
    units,
    speakers,
    strategies: [],
    commitments,
    targets,
  };
}
