/**
 * One seeded generator for every synthetic graph (the store benchmarks, the explorer's layout
 * benchmark), browser-safe (`@cadre/model/seeded-random`). A small generator (mulberry32): the same seed gives the same numbers, so a synthetic
 * graph is the same on every run. Numbers in [0, 1), like Math.random.
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
