import { syntheticGraph } from '@cadre/model';
import { EmbeddedStore, type GraphStore } from '@cadre/store';

/**
 * The store the server runs on: Neo4j when NEO4J_URI is set; the embedded store over a generated
 * graph when CADRE_SYNTHETIC is set (nodes; CADRE_SYNTHETIC_RELATIONS relations, default ten per
 * node: "Serving a big graph" in README.md); otherwise the embedded store loaded from graph-seeds/
 * (all or nothing: a bad seed file stops the start with every error listed).
 */
export async function createStoreFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  log: (m: string) => void = console.log,
): Promise<GraphStore> {
  if (env.CADRE_SYNTHETIC) {
    if (env.NEO4J_URI) throw new Error('CADRE_SYNTHETIC serves the embedded store: unset NEO4J_URI');
    return syntheticStore(env.CADRE_SYNTHETIC, env.CADRE_SYNTHETIC_RELATIONS, log);
  }
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

function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, not "${value}"`);
  return n;
}

async function syntheticStore(
  nodesText: string,
  relationsText: string | undefined,
  log: (m: string) => void,
): Promise<GraphStore> {
  const nodes = count('CADRE_SYNTHETIC', nodesText);
  const relations =
    relationsText === undefined ? nodes * 10 : count('CADRE_SYNTHETIC_RELATIONS', relationsText);
  let started = Date.now();
  const graph = syntheticGraph(nodes, relations);
  const generated = Date.now() - started;
  started = Date.now();
  const store = new EmbeddedStore(graph);
  log(
    `Generated a synthetic graph (${nodes} nodes, ${relations} relations) in ${generated} ms and loaded it into the embedded store in ${Date.now() - started} ms`,
  );
  return store;
}

/**
 * `npm start -- --synthetic N [--relations M]`: the same as CADRE_SYNTHETIC=N
 * CADRE_SYNTHETIC_RELATIONS=M, as environment entries to lay over process.env.
 */
export function syntheticEnvFromArgs(args: readonly string[]): NodeJS.ProcessEnv {
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    const next = args[at + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a number`);
    return next;
  };
  const nodes = value('--synthetic');
  const relations = value('--relations');
  if (relations !== undefined && nodes === undefined) throw new Error('--relations goes with --synthetic');
  return {
    ...(nodes === undefined ? {} : { CADRE_SYNTHETIC: nodes }),
    ...(relations === undefined ? {} : { CADRE_SYNTHETIC_RELATIONS: relations }),
  };
}
