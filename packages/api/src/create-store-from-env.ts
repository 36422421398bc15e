import { EmbeddedStore, type GraphStore } from '@cadre/store';

/**
 * The store the server runs on: Neo4j when NEO4J_URI is set, otherwise the embedded store loaded
 * from graph-seeds/ (all or nothing: a bad seed file stops the start with every error listed).
 */
export async function createStoreFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  log: (m: string) => void = console.log,
): Promise<GraphStore> {
  if (env.NEO4J_URI) {
    // Loaded only when asked for, so the embedded default never opens a driver.
    const { Neo4jStore } = await import('@cadre/store-neo4j');
    return Neo4jStore.fromEnv(env, log);
  }
  const started = Date.now();
  const store = EmbeddedStore.fromSeeds(env.CADRE_SEEDS_DIR);
  const stats = await store.stats();
  log(
    `Loaded graph-seeds into the embedded store: ${stats.nodes} nodes, ${stats.relations} relations, ${stats.citations} citations (${Date.now() - started} ms)`,
  );
  return store;
}
