// The reader's segments: the same pieces and innermost spans as the plain
// definition (every span tested against every piece), in one sweep, so a
// window of tens of thousands of spans is cut in well under a second.
import { test } from "node:test";
import assert from "node:assert/strict";
import { segments, type Spanned } from "../../web/src/lib/segments.ts";
import { random as seededRandom } from "../../src/services/synthetic/random.ts";

interface In {
  len: number;
  pageStarts: number[];
  commitments: (Spanned & { id: number })[];
  targets: (Spanned & { id: number })[];
  speakers: (Spanned & { id: number })[];
  strategies: (Spanned & { id: number })[];
}

/** The definition: cut at every end, test every span against every piece. */
function reference(r: In) {
  const clip = (n: number) => Math.max(0, Math.min(r.len, n));
  const cuts = new Set<number>([0, r.len]);
  for (const s of r.pageStarts) cuts.add(clip(s));
  for (const x of [...r.commitments, ...r.targets, ...r.speakers, ...r.strategies]) {
    cuts.add(clip(x.span[0]));
    cuts.add(clip(x.span[1]));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const inner = <X extends Spanned>(xs: X[], a: number, b: number) => {
    let best: X | undefined;
    for (const x of xs)
      if (x.span[0] <= a && x.span[1] >= b && (!best || x.span[1] - x.span[0] < best.span[1] - best.span[0]))
        best = x;
    return best;
  };
  const out = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    out.push({
      a,
      b,
      c: inner(r.commitments, a, b),
      t: inner(r.targets, a, b),
      p: inner(r.speakers, a, b),
      s: inner(r.strategies, a, b),
    });
  }
  return out;
}

function random(seed: number, n: number, len: number): In {
  const rnd = seededRandom(seed).next;
  const int = (k: number) => Math.floor(rnd() * k);
  const spans = (k: number) =>
    Array.from({ length: k }, (_, id) => {
      // Some spans reach past either end of the window, some are empty, some nest.
      const a = int(len + 20) - 10;
      return { id, span: [a, a + int(Math.max(1, len / 4)) - (int(10) === 0 ? 5 : 0)] as [number, number] };
    });
  return {
    len,
    pageStarts: Array.from({ length: int(4) }, () => int(len)).sort((a, b) => a - b),
    commitments: spans(n),
    targets: spans(Math.floor(n / 2)),
    speakers: spans(int(4)),
    strategies: spans(int(4)),
  };
}

type Id = { id: number } | undefined;
const ids = (xs: { a: number; b: number; c?: Id; t?: Id; p?: Id; s?: Id }[]) =>
  xs.map((g) => [g.a, g.b, g.c?.id, g.t?.id, g.p?.id, g.s?.id]);

test("segments: the same pieces and innermost spans as the definition", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const r = random(seed, 1 + (seed % 40), 10 + (seed % 200));
    assert.deepEqual(ids(segments(r)), ids(reference(r)), `seed ${seed}`);
  }
});

test("segments: a shorter span inside a longer one wins; on a tie the first listed", () => {
  const r: In = {
    len: 10,
    pageStarts: [0, 5],
    commitments: [
      { id: 1, span: [0, 10] },
      { id: 2, span: [2, 4] },
      { id: 3, span: [2, 4] },
    ],
    targets: [],
    speakers: [],
    strategies: [{ id: 9, span: [3, 8] }],
  };
  assert.deepEqual(ids(segments(r)), [
    [0, 2, 1, undefined, undefined, undefined],
    [2, 3, 2, undefined, undefined, undefined],
    [3, 4, 2, undefined, undefined, 9],
    [4, 5, 1, undefined, undefined, 9],
    [5, 8, 1, undefined, undefined, 9],
    [8, 10, 1, undefined, undefined, undefined],
  ]);
});

test("segments: 40,000 spans over a 400,000-character window in one sweep", () => {
  // The definition visits every span for every piece: 40,000 × 80,000 tests,
  // minutes of work. The sweep is O(n log n).
  const r = random(7, 40_000, 400_000);
  const t0 = performance.now();
  const out = segments(r);
  const ms = performance.now() - t0;
  assert.ok(out.length > 50_000, `${out.length} pieces`);
  assert.equal(out[0]!.a, 0);
  assert.equal(out.at(-1)!.b, 400_000);
  for (let i = 1; i < out.length; i++) assert.equal(out[i]!.a, out[i - 1]!.b);
  assert.ok(ms < 5_000, `${ms.toFixed(0)} ms`);
});
