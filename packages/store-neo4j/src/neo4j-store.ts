import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeKind, NodeRecord, RelationKind, RelationRecord, SourceRecord } from '@cadre/model';
import {
  pathPasses,
  rankPaths,
  rankSearchHits,
  type GraphPath,
  type GraphStats,
  type GraphStore,
  type ListNodesOptions,
  type NeighborhoodOptions,
  type NodePage,
  type NodeWithRelations,
  type NodeWithRelationsOptions,
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
  listNodesQuery,
  listSourcesQuery,
  neighborhoodQuery,
  nodeWithRelationsQuery,
  pathsQuery,
  relationsOfManyQuery,
  relationsOfQuery,
  seedingStateQuery,
  searchCandidatesQuery,
  statsQuery,
} from './cypher/read-queries';
import { awaitIndexesQuery, schemaQueries } from './cypher/schema-queries';

const parse = <T>(json: unknown): T => JSON.parse(String(json)) as T;
const records = <T>(rows: Neo4jRecord[], key = 'record'): T[] => rows.map((r) => parse<T>(r.get(key)));
const parseAll = <T>(list: unknown): T[] => (list as string[]).map((j) => parse<T>(j));
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
    this.executor = new Neo4jExecutor(driver, options.database, {
      ...(options.readTimeoutMs ? { readTimeoutMs: options.readTimeoutMs } : {}),
      ...(options.maxRetryMs === undefined ? {} : { readRetryMs: options.maxRetryMs }),
      log: options.log ?? console.log,
    });
    this.candidates = options.searchCandidates ?? 1000;
  }

  static create(options: Neo4jStoreOptions): Neo4jStore {
    // No user: the 'none' scheme, for a local server with auth disabled.
    const auth = options.user
      ? neo4j.auth.basic(options.user, options.password ?? '')
      : { scheme: 'none', principal: '', credentials: '' };
    const driver = neo4j.driver(options.uri, auth, {
      // Fail fast while Neo4j is down so requests get SERVICE_UNAVAILABLE instead of hanging: a
      // second of retries covers a cluster member going away; once a call has found Neo4j
      // unreachable, the executor fails the next ones at once (neo4j-availability.ts).
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: options.maxRetryMs ?? 1_000,
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
        // Known down from the start: queries fail at once until the probe finds Neo4j.
        this.executor.wrap(error);
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
        this.executor.availability.markUp();
        await this.reportSeedingState();
      } finally {
        this.schemaInFlight = undefined;
      }
    })();
    return this.schemaInFlight;
  }

  /**
   * Says in the log when there is nothing to serve yet, so an empty explorer is not a mystery: a
   * database never seeded, or one seeded by an older Cadre (stored before generations existed).
   */
  private async reportSeedingState(): Promise<void> {
    const log = this.options.log ?? console.log;
    const [row] = await this.executor.read((run) => run(seedingStateQuery()));
    if (row?.get('seeded') === true) return;
    log(
      row?.get('unversioned') === true
        ? `Neo4j at ${this.options.uri} holds a graph seeded by an older Cadre, which is not served: run \`npm run seed\` to seed it again.`
        : `Neo4j at ${this.options.uri} holds no seeded graph yet: run \`npm run seed\`.`,
    );
  }

  async getNode(id: string): Promise<NodeRecord | null> {
    return (await this.getNodes([id]))[0] ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<NodeRecord[]> {
    if (ids.length === 0) return [];
    const found = await this.executor.readQuery(getNodesQuery(ids));
    const byId = new Map(records<NodeRecord>(found).map((n) => [n.id, n]));
    return ids.map((id) => byId.get(id)).filter((n): n is NodeRecord => n !== undefined);
  }

  async getSources(ids: readonly string[]): Promise<SourceRecord[]> {
    if (ids.length === 0) return [];
    const found = await this.executor.readQuery(getSourcesQuery(ids));
    const byId = new Map(records<SourceRecord>(found).map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id)).filter((s): s is SourceRecord => s !== undefined);
  }

  async listSources(): Promise<SourceRecord[]> {
    return records<SourceRecord>(await this.executor.readQuery(listSourcesQuery()));
  }

  async getRelation(id: string): Promise<RelationRecord | null> {
    return records<RelationRecord>(await this.executor.readQuery(getRelationQuery(id)))[0] ?? null;
  }

  async search(text: string, { kinds, first }: SearchOptions): Promise<NodeRecord[]> {
    const q = searchCandidatesQuery(text, kinds, this.candidates);
    if (q.params.lucene === '') return [];
    const candidates = records<NodeRecord>(await this.executor.readQuery(q));
    return rankSearchHits(candidates, text, first);
  }

  async relationsOf(id: string, { direction, kinds, asOf }: RelationsOptions): Promise<RelationRecord[]> {
    return records<RelationRecord>(
      await this.executor.readQuery(relationsOfQuery(id, direction, kinds, asOf)),
    );
  }

  async relationsOfMany(
    ids: readonly string[],
    { direction, kinds, asOf }: RelationsOptions,
  ): Promise<RelationRecord[]> {
    if (ids.length === 0) return [];
    return records<RelationRecord>(
      await this.executor.readQuery(relationsOfManyQuery(ids, direction, kinds, asOf)),
    );
  }

  async nodeWithRelations(
    id: string,
    { direction, kinds, asOf, first }: NodeWithRelationsOptions,
  ): Promise<NodeWithRelations | null> {
    const [row] = await this.executor.readQuery(nodeWithRelationsQuery(id, direction, kinds, asOf, first));
    if (!row) return null;
    const relations = parseAll<RelationRecord>(row.get('relations'));
    const byId = new Map(parseAll<NodeRecord>(row.get('ends')).map((n) => [n.id, n]));
    // In the order first met along the relations, as the embedded store gives them.
    const ends = [...new Set(relations.map((r) => (r.from === id ? r.to : r.from)))].map((e) => byId.get(e)!);
    return { node: parse<NodeRecord>(row.get('node')), relations, ends };
  }

  async neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    const { depth, limit, ...filters } = options;
    const [row] = await this.executor.readQuery(neighborhoodQuery(id, depth, limit, filters));
    if (!row) return null;
    return {
      nodes: parseAll<NodeRecord>(row.get('nodes')),
      relations: parseAll<RelationRecord>(row.get('relations')),
      truncated: row.get('truncated') === true,
    };
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const { maxHops, asOf, first } = options;
    if (from === to) return [];
    const [row] = await this.executor.readQuery(
      pathsQuery(from, to, maxHops, first, asOf, pathPasses(options)),
    );
    if (!row) return [];
    const found = (key: string): GraphPath[] =>
      (row.get(key) as Array<{ nodes: string[]; relations: string[] }>).map((p) => ({
        nodes: parseAll<NodeRecord>(p.nodes),
        relations: parseAll<RelationRecord>(p.relations),
      }));
    const legal = found('legal');
    return rankPaths(legal, legal.length < first ? found('other') : [], first);
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
    const [row] = await this.executor.readQuery(statsQuery());
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
    this.executor.availability.close();
    await this.driver.close();
  }
}
