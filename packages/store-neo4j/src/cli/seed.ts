import { parseArgs } from 'node:util';
import {
  defaultSeedsDir,
  loadSeeds,
  syntheticGraph,
  SeedValidationError,
  type SeedGraph,
} from '@cadre/model';
import { neo4jOptionsFromEnv } from '../neo4j-store-options';
import { Neo4jStore } from '../neo4j-store';
import { writeSeedGraph } from '../write-seed-graph';
import { seedProgressReporter } from './seed-progress';

/** `seed [dir]` or `seed --synthetic NODES [--relations N]` (relations default to 10 per node). */
function graphFromArgs(argv: string[]): { graph: SeedGraph; what: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { synthetic: { type: 'string' }, relations: { type: 'string' } },
  });
  if (values.synthetic !== undefined) {
    const nodes = Number(values.synthetic);
    const relations = Number(values.relations ?? nodes * 10);
    if (!Number.isInteger(nodes) || nodes < 2 || !Number.isInteger(relations) || relations < 0)
      throw new Error(
        `--synthetic needs a node count ≥ 2 and --relations a count ≥ 0 (got --synthetic ${JSON.stringify(values.synthetic)}` +
          `${values.relations === undefined ? '' : ` --relations ${JSON.stringify(values.relations)}`})`,
      );
    return { graph: syntheticGraph(nodes, relations), what: `a synthetic graph` };
  }
  const dir = positionals[0] ?? defaultSeedsDir();
  console.log(`Validating ${dir} ...`);
  return { graph: loadSeeds(dir), what: dir };
}

/**
 * `npm run seed`: validates graph-seeds/ (or generates `--synthetic N` nodes) and makes the Neo4j
 * at NEO4J_URI (default bolt://127.0.0.1:7687, the local server of `npm run neo4j`) serve it.
 * Invalid seeds write nothing; a failure or an interruption leaves the served graph as it was
 * (see writeSeedGraph).
 */
async function main(): Promise<void> {
  const { graph, what } = graphFromArgs(process.argv.slice(2));
  const options = neo4jOptionsFromEnv(process.env);
  const store = Neo4jStore.create(options);
  const progress = seedProgressReporter();
  try {
    console.log(`Setting up the schema on ${options.uri} ...`);
    await store.ensureSchema();
    console.log(
      `Writing ${graph.nodes.length} nodes and ${graph.relations.length} relations from ${what} as a new generation ...`,
    );
    const s = await writeSeedGraph(store.executor, graph, { progress: progress.report });
    progress.stop();
    if (s.dropError)
      console.warn(`The old generation is still stored (the next seeding removes it): ${s.dropError}`);
    const rate = Math.round((s.relations * 1000) / Math.max(1, s.switchedMs));
    console.log(
      `✓ Seeded ${s.nodes} nodes, ${s.relations} relations, ${s.citations} citations, ${s.sources} sources in ${s.ms} ms ` +
        `(generation ${s.generation} live after ${s.switchedMs} ms: ${rate} relations/s)`,
    );
  } finally {
    progress.stop();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SeedValidationError
      ? error.message
      : `Seeding failed, the served graph is unchanged: ${(error as Error).message}`,
  );
  process.exit(1);
});
