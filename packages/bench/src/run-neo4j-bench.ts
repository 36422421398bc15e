import { performance } from 'node:perf_hooks';
import { startLocalNeo4j } from '@cadre/neo4j-local';
import { BATCH_SIZE, Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';
import { benchStore } from './bench-store';
import { syntheticGraph } from '@cadre/model';

/**
 * The same figures as the embedded benchmark, on a real local Neo4j (started here, deleted after).
 * BENCH_NEO4J_NODES / BENCH_NEO4J_RELATIONS size the graph (default 10,000 / 100,000; seeding
 * commits in batches, so the local server's 1 GB heap holds any size; BENCH_NEO4J_HEAP, e.g. 2g,
 * gives it more). `npm run bench:seed` measures the seeding itself.
 */
async function main(): Promise<void> {
  const nodes = Number(process.env.BENCH_NEO4J_NODES ?? 10_000);
  const relations = Number(process.env.BENCH_NEO4J_RELATIONS ?? 100_000);
  console.log(
    `\nNeo4j store benchmark: ${nodes.toLocaleString('en')} nodes, ${relations.toLocaleString('en')} relations`,
  );
  let t = performance.now();
  const heap = process.env.BENCH_NEO4J_HEAP;
  const server = await startLocalNeo4j(heap ? { jvmArgs: [`-Xmx${heap}`, `-Xms${heap}`] } : {});
  console.log(`start local Neo4j: ${(performance.now() - t).toFixed(0)} ms`);
  const store = Neo4jStore.create({ uri: server.boltUri, log: () => {} });
  try {
    await store.ensureSchema();
    t = performance.now();
    const summary = await writeSeedGraph(store.executor, syntheticGraph(nodes, relations));
    console.log(
      `seed (batched transactions of ${BATCH_SIZE.toLocaleString('en')} rows, then the switch): ${(performance.now() - t).toFixed(0)} ms for ${summary.nodes} nodes and ${summary.relations} relations`,
    );
    await benchStore(store, nodes);
  } finally {
    await store.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
