// A seeded random source, so that the same flags make the same province on
// every machine (a benchmark's fixture must be reproducible). Math.random
// cannot be seeded and no dependency is worth adding for a dozen lines:
// this is mulberry32, a well-known 32-bit generator.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index in [0, n) favouring the front: a few units or goals carry most items, as in real plans. */
  skewed(n: number, power?: number): number;
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    skewed: (n, power = 2) => Math.min(n - 1, Math.floor(n * Math.pow(next(), power))),
  };
}
