// The readable summary `lantu extract FILE` prints without --json.
import type { Extraction } from "../engine/index.ts";

export function formatSummary(x: Extraction): string {
  const lines: string[] = [];
  lines.push(`Document: ${x.document.title}${x.document.year ? ` (${x.document.year})` : ""}`);
  lines.push(`Speakers: ${x.speakers.length}  Commitments: ${x.commitments.length}  Targets: ${x.targets.length}`);
  return lines.join("\n") + "\n";
}
