import {
  NODE_KIND_NAMES,
  RELATION_KIND_NAMES,
  countGraph,
  type GraphCounts,
  type SeedGraph,
} from '@cadre/model';
import type { Neo4jExecutor } from './neo4j-executor';
import {
  pruneQueries,
  relationKey,
  upsertNodesQuery,
  upsertRelationsQuery,
  upsertSourcesQuery,
} from './cypher/write-queries';
import type { CypherQuery } from './cypher/cypher-query';

export interface SeedSummary extends Pick<GraphCounts, 'nodes' | 'relations' | 'citations' | 'sources'> {
  /** How long the write took. */
  ms: number;
}

/** UNWIND batches: large enough to amortise round trips, small enough for a 1 GB heap. */
export const BATCH_SIZE = 1000;

function batches<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every write that makes the database hold exactly `graph`, in order. */
export function seedQueries(graph: SeedGraph): CypherQuery[] {
  return [
    ...batches(graph.sources).map(upsertSourcesQuery),
    ...NODE_KIND_NAMES.flatMap((kind) =>
      batches(graph.nodes.filter((n) => n.kind === kind)).map((b) => upsertNodesQuery(kind, b)),
    ),
    ...RELATION_KIND_NAMES.flatMap((kind) =>
      batches(graph.relations.filter((r) => r.kind === kind)).map((b) => upsertRelationsQuery(kind, b)),
    ),
    ...pruneQueries(
      graph.nodes.map((n) => n.id),
      graph.relations.map(relationKey),
      graph.sources.map((s) => s.id),
    ),
  ];
}

/**
 * Writes a validated seed graph in ONE write transaction: upserts by id, then removes what the
 * seeds no longer hold. Running it twice leaves the same graph; if anything fails, nothing of it
 * is committed and the database stays as it was.
 */
export async function writeSeedGraph(
  executor: Neo4jExecutor,
  graph: SeedGraph,
  progress: (message: string) => void = () => {},
): Promise<SeedSummary> {
  const started = Date.now();
  const queries = seedQueries(graph);
  await executor.write(async (run) => {
    let done = 0;
    for (const q of queries) {
      await run(q);
      done++;
      const rows = (q.params.rows as unknown[] | undefined)?.length;
      if (rows) progress(`  batch ${done}/${queries.length}: ${rows} rows`);
    }
  });
  const { nodes, relations, citations, sources } = countGraph(graph);
  return { nodes, relations, citations, sources, ms: Date.now() - started };
}
