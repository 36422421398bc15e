import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeKind, NodeRecord, RelationKind, RelationRecord, SourceRecord } from '@cadre/model';
import {
  pathPasses,
  rankPaths,
  rankSearchHits,
  type PathPass,
  type GraphPath,
  type GraphStats,
  type GraphStore,
  type ListNodesOptions,
  type NeighborhoodOptions,
  type NodePage,
  type PathOptions,
  type RelationsOptions,
  type SearchOptions,
  type StoreHealth,
  type Subgraph,
} from '@cadre/store';
import { NODE_KIND_NAMES, RELATION_KIND_NAMES, kindCounts } from '@cadre/model';
import { Neo4jExecutor } from './neo4j-executor';
import { neo4jOptionsFromEnv, type Neo4jStoreOptions } from './neo4j-store-options';
import {
  countNodesQuery,
  getNodesQuery,
  getRelationQuery,
  getSourcesQuery,
  inducedSubgraphQuery,
  listNodesQuery,
  listSourcesQuery,
  neighborhoodLevelQuery,
  nodeStandsQuery,
  pathsQuery,
  relationsOfManyQuery,
  relationsOfQuery,
  searchCandidatesQuery,
  statsQuery,
} from './cypher/read-queries';
import { awaitIndexesQuery, schemaQueries } from './cypher/schema-queries';

const parse = <T>(json: unknown): T => JSON.parse(String(json)) as T;
const records = <T>(rows: Neo4jRecord[], key = 'record'): T[] => rows.map((r) => parse<T>(r.get(key)));
const toNumber = (v: unknown): number =>
  neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0);

