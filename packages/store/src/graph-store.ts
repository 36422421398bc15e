import type {
  GraphCounts,
  NodeKind,
  NodeRecord,
  PartialDate,
  RelationKind,
  RelationRecord,
  SourceRecord,
} from '@cadre/model';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface SearchOptions {
  kinds?: NodeKind[];
  /** How many results at most. */
  first: number;
}

export interface RelationsOptions {
  direction: Direction;
  kinds?: RelationKind[];
  asOf?: PartialDate;
}

export interface NodeWithRelationsOptions extends RelationsOptions {
  /** The first relations only (in relationsOf's order); all when omitted. */
  first?: number;
}

/** A node with its relations and the far ends of those relations (see GraphStore.nodeWithRelations). */
export interface NodeWithRelations {
  node: NodeRecord;
  /** As `relationsOf` gives them, cut to `first`. */
  relations: RelationRecord[];
  /** The node at the other end of each relation, each once, in the order first met. */
  ends: NodeRecord[];
}

export interface NeighborhoodOptions {
  depth: number;
  asOf?: PartialDate;
  /** Node kinds to keep; the centre is always kept. Traversal does not pass through other kinds. */
  kinds?: NodeKind[];
  /** Relation kinds to follow (all when omitted). */
  relationKinds?: RelationKind[];
  /** Most nodes returned (centre included); `truncated` says when more were in reach. */
  limit: number;
}

export interface PathOptions {
  maxHops: number;
  asOf?: PartialDate;
  first: number;
  /** Node kinds no path passes through (its two ends may still be of these kinds). */
  avoidKinds?: NodeKind[];
  /** Relation kinds no path follows. */
  avoidRelationKinds?: RelationKind[];
}

export interface Subgraph {
  nodes: NodeRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

/** A simple path: `nodes[i]` and `nodes[i+1]` are joined by `relations[i]` (in either direction). */
export interface GraphPath {
  nodes: NodeRecord[];
  relations: RelationRecord[];
}

export interface ListNodesOptions {
  kinds?: NodeKind[];
  /** Keep nodes whose validity overlaps [dateFrom, dateTo]; undated nodes are kept only with no dates. */
  dateFrom?: PartialDate;
  dateTo?: PartialDate;
  first: number;
  /** An opaque cursor from a previous page (a node's sort key). */
  after?: string;
}

export interface NodePage {
  nodes: NodeRecord[];
  /** Sort keys of `nodes`, one each, to build cursors from. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The statistics query's answer: counted by `countGraph` (model) in either store, so both agree. */
export type GraphStats = GraphCounts;

export interface StoreHealth {
  ok: boolean;
  store: string;
  message?: string;
}

/**
 * Everything the API asks of a graph store. Written for both an in-process store and Neo4j:
 * batch reads (`getNodes`) so resolvers can avoid N+1 round trips, bounded traversals whose
 * limits are part of the call, and deterministic orders so that both stores give the same answers
 * (the contract suite in ./contract checks it).
 */
export interface GraphStore {
  /** "embedded" or "neo4j": shown in health checks and logs. */
  readonly name: string;
  getNode(id: string): Promise<NodeRecord | null>;
  /** The nodes found, in the order of `ids`; unknown ids are skipped. */
  getNodes(ids: readonly string[]): Promise<NodeRecord[]>;
  getSources(ids: readonly string[]): Promise<SourceRecord[]>;
  listSources(): Promise<SourceRecord[]>;
  getRelation(id: string): Promise<RelationRecord | null>;
  /** Folded, accent-insensitive search over ids, EN and FR names, aliases and numbers. */
  search(text: string, options: SearchOptions): Promise<NodeRecord[]>;
  /** Relations of a node, ordered by kind, then the other end's id, then relation id. */
  relationsOf(id: string, options: RelationsOptions): Promise<RelationRecord[]>;
  /**
   * The relations of any of `ids` (each relation once), ordered by relation id: one round trip for
   * what would be one `relationsOf` per node (the implementation map asks for every article's).
   */
  relationsOfMany(ids: readonly string[], options: RelationsOptions): Promise<RelationRecord[]>;
  /**
   * A node, its relations (as `relationsOf`, the first `first`) and their far ends in one round
   * trip: what a node page shows, or a node's relations with no further look-up of their ends.
   * Null when the node does not exist.
   */
  nodeWithRelations(id: string, options: NodeWithRelationsOptions): Promise<NodeWithRelations | null>;
  /** Null when the centre does not exist (or does not stand as of `asOf`). */
  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph | null>;
  /**
   * Legal chains first, then the other paths (see `rankPaths` in legal-chains.ts): within each,
   * shortest simple paths first, ties by the relation ids along the path; [] when none.
   */
  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;
  listNodes(options: ListNodesOptions): Promise<NodePage>;
  stats(): Promise<GraphStats>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** Raised by a store whose backing service cannot be reached; the API maps it to SERVICE_UNAVAILABLE. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
