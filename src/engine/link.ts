// Links each target to the commitment whose clause states it ("新建标准厂房
// 20万平方米" is both), by the overlap of their evidence spans.
import type { Commitment, Target } from "./types.ts";

export function linkTargets(targets: Target[], commitments: Commitment[]): void {
  for (const t of targets) {
    let best = -1;
    let bestOverlap = 0;
    commitments.forEach((c, i) => {
      if (c.unit !== t.unit) return;
      const overlap = Math.min(c.span[1], t.span[1]) - Math.max(c.span[0], t.span[0]);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    // Half of the target's own evidence must lie in the commitment's clause.
    t.commitment = best >= 0 && bestOverlap * 2 >= t.span[1] - t.span[0] ? best : null;
  }
}
