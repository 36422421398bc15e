import {
  NODE_KIND_NAMES,
  RELATION_KIND_NAMES,
  countGraph,
  type GraphCounts,
  type SeedGraph,
} from '@cadre/model';
import type { Neo4jExecutor } from './neo4j-executor';
import {
  claimGenerationQuery,
  createNodesQuery,
  createRelationsQuery,
  createSourcesQuery,
  removeGenerationsQueries,
  switchGenerationQuery,
} from './cypher/write-queries';
import type { CypherQuery } from './cypher/cypher-query';

export interface SeedSummary extends Pick<GraphCounts, 'nodes' | 'relations' | 'citations' | 'sources'> {
  /** The generation now live. */
  generation: number;
  /** From the start until the new graph was live (cleanup of a leftover, writes, switch). */
  switchedMs: number;
  /** The whole seeding, removal of the old generation included. */
  ms: number;
  /** Why the old generation could not be removed (the new one is live all the same). */
  dropError?: string;
}

/** Where a seeding is: `written` and `total` count sources, nodes and relations together. */
export interface SeedProgress {
  phase: 'clean' | 'write' | 'switch' | 'drop';
  written: number;
  total: number;
}

export interface SeedOptions {
  /** Called after each step and each committed batch. */
  progress?: (p: SeedProgress) => void;
  /** Rows per write transaction. Default BATCH_SIZE. */
  batchSize?: number;
  /** Write transactions in flight at once. Default SEED_CONCURRENCY. */
  concurrency?: number;
}

/**
 * Rows per write transaction: each commit holds at most this many elements, so the server's
 * transaction state stays a few MB whatever the graph's size (the old single transaction needed
 * an 8 GB heap at 1M relations), while round trips stay few (100 for 1M relations).
 * Measured with `npm run bench:seed` (1M relations, 1 GB heap, 2-core machine): live after 44–46 s
 * on a fresh server (21.9k–22.8k relations/s) and 37 s re-seeding over the served graph, with lean
 * relation rows as lists, a plain index on relationship ids and SEED_CONCURRENCY transactions in
 * flight, against 77 s before.
 */
export const BATCH_SIZE = 10_000;

/**
 * Write transactions in flight at once. With one, the server waits while the client builds and
 * sends the next batch. Two overlap that; measured at 1M relations (fresh server each, 2 cores):
 * 42.3 s against 43.5–44.6 s to the switch, a few per cent, since the server's own work is most of
 * it. Relations whose batches share an end node may deadlock, which Neo4j reports as a transient
 * error and the driver's `executeWrite` retries.
 */
export const SEED_CONCURRENCY = 2;

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * One query of a seeding. `ends`: it needs the element ids of nodes written before it, so its
 * query is only built (`query()`) when its transaction runs.
 */
export interface SeedBatch {
  query: () => CypherQuery;
  rows: number;
  ends: boolean;
}

/**
 * The write transactions of one generation, in order: sources, nodes then relations (relations
 * find their ends by id in the same generation), grouped by kind since labels and relationship
 * types are names, not parameters. Lazy, so only one batch of rows exists at a time, and the
 * relations' rows are built once `endIds` holds the element ids their nodes' batches returned.
 */
export function* seedBatches(
  graph: SeedGraph,
  gen: number,
  size = BATCH_SIZE,
  endIds: ReadonlyMap<string, string> = new Map(),
): Generator<SeedBatch> {
  for (const b of batches(graph.sources, size))
    yield { query: () => createSourcesQuery(gen, b), rows: b.length, ends: false };
  for (const kind of NODE_KIND_NAMES)
    for (const b of batches(
      graph.nodes.filter((n) => n.kind === kind),
      size,
    ))
      yield { query: () => createNodesQuery(gen, kind, b), rows: b.length, ends: false };
  for (const kind of RELATION_KIND_NAMES)
    for (const b of batches(
      graph.relations.filter((r) => r.kind === kind),
      size,
    ))
      yield { query: () => createRelationsQuery(gen, kind, b, endIds), rows: b.length, ends: true };
}

/**
 * Packs consecutive batches into transactions of at most `size` rows: a small graph's many
 * kinds (a few rows each) then take a few commits, not one per kind. Relations never share a
 * transaction with nodes: their batches are built from the nodes' committed element ids.
 */
function* transactions(items: Iterable<SeedBatch>, size: number): Generator<SeedBatch[]> {
  let tx: SeedBatch[] = [];
  let rows = 0;
  for (const item of items) {
    if (tx.length > 0 && (rows + item.rows > size || item.ends !== tx[0]!.ends)) {
      yield tx;
      tx = [];
      rows = 0;
    }
    tx.push(item);
    rows += item.rows;
  }
  if (tx.length > 0) yield tx;
}

