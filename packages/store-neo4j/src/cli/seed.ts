import { defaultSeedsDir, loadSeeds, SeedValidationError } from '@cadre/model';
import { neo4jOptionsFromEnv } from '../neo4j-store-options';
import { Neo4jStore } from '../neo4j-store';
import { writeSeedGraph } from '../write-seed-graph';

/**
 * `npm run seed`: validates graph-seeds/ and writes it into the Neo4j at NEO4J_URI (default
 * bolt://127.0.0.1:7687, the local server of `npm run neo4j`). Invalid seeds write nothing.
 */
async function main(): Promise<void> {
  const dir = process.argv[2] ?? defaultSeedsDir();
  const options = neo4jOptionsFromEnv(process.env);
  console.log(`Validating ${dir} ...`);
  const graph = loadSeeds(dir);
  const store = Neo4jStore.create(options);
  try {
    console.log(`Setting up the schema on ${options.uri} ...`);
    await store.ensureSchema();
    console.log(
      `Writing ${graph.nodes.length} nodes and ${graph.relations.length} relations in one transaction ...`,
    );
    const s = await writeSeedGraph(store.executor, graph, (m) => console.log(m));
    console.log(
      `✓ Seeded ${s.nodes} nodes, ${s.relations} relations, ${s.citations} citations, ${s.sources} sources in ${s.ms} ms`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SeedValidationError
      ? error.message
      : `Seeding failed, nothing was written: ${(error as Error).message}`,
  );
  process.exit(1);
});
