import { performance } from 'node:perf_hooks';
import { EmbeddedStore } from '@cadre/store';
import { benchStore } from './bench-store';
import { syntheticGraph } from './synthetic-graph';

/**
 * `npm run bench`: builds the embedded store over a synthetic graph (BENCH_NODES, default
 * 100,000; BENCH_RELATIONS, default 1,000,000) and prints how long the API's operations take.
 * Figures only; nothing here asserts a time.
 */
async function main(): Promise<void> {
  const nodes = Number(process.env.BENCH_NODES ?? 100_000);
  const relations = Number(process.env.BENCH_RELATIONS ?? 1_000_000);
  console.log(
    `Cadre store benchmark: ${nodes.toLocaleString('en')} nodes, ${relations.toLocaleString('en')} relations (node ${process.version})`,
  );
  let t = performance.now();
  const graph = syntheticGraph(nodes, relations);
  console.log(`generate synthetic graph: ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const store = new EmbeddedStore(graph);
  console.log(
    `build embedded store (graph + search index + sort): ${(performance.now() - t).toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  await benchStore(store, nodes);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
