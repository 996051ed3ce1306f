// Page numbers of paged documents (PDF, scan): the page a text offset falls
// on, from the pages' start offsets (sorted, the first at 0).
import type { DocPage } from "./types.ts";

/** The number of the page holding `offset`, or null for an unpaged document. */
export function pageAt(pages: readonly DocPage[] | undefined, offset: number): number | null {
  if (!pages?.length) return null;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pages[lo]!.number;
}
