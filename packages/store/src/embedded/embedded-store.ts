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
  NodeWithRelations,
  NodeWithRelationsOptions,
  PathOptions,
  RelationsOptions,
  SearchOptions,
  StoreHealth,
  Subgraph,
} from '../graph-store';
import { pathPasses, rankPaths, type PathPass } from '../legal-chains';
import { cmp } from '../search-text';
import { CompactGraph, IN, OUT } from './compact-graph';
import { findPaths } from './find-paths';
import { NodeListing } from './node-listing';
import { SearchIndex } from './search-index';
import { nodeStands, pathPassFilter, slotFilter } from './walk-filter';
import { walkNeighborhood } from './walk-neighborhood';

/**
 * The in-process store: the graph as numbered nodes and relations with compressed adjacency
 * (compact-graph.ts), a search index (search-index.ts) and a node listing (node-listing.ts), all
 * built once at load. Immutable once built, so one instance serves every request without locking.
 */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private readonly graph: CompactGraph;
  private readonly sources: Map<string, SourceRecord>;
  private readonly index: SearchIndex;
  private readonly listing: NodeListing;

  constructor(seed: SeedGraph) {
    this.graph = new CompactGraph(seed.nodes, seed.relations);
    this.sources = new Map(seed.sources.map((s) => [s.id, s]));
    this.index = new SearchIndex(this.graph.nodes);
    this.listing = new NodeListing(this.graph);
  }

  /** Loads and validates graph-seeds/ (all or nothing) into a new store. */
  static fromSeeds(seedsDir?: string): EmbeddedStore {
    return new EmbeddedStore(loadSeeds(seedsDir));
  }

  private record(id: string): NodeRecord | undefined {
    return this.graph.nodes[this.graph.nodeNumber(id)];
  }

  private relationRecords(numbers: readonly number[]): RelationRecord[] {
    return numbers.map((r) => this.graph.relations[r]!);
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
    return this.graph.relations[this.graph.relationNumber(id)] ?? null;
  }

  async search(text: string, { kinds, first }: SearchOptions): Promise<NodeRecord[]> {
    return this.index.search(text, first, kinds);
  }

  /** Slots of node `n` in `direction` whose relation and far end stand (and of `kinds`). */
  private incidentSlots(n: number, { direction, kinds, asOf }: RelationsOptions): number[] {
    const walkable = slotFilter(this.graph, { asOf, relationKinds: kinds });
    const wanted = direction === 'OUT' ? OUT : direction === 'IN' ? IN : OUT | IN;
    const { offsets, slotDirection } = this.graph;
    const slots: number[] = [];
    for (let s = offsets[n]!, end = offsets[n + 1]!; s < end; s++)
      if ((slotDirection[s]! & wanted) !== 0 && walkable(s, n)) slots.push(s);
    return slots;
  }

  async relationsOf(id: string, options: RelationsOptions): Promise<RelationRecord[]> {
    const n = this.graph.nodeNumber(id);
    if (n < 0) return [];
    const { slotRelation, slotFar, relations } = this.graph;
    // Numbers are in id order: the other end's id and the relation id compare as numbers.
    const slots = this.incidentSlots(n, options).sort(
      (a, b) =>
        cmp(relations[slotRelation[a]!]!.kind, relations[slotRelation[b]!]!.kind) ||
        slotFar[a]! - slotFar[b]! ||
        slotRelation[a]! - slotRelation[b]!,
    );
    return slots.map((s) => relations[slotRelation[s]!]!);
  }

  async relationsOfMany(ids: readonly string[], options: RelationsOptions): Promise<RelationRecord[]> {
    const found = new Set<number>();
    for (const id of ids) {
      const n = this.graph.nodeNumber(id);
      if (n >= 0) for (const s of this.incidentSlots(n, options)) found.add(this.graph.slotRelation[s]!);
    }
    return this.relationRecords([...found].sort((a, b) => a - b));
  }

  async neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph | null> {
    const centre = this.graph.nodeNumber(id);
    if (centre < 0 || !nodeStands(this.graph, centre, options.asOf)) return null;
    const walked = walkNeighborhood(
      this.graph,
      centre,
      options.depth,
      options.limit,
      slotFilter(this.graph, options),
    );
    return {
      nodes: walked.nodes.map((n) => this.graph.nodes[n]!),
      relations: this.relationRecords(walked.relations),
      truncated: walked.truncated,
    };
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const { maxHops, asOf, first } = options;
    const a = this.graph.nodeNumber(from);
    const b = this.graph.nodeNumber(to);
    const walkable = slotFilter(this.graph, { asOf });
    if (a < 0 || b < 0 || !nodeStands(this.graph, a, asOf) || !nodeStands(this.graph, b, asOf)) return [];
    const search = (pass: PathPass): GraphPath[] =>
      findPaths(this.graph, a, b, maxHops, first, pathPassFilter(this.graph, walkable, pass, a, b)).map(
        (p) => ({
          nodes: p.nodes.map((n) => this.graph.nodes[n]!),
          relations: this.relationRecords(p.relations),
        }),
      );
    const passes = pathPasses(options);
    const legal = search(passes.legal);
    return rankPaths(legal, legal.length < first ? search(passes.any) : [], first);
  }

  async listNodes(options: ListNodesOptions): Promise<NodePage> {
    return this.listing.list(options);
  }

  private statsCache: GraphStats | undefined;

  /** Counted once: the store never changes after it is built. */
  async stats(): Promise<GraphStats> {
    this.statsCache ??= countGraph({
      nodes: this.graph.nodes,
      relations: this.graph.relations,
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

  /** relationsOf cut to `first`, with the far ends (what Neo4j answers in one round trip). */
  async nodeWithRelations(id: string, options: NodeWithRelationsOptions): Promise<NodeWithRelations | null> {
    const node = this.record(id);
    if (!node) return null;
    const { first, ...rest } = options;
    const relations = (await this.relationsOf(id, rest)).slice(0, first);
    const farIds = new Set(relations.map((r) => (r.from === id ? r.to : r.from)));
    const ends = [...farIds].map((e) => this.record(e)!);
    return { node, relations, ends };
  }
}
