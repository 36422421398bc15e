import { performance } from 'node:perf_hooks';
import { EmbeddedStore } from '@cadre/store';
import { benchStore } from './bench-store';
import { syntheticGraph } from '@cadre/model';

/** Heap in use after a full collection when the process runs with --expose-gc (the bench script does). */
function heapMiB(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const used = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  return gc ? `heap after GC ${used} MiB` : `heap ${used} MiB (no GC: run node with --expose-gc)`;
}

/** CPU time (user + system) since `since`, in ms: on a shared machine, steadier than wall time. */
function cpuMs(since: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1000).toFixed(0);
}

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
  let cpu = process.cpuUsage();
  let graph: ReturnType<typeof syntheticGraph> | undefined = syntheticGraph(nodes, relations);
  console.log(
    `generate synthetic graph: ${(performance.now() - t).toFixed(0)} ms (CPU ${cpuMs(cpu)} ms), ${heapMiB()}`,
  );
  t = performance.now();
  cpu = process.cpuUsage();
  const store = new EmbeddedStore(graph);
  const built = `${(performance.now() - t).toFixed(0)} ms (CPU ${cpuMs(cpu)} ms)`;
  // The store keeps the records it serves; the seed graph's own arrays can go.
  graph = undefined;
  console.log(`build embedded store (graph + search index + listing): ${built}, ${heapMiB()}`);
  await benchStore(store, nodes);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
