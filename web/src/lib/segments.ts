// The reader's segments: the text cut at every page start and every span's
// ends, each piece carrying the innermost span of each kind that covers it.
// One sweep over the cuts with a heap of the spans open at each cut, so a
// window of n spans costs O(n log n), not a scan of every span per piece.

export interface Spanned {
  span: [number, number];
}

export interface Segment<C, T, P, S> {
  a: number;
  b: number;
  c?: C;
  t?: T;
  p?: P;
  s?: S;
}

/** Spans open at the sweep's position; the top is the shortest (the earliest listed on a tie). */
class Innermost<X extends Spanned> {
  private readonly heap: { x: X; len: number; end: number; i: number }[] = [];
  private readonly order: { x: X; start: number; end: number; len: number; i: number }[];
  private next = 0;

  constructor(xs: readonly X[], clip: (n: number) => number) {
    this.order = xs
      .map((x, i) => ({ x, start: clip(x.span[0]), end: clip(x.span[1]), len: x.span[1] - x.span[0], i }))
      .filter((e) => e.start < e.end)
      .sort((p, q) => p.start - q.start || p.i - q.i);
  }

  /** The innermost span covering [a, b), where no span starts or ends strictly inside it. */
  at(a: number): X | undefined {
    while (this.next < this.order.length && this.order[this.next]!.start <= a)
      this.push(this.order[this.next++]!);
    while (this.heap.length && this.heap[0]!.end <= a) this.pop();
    return this.heap[0]?.x;
  }

  private less(p: number, q: number) {
    const h = this.heap;
    return h[p]!.len < h[q]!.len || (h[p]!.len === h[q]!.len && h[p]!.i < h[q]!.i);
  }

  private swap(p: number, q: number) {
    const h = this.heap;
    [h[p], h[q]] = [h[q]!, h[p]!];
  }

  private push(e: { x: X; len: number; end: number; i: number }) {
    this.heap.push(e);
    let k = this.heap.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (!this.less(k, up)) break;
      this.swap(k, up);
      k = up;
    }
  }

  private pop() {
    const last = this.heap.pop()!;
    if (!this.heap.length) return;
    this.heap[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < this.heap.length && this.less(l, m)) m = l;
      if (r < this.heap.length && this.less(r, m)) m = r;
      if (m === k) return;
      this.swap(k, m);
      k = m;
    }
  }
}

/**
 * Cuts [0, len) at every page start and span end, and gives each piece the
 * innermost (shortest; the first listed on a tie) commitment, target, speaker
 * and strategy whose span covers it. A piece never straddles a page.
 */
export function segments<C extends Spanned, T extends Spanned, P extends Spanned, S extends Spanned>(r: {
  len: number;
  pageStarts: readonly number[];
  commitments: readonly C[];
  targets: readonly T[];
  speakers: readonly P[];
  strategies: readonly S[];
}): Segment<C, T, P, S>[] {
  const len = r.len;
  const clip = (n: number) => Math.max(0, Math.min(len, n));
  const cuts = new Set<number>([0, len]);
  for (const start of r.pageStarts) cuts.add(clip(start));
  for (const xs of [r.commitments, r.targets, r.speakers, r.strategies] as readonly (readonly Spanned[])[])
    for (const x of xs) {
      cuts.add(clip(x.span[0]));
      cuts.add(clip(x.span[1]));
    }
  const sorted = [...cuts].sort((a, b) => a - b);
  const c = new Innermost(r.commitments, clip);
  const t = new Innermost(r.targets, clip);
  const p = new Innermost(r.speakers, clip);
  const s = new Innermost(r.strategies, clip);
  const out: Segment<C, T, P, S>[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    out.push({ a, b, c: c.at(a), t: t.at(a), p: p.at(a), s: s.at(a) });
  }
  return out;
}
