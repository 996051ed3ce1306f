// Links each target to the commitment whose clause states it ("新建标准厂房
// 20万平方米" is both), by the overlap of their evidence spans.
import type { Commitment, Target } from "./types.ts";

/** Commitment indices in the order of their starts, and those starts. */
function byStart(commitments: Commitment[]): { order: number[]; starts: number[] } {
  const order = commitments.map((_, i) => i);
  const starts = commitments.map((c) => c.span[0]);
  // The list mostly follows the text already; a stable sort of a sorted list changes nothing.
  if (starts.every((s, i) => i === 0 || starts[i - 1]! <= s)) return { order, starts };
  order.sort((a, b) => starts[a]! - starts[b]!);
  return { order, starts: order.map((i) => starts[i]!) };
}

export function linkTargets(targets: Target[], commitments: Commitment[]): void {
  // Both lists follow the text; sorted starts let each target look only at its neighbours.
  const { order, starts } = byStart(commitments);
  for (const t of targets) {
    // The last commitment starting before the target ends, and a few before it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < t.span[1]) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    let bestOverlap = 0;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      const i = order[k]!;
      const c = commitments[i]!;
      if (c.unit !== t.unit) continue;
      const overlap = Math.min(c.span[1], t.span[1]) - Math.max(c.span[0], t.span[0]);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    // Half of the target's own evidence must lie in the commitment's clause.
    t.commitment = best >= 0 && bestOverlap * 2 >= t.span[1] - t.span[0] ? best : null;
  }
}
