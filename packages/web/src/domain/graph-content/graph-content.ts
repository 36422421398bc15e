import type {
  GraphNodeFieldsFragment,
  GraphRelationFieldsFragment,
  NeighborhoodQuery,
  NodeKind,
  RelationKind,
} from '../../gql/graphql';

export type GraphNode = GraphNodeFieldsFragment;

export interface GraphRelation {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  inferred: boolean;
}

/** Everything loaded for the view: the union of the neighbourhoods of the focus and expanded nodes. */
export interface GraphContent {
  nodes: Map<string, GraphNode>;
  relations: Map<string, GraphRelation>;
  /** Centres whose neighbourhood was cut at the API's limit. */
  truncated: string[];
}

export type Subgraph = NeighborhoodQuery['neighborhood'];

/** A relation as the graph keeps it: its ends by id. */
export const toGraphRelation = (r: GraphRelationFieldsFragment): GraphRelation => ({
  id: r.id,
  kind: r.kind,
  from: r.from.id,
  to: r.to.id,
  inferred: r.inferred,
});

export const emptyContent = (): GraphContent => ({ nodes: new Map(), relations: new Map(), truncated: [] });

export function mergeSubgraphs(
  subgraphs: ReadonlyArray<{ centre: string; subgraph: Subgraph }>,
): GraphContent {
  const content = emptyContent();
  for (const { centre, subgraph } of subgraphs) {
    for (const n of subgraph.nodes) content.nodes.set(n.id, n);
    for (const r of subgraph.relations) content.relations.set(r.id, toGraphRelation(r));
    if (subgraph.truncated) content.truncated.push(centre);
  }
  return content;
}

export interface VisibleOptions {
  focus: string;
  removed: readonly string[];
  hiddenNodeKinds: readonly NodeKind[];
  hiddenRelationKinds: readonly RelationKind[];
  /** Nodes whose neighbourhood was asked for besides the focus (default none). */
  expanded?: readonly string[];
  /** Instruments whose articles are drawn (default none). */
  articles?: readonly string[];
}

/**
 * Whether an article's "is part of" link may bring it into view: a treaty has dozens of articles,
 * so only when its instrument's articles are asked for, or the article is itself a centre of the
 * view. An article reached by another relation (a national text that gives effect to it, a concept
 * it defines) is in view all the same, and then its link to its instrument is drawn too.
 */
function articleLinkShown(
  r: GraphRelation,
  content: GraphContent,
  centres: ReadonlySet<string>,
  articles: ReadonlySet<string>,
): boolean {
  if (r.kind !== 'PART_OF' || content.nodes.get(r.from)?.kind !== 'PROVISION') return true;
  return articles.has(r.to) || centres.has(r.from);
}

/**
 * What the graph shows: the loaded content minus removed nodes and filtered kinds, keeping only
 * what can still be reached from the focus. So removing or filtering out a node also takes away
 * what was in view only through it, and nothing is left floating unexplained. An instrument's
 * articles are drawn only on demand (see `articleLinkShown`).
 */
export function visibleContent(content: GraphContent, options: VisibleOptions): GraphContent {
  const removed = new Set(options.removed);
  const hiddenKinds = new Set<string>(options.hiddenNodeKinds);
  const hiddenRelations = new Set<string>(options.hiddenRelationKinds);
  const centres = new Set([options.focus, ...(options.expanded ?? [])]);
  const articles = new Set(options.articles ?? []);
  const allowed = (id: string): boolean => {
    const node = content.nodes.get(id);
    // The focus stays whatever the filters say: the view is about it.
    return node !== undefined && (id === options.focus || (!removed.has(id) && !hiddenKinds.has(node.kind)));
  };

  const adjacency = new Map<string, GraphRelation[]>();
  const articleLinks: GraphRelation[] = [];
  for (const r of content.relations.values()) {
    if (hiddenRelations.has(r.kind) || !allowed(r.from) || !allowed(r.to)) continue;
    if (!articleLinkShown(r, content, centres, articles)) {
      articleLinks.push(r);
      continue;
    }
    for (const end of [r.from, r.to]) adjacency.set(end, [...(adjacency.get(end) ?? []), r]);
  }

  const result = emptyContent();
  result.truncated = content.truncated.filter((id) => id === options.focus || !removed.has(id));
  const focusNode = content.nodes.get(options.focus);
  if (!focusNode) return result;
  result.nodes.set(options.focus, focusNode);
  const queue = [options.focus];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const r of adjacency.get(id) ?? []) {
      result.relations.set(r.id, r);
      const other = r.from === id ? r.to : r.from;
      const node = content.nodes.get(other);
      if (node && !result.nodes.has(other)) {
        result.nodes.set(other, node);
        queue.push(other);
      }
    }
  }
  // An article in view for another reason (it defines a concept in view) still shows whose it is.
  for (const r of articleLinks)
    if (result.nodes.has(r.from) && result.nodes.has(r.to)) result.relations.set(r.id, r);
  return result;
}
