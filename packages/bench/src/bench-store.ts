import { performance } from 'node:perf_hooks';
import type { GraphStore } from '@cadre/store';

/** Runs `work` `runs` times and prints its median and 95th percentile. */
async function time<T>(label: string, runs: number, work: (i: number) => Promise<T>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number): string =>
    samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(2);
  console.log(
    `${label.padEnd(44)} p50 ${pct(0.5).padStart(9)} ms   p95 ${pct(0.95).padStart(9)} ms   (${runs} runs)`,
  );
}

/** Times the operations the API asks of a store, on a graph built by `syntheticGraph(nodeCount, …)`. */
export async function benchStore(store: GraphStore, nodeCount: number): Promise<void> {
  const id = (i: number): string => `bench-${(i * 7919) % nodeCount}`;
  await time('getNodes (100 ids)', 50, (i) =>
    store.getNodes(Array.from({ length: 100 }, (_, k) => id(i * 100 + k))),
  );
  // "décret", "bench" and "b" match every node: the cost of ranking a whole graph's matches.
  for (const query of ['décret', 'decree 12', 'élément 4242', 'bench', 'b', 'bench-4242'])
    await time(`search "${query}" (first 20)`, 50, () => store.search(query, { first: 20 }));
  await time('relationsOf (BOTH)', 200, (i) => store.relationsOf(id(i), { direction: 'BOTH' }));
  await time('neighborhood depth 1, limit 500', 100, (i) =>
    store.neighborhood(id(i + 1000), { depth: 1, limit: 500 }),
  );
  await time('neighborhood depth 2, limit 500', 50, (i) =>
    store.neighborhood(id(i + 2000), { depth: 2, limit: 500 }),
  );
  await time('neighborhood depth 2, limit 500, asOf 2005', 50, (i) =>
    store.neighborhood(id(i + 2000), { depth: 2, limit: 500, asOf: '2005' }),
  );
  await time('neighborhood of the biggest hub, depth 3', 5, () =>
    store.neighborhood('bench-0', { depth: 3, limit: 2000 }),
  );
  await time('paths maxHops 4, first 3', 50, (i) =>
    store.paths(id(i + 3000), id(i + 4000), { maxHops: 4, first: 3 }),
  );
  await time('listNodes page of 50', 50, async (i) =>
    store.listNodes({ first: 50, ...(i ? { after: `2000-01-01|bench-${i}` } : {}) }),
  );
  await time('stats', 3, () => store.stats());
}