/**
 * Runs `write` on each transaction with at most `limit` in flight, in order. Relations' batches
 * wait until every batch before them has committed (their ends' element ids come from those). On
 * the first failure no new transaction starts; the ones in flight settle, then it is thrown.
 */
async function inFlight(
  txs: Iterable<SeedBatch[]>,
  limit: number,
  write: (tx: SeedBatch[]) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  const most = Math.max(1, limit);
  let failure: { error: unknown } | undefined;
  let endsReady = false;
  for (const tx of txs) {
    if (!endsReady && tx[0]!.ends) {
      await Promise.all(running);
      endsReady = true;
    }
    while (running.size >= most) await Promise.race(running);
    if (failure) break;
    const p: Promise<void> = write(tx).then(
      () => {
        running.delete(p);
      },
      (error: unknown) => {
        failure ??= { error };
        running.delete(p);
      },
    );
    running.add(p);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}

/**
 * Makes the database serve exactly `graph`, all or nothing for readers, with bounded memory.
 *
 * Everything a seeding writes belongs to a generation (`gen`), and readers only see the one the
 * meta node calls live (see cypher/read-queries.ts). A seeding claims a new generation number,
 * removes any leftover of an earlier seeding that never switched (killed or failed), writes its
 * generation in batches of committed transactions, then switches the live pointer in one small
 * transaction and removes the old generation in batches. A failure or a kill at any point
 * before the switch leaves the served graph as it was (the partial generation is invisible, and
 * the next seeding removes it); after it, the new graph is served whatever happens to the cleanup.
 * One seeding at a time: a seeding that finds a newer one has claimed a generation gives up.
 */
export async function writeSeedGraph(
  executor: Neo4jExecutor,
  graph: SeedGraph,
  { progress = () => {}, batchSize = BATCH_SIZE, concurrency = SEED_CONCURRENCY }: SeedOptions = {},
): Promise<SeedSummary> {
  const started = Date.now();
  const total = graph.sources.length + graph.nodes.length + graph.relations.length;
  const [claim] = await executor.write((run) => run(claimGenerationQuery()));
  const gen = Number(claim!.get('gen'));
  const live = claim!.get('live') as number | null;
  progress({ phase: 'clean', written: 0, total });
  await executor.runEach(removeGenerationsQueries(live === null ? [gen] : [live, gen]));
  let written = 0;
  progress({ phase: 'write', written, total });
  const endIds = new Map<string, string>();
  const writeTransaction = async (tx: SeedBatch[]): Promise<void> => {
    const created = await executor.write(async (run) => {
      const nodes: Array<[string, string]> = [];
      for (const { query, rows } of tx) {
        const result = await run(query());
        // Node batches return one row per node (its element id), the others a count.
        const count = result[0]?.has('written') ? Number(result[0].get('written')) : result.length;
        for (const r of result)
          if (r.has('elementId')) nodes.push([String(r.get('id')), String(r.get('elementId'))]);
        if (count !== rows)
          throw new Error(
            `Seeding generation ${gen}: a batch wrote ${count} of ${rows} rows (a relation whose end is not in the graph, or a newer seeding removed this one); the live graph is unchanged`,
          );
      }
      return nodes;
    });
    // Only once committed: a retried transaction returns its own element ids.
    for (const [id, elementId] of created) endIds.set(id, elementId);
    written += tx.reduce((sum, b) => sum + b.rows, 0);
    progress({ phase: 'write', written, total });
  };
  await inFlight(
    transactions(seedBatches(graph, gen, batchSize, endIds), batchSize),
    concurrency,
    writeTransaction,
  );
  progress({ phase: 'switch', written, total });
  const switched = await executor.write((run) => run(switchGenerationQuery(gen)));
  if (switched.length === 0)
    throw new Error(`Seeding generation ${gen}: a newer seeding has started; the live graph is unchanged`);
  const switchedMs = Date.now() - started;
  progress({ phase: 'drop', written, total });
  // The new graph is served from here on: a failed removal is reported, not thrown (the next
  // seeding removes what is left, and readers never see it).
  const dropError = await executor.runEach(removeGenerationsQueries([gen])).then(
    () => undefined,
    (error: unknown) => (error as Error).message,
  );
  const { nodes, relations, citations, sources } = countGraph(graph);
  return {
    nodes,
    relations,
    citations,
    sources,
    generation: gen,
    switchedMs,
    ms: Date.now() - started,
    ...(dropError ? { dropError } : {}),
  };
}