/**
 * The Neo4j store. Stateless apart from the driver's pool: any number of API replicas can share
 * one database or cluster. Reads run in read transactions (routed to followers with `neo4j://`).
 */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  readonly executor: Neo4jExecutor;
  private schemaReady = false;
  private lastError: string | undefined;
  private readonly candidates: number;

  constructor(
    readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.executor = new Neo4jExecutor(driver, options.database);
    this.candidates = options.searchCandidates ?? 1000;
  }

  static create(options: Neo4jStoreOptions): Neo4jStore {
    // No user: the 'none' scheme, for a local server with auth disabled.
    const auth = options.user
      ? neo4j.auth.basic(options.user, options.password ?? '')
      : { scheme: 'none', principal: '', credentials: '' };
    const driver = neo4j.driver(options.uri, auth, {
      // Fail fast while Neo4j is down so requests get SERVICE_UNAVAILABLE instead of hanging.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: true,
    });
    return new Neo4jStore(driver, options);
  }

  /**
   * The store from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (see
   * `neo4jOptionsFromEnv`). Returns at once;
   * the schema is set up in the background, retried with backoff while Neo4j is unreachable, so
   * the API starts, says what is wrong on /health and recovers by itself.
   */
  static async fromEnv(env: NodeJS.ProcessEnv, log: (m: string) => void = console.log): Promise<Neo4jStore> {
    const store = Neo4jStore.create({ ...neo4jOptionsFromEnv(env), log });
    void store.connectWithRetry();
    return store;
  }

  /** Verifies connectivity and sets up the schema, retrying with exponential backoff (1 s to 30 s). */
  async connectWithRetry(maxAttempts = Infinity): Promise<void> {
    const log = this.options.log ?? console.log;
    for (
      let attempt = 1, delay = 1000;
      attempt <= maxAttempts && !this.closed;
      attempt++, delay = Math.min(delay * 2, 30_000)
    ) {
      try {
        await this.ensureSchema();
        if (attempt > 1) log(`Neo4j at ${this.options.uri} is reachable again; serving from it.`);
        else log(`Connected to Neo4j at ${this.options.uri}.`);
        return;
      } catch (error) {
        this.lastError = (error as Error).message;
        log(
          `Neo4j at ${this.options.uri} is unreachable (${this.lastError}); retrying in ${delay / 1000} s.`,
        );
        await new Promise((r) => setTimeout(r, delay).unref());
      }
    }
  }

  private closed = false;

  private schemaInFlight: Promise<void> | undefined;

  /**
   * Idempotent: constraints, indexes and the full-text index (see schema-queries.ts). Concurrent
   * callers share one attempt: two schema transactions at once deadlock on Neo4j's schema locks.
   */
  async ensureSchema(): Promise<void> {
    this.schemaInFlight ??= (async () => {
      try {
        await this.driver.verifyConnectivity(
          this.options.database ? { database: this.options.database } : {},
        );
        await this.executor.runEach([...schemaQueries(), awaitIndexesQuery()]);
        this.schemaReady = true;
        this.lastError = undefined;
      } finally {
        this.schemaInFlight = undefined;
      }
    })();
    return this.schemaInFlight;
  }

  async getNode(id: string): Promise<NodeRecord | null> {
    return (await this.getNodes([id]))[0] ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const found = await this.executor.read((run) => run(getNodesQuery(ids)));
    const byId = new Map(records<NodeRecord>(found).map((n) => [n.id, n]));
    return ids.map((id) => byId.get(id)).filter((n): n is NodeRecord => n !== undefined);
  }

  async getSources(ids: readonly string[]): Promise<SourceRecord[]> {
    if (ids.length === 0) return [];
    const found = await this.executor.read((run) => run(getSourcesQuery(ids)));
    const byId = new Map(records<SourceRecord>(found).map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id)).filter((s): s is SourceRecord => s !== undefined);
  }

  async listSources(): Promise<SourceRecord[]> {
    return records<SourceRecord>(await this.executor.read((run) => run(listSourcesQuery())));
  }

  async getRelation(id: string): Promise<RelationRecord | null> {
    return records<RelationRecord>(await this.executor.read((run) => run(getRelationQuery(id))))[0] ?? null;
  }

  async search(text: string, { kinds, first }: SearchOptions): Promise<NodeRecord[]> {
    const q = searchCandidatesQuery(text, kinds, this.candidates);
    if (q.params.lucene === '') return [];
    const candidates = records<NodeRecord>(await this.executor.read((run) => run(q)));
    return rankSearchHits(candidates, text, first);
  }

  async relationsOf(id: string, { direction, kinds, asOf }: RelationsOptions): Promise<RelationRecord[]> {
    return records<RelationRecord>(
      await this.executor.read((run) => run(relationsOfQuery(id, direction, kinds, asOf))),
    );
  }

  async relationsOfMany(
    ids: readonly string[],
    { direction, kinds, asOf }: RelationsOptions,
  ): Promise<RelationRecord[]> {
    if (ids.length === 0) return [];
    return records<RelationRecord>(
      await this.executor.read((run) => run(relationsOfManyQuery(ids, direction, kinds, asOf))),
    );
  }

  async neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    return this.executor.read(async (run) => {
      const stands = await run(nodeStandsQuery(id, options.asOf));
      if (stands.length === 0 || stands[0]!.get('stands') !== true) return null;
      const reached = [id];
      let frontier = [id];
      let truncated = false;
      for (let d = 1; d <= options.depth && frontier.length > 0 && !truncated; d++) {
        const room = options.limit - reached.length;
        const level = (await run(neighborhoodLevelQuery(frontier, reached, room + 1, options))).map((r) =>
          String(r.get('id')),
        );
        truncated = level.length > room;
        frontier = level.slice(0, room);
        reached.push(...frontier);
      }
      const [row] = await run(inducedSubgraphQuery(reached, options));
      const byId = new Map(
        (row!.get('nodes') as string[]).map((j) => parse<NodeRecord>(j)).map((n) => [n.id, n]),
      );
      const relations = (row!.get('relations') as string[])
        .map((j) => parse<RelationRecord>(j))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { nodes: reached.map((n) => byId.get(n)!), relations, truncated };
    });
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const { maxHops, asOf, first } = options;
    if (from === to) return [];
    const passes = pathPasses(options);
    return this.executor.read(async (run) => {
      const search = async (pass: PathPass): Promise<GraphPath[]> =>
        (await run(pathsQuery(from, to, maxHops, first, asOf, pass))).map((r) => ({
          nodes: (r.get('nodes') as string[]).map((j) => parse<NodeRecord>(j)),
          relations: (r.get('relations') as string[]).map((j) => parse<RelationRecord>(j)),
        }));
      const legal = await search(passes.legal);
      return rankPaths(legal, legal.length < first ? await search(passes.any) : [], first);
    });
  }

  async listNodes({ first, after, ...filters }: ListNodesOptions): Promise<NodePage> {
    return this.executor.read(async (run) => {
      const rows = await run(listNodesQuery(filters, first, after));
      const [count] = await run(countNodesQuery(filters));
      const page = rows.slice(0, first);
      return {
        nodes: records<NodeRecord>(page),
        cursors: page.map((r) => String(r.get('key'))),
        hasNextPage: rows.length > first,
        totalCount: toNumber(count?.get('total')),
      };
    });
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.executor.read((run) => run(statsQuery()));
    const counts = <K extends string>(key: string): Map<K, number> =>
      new Map((row!.get(key) as Array<{ kind: K; count: unknown }>).map((x) => [x.kind, toNumber(x.count)]));
    const nodeKinds = counts<NodeKind>('nodeKinds');
    const relationKinds = counts<RelationKind>('relationKinds');
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      nodes: sum(nodeKinds),
      relations: sum(relationKinds),
      citations: toNumber(row!.get('citations')),
      sources: toNumber(row!.get('sources')),
      nodesByKind: kindCounts(NODE_KIND_NAMES, nodeKinds),
      relationsByKind: kindCounts(RELATION_KIND_NAMES, relationKinds),
    };
  }

  async health(): Promise<StoreHealth> {
    try {
      // No transaction retries here: a health probe must answer at once, up or down.
      await this.executor.ping();
      if (!this.schemaReady) await this.ensureSchema();
      return { ok: true, store: this.name };
    } catch (error) {
      return { ok: false, store: this.name, message: (error as Error).message ?? this.lastError };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.driver.close();
  }
}
