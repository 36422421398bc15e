import type { SeedGraph } from '@cadre/model';
import { Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';

export function testNeo4jUri(): string {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri)
    throw new Error(
      'NEO4J_TEST_URI is not set: run integration tests through jest (global setup starts Neo4j)',
    );
  return uri;
}

/**
 * A Neo4j store holding exactly `seed`. Community edition has one database, so integration test
 * files run one at a time (--runInBand) and each replaces the whole graph with its own.
 */
export async function createSeededNeo4jStore(
  seed: SeedGraph,
  options: { routing?: boolean } = {},
): Promise<Neo4jStore> {
  // neo4j:// makes the driver fetch a routing table first, as it would from a cluster or Aura.
  const uri = options.routing ? testNeo4jUri().replace(/^bolt:/, 'neo4j:') : testNeo4jUri();
  const store = Neo4jStore.create({ uri, log: () => {} });
  await store.ensureSchema();
  await writeSeedGraph(store.executor, seed);
  return store;
}
