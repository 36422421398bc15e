import { MultiDirectedGraph } from 'graphology';
import {
  countGraph,
  loadSeeds,
  type NodeRecord,
  type RelationRecord,
  type SeedGraph,
  type SourceRecord,
} from '@cadre/model';
import type {
  GraphPath,
  GraphStats,
  GraphStore,
  ListNodesOptions,
  NeighborhoodOptions,
  NodePage,
  PathOptions,
  RelationsOptions,
  SearchOptions,
  StoreHealth,
  Subgraph,
} from '../graph-store';
import { passAllows, pathPasses, rankPaths, type PathPass } from '../legal-chains';
import { cmp } from '../search-text';
import { nodeSortKey, nodeStandsOn, overlapsPeriod, relationStandsOn } from '../validity';
import { SearchIndex } from './search-index';
import { findPaths } from './find-paths';

type Graph = MultiDirectedGraph<{ record: NodeRecord }, { record: RelationRecord }>;

/**
 * The in-process store: the whole seed graph in a graphology multigraph (several relations may
 * join the same two nodes), a search index built once (search-index.ts), and a sorted list for paging.
 * Immutable once built, so one instance serves every request without locking.
 */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private readonly graph: Graph;
  private readonly sources: Map<string, SourceRecord>;
  private readonly index: SearchIndex;
  private readonly sorted: Array<{ key: string; node: NodeRecord }>;

  constructor(seed: SeedGraph) {
    this.graph = new MultiDirectedGraph();
    for (const node of seed.nodes) this.graph.addNode(node.id, { record: node });
    for (const r of seed.relations) this.graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { record: r });
    this.sources = new Map(seed.sources.map((s) => [s.id, s]));
    this.index = new SearchIndex(seed.nodes);
    this.sorted = seed.nodes
      .map((node) => ({ key: nodeSortKey(node), node }))
      .sort((a, b) => cmp(a.key, b.key));
  }

  /** Loads and validates graph-seeds/ (all or nothing) into a new store. */
  static fromSeeds(seedsDir?: string): EmbeddedStore {
    return new EmbeddedStore(loadSeeds(seedsDir));
  }

  private record(id: string): NodeRecord | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'record') : undefined;
  }

  private incident(id: string, direction: RelationsOptions['direction'] = 'BOTH'): RelationRecord[] {
    const keys =
      direction === 'OUT'
        ? this.graph.outEdges(id)
        : direction === 'IN'
          ? this.graph.inEdges(id)
          : this.graph.edges(id);
    return keys.map((k) => this.graph.getEdgeAttribute(k, 'record'));
  }

  async getNode(id: string): Promise<NodeRecord | null> {
    return this.record(id) ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<NodeRecord[]> {
    return ids.map((id) => this.record(id)).filter((n): n is NodeRecord => n !== undefined);
  }

  async getSources(ids: readonly string[]): Promise<SourceRecord[]> {
    return ids.map((id) => this.sources.get(id)).filter((s): s is SourceRecord => s !== undefined);
  }

  async listSources(): Promise<SourceRecord[]> {
    return [...this.sources.values()].sort((a, b) => cmp(a.id, b.id));
  }

  async getRelation(id: string): Promise<RelationRecord | null> {
    return this.graph.hasEdge(id) ? this.graph.getEdgeAttribute(id, 'record') : null;
  }

  async search(text: string, { kinds, first }: SearchOptions): Promise<NodeRecord[]> {
    return this.index.search(text, first, kinds);
  }

  async relationsOf(id: string, { direction, kinds, asOf }: RelationsOptions): Promise<RelationRecord[]> {
    if (!this.graph.hasNode(id)) return [];
    return this.incident(id, direction)
      .filter((r) => (!kinds || kinds.includes(r.kind)) && relationStandsOn(r, asOf))
      .filter((r) => nodeStandsOn(this.record(r.from === id ? r.to : r.from)!, asOf))
      .sort((a, b) => cmp(a.kind, b.kind) || cmp(other(a, id), other(b, id)) || cmp(a.id, b.id));
  }

  async relationsOfMany(ids: readonly string[], options: RelationsOptions): Promise<RelationRecord[]> {
    const found = new Map<string, RelationRecord>();
    for (const id of ids) for (const r of await this.relationsOf(id, options)) found.set(r.id, r);
    return [...found.values()].sort((a, b) => cmp(a.id, b.id));
  }

  /** Relations that may be walked under the options: both the relation and its far end stand. */
  private walkable(
    id: string,
    o: {
      asOf?: string;
      kinds?: NeighborhoodOptions['kinds'];
      relationKinds?: NeighborhoodOptions['relationKinds'];
    },
  ): RelationRecord[] {
    return this.incident(id).filter((r) => {
      if (o.relationKinds && !o.relationKinds.includes(r.kind)) return false;
      if (!relationStandsOn(r, o.asOf)) return false;
      const far = this.record(other(r, id))!;
      return nodeStandsOn(far, o.asOf) && (!o.kinds || o.kinds.includes(far.kind));
    });
  }

  async neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    const centre = this.record(id);
    if (!centre || !nodeStandsOn(centre, options.asOf)) return null;
    const reached: string[] = [id];
    const seen = new Set([id]);
    let frontier = [id];
    // Levels are kept whole (sorted by id) until one crosses the limit; later levels cannot be shown.
    for (let d = 1; d <= options.depth && frontier.length > 0 && reached.length <= options.limit; d++) {
      const next = new Set<string>();
      for (const n of frontier) {
        for (const r of this.walkable(n, options)) {
          const m = other(r, n);
          if (!seen.has(m)) next.add(m);
        }
      }
      frontier = [...next].sort(cmp);
      for (const m of frontier) seen.add(m);
      reached.push(...frontier);
    }
    const kept = reached.slice(0, options.limit);
    const keptSet = new Set(kept);
    const relations = new Map<string, RelationRecord>();
    for (const n of kept) {
      for (const r of this.walkable(n, options)) if (keptSet.has(other(r, n))) relations.set(r.id, r);
    }
    return {
      nodes: kept.map((k) => this.record(k)!),
      relations: [...relations.values()].sort((a, b) => cmp(a.id, b.id)),
      truncated: reached.length > options.limit,
    };
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const { maxHops, asOf, first } = options;
    const a = this.record(from);
    const b = this.record(to);
    if (!a || !b || !nodeStandsOn(a, asOf) || !nodeStandsOn(b, asOf)) return [];
    const kindOf = (id: string) => this.record(id)?.kind;
    const search = (pass: PathPass): GraphPath[] =>
      findPaths(from, to, maxHops, first, (id) =>
        this.walkable(id, { asOf }).filter((r) => passAllows(pass, r, kindOf, from, to)),
      ).map((p) => ({ nodes: p.nodeIds.map((n) => this.record(n)!), relations: p.relations }));
    const passes = pathPasses(options);
    const legal = search(passes.legal);
    return rankPaths(legal, legal.length < first ? search(passes.any) : [], first);
  }

  async listNodes({ kinds, dateFrom, dateTo, first, after }: ListNodesOptions): Promise<NodePage> {
    const matching = this.sorted.filter(
      ({ node }) => (!kinds || kinds.includes(node.kind)) && overlapsPeriod(node, dateFrom, dateTo),
    );
    const start = after === undefined ? 0 : matching.findIndex((x) => x.key > after);
    const page = start < 0 ? [] : matching.slice(start, start + first);
    return {
      nodes: page.map((x) => x.node),
      cursors: page.map((x) => x.key),
      hasNextPage: start >= 0 && start + first < matching.length,
      totalCount: matching.length,
    };
  }

  private statsCache: GraphStats | undefined;

  /** Counted once: the store never changes after it is built. */
  async stats(): Promise<GraphStats> {
    this.statsCache ??= countGraph({
      nodes: this.graph.mapNodes((_, a) => a.record),
      relations: this.graph.mapEdges((_, a) => a.record),
      sources: [...this.sources.values()],
    });
    return this.statsCache;
  }

  async health(): Promise<StoreHealth> {
    return { ok: true, store: this.name };
  }

  async close(): Promise<void> {
    // Nothing to release: the graph lives and dies with the process.
  }
}

function other(r: RelationRecord, id: string): string {
  return r.from === id ? r.to : r.from;
}
