import { toGraphRelation, type GraphContent } from '../../domain/graph-content/graph-content';
import type { PathsQuery } from '../../gql/graphql';

export type FoundPath = PathsQuery['paths'][number];

/**
 * The view's content with every path's nodes and relations added (a path may leave the loaded
 * neighbourhoods, and may cross kinds the filters hide: the question was about these two nodes).
 */
export function withPaths(content: GraphContent, paths: readonly FoundPath[]): GraphContent {
  if (paths.length === 0) return content;
  const nodes = new Map(content.nodes);
  const relations = new Map(content.relations);
  for (const path of paths) {
    for (const n of path.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const r of path.relations) if (!relations.has(r.id)) relations.set(r.id, toGraphRelation(r));
  }
  return { nodes, relations, truncated: content.truncated };
}

/** Ids of every node and relation on the paths: what the graph highlights. */
export function pathElementIds(paths: readonly FoundPath[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    for (const n of path.nodes) ids.add(n.id);
    for (const r of path.relations) ids.add(r.id);
  }
  return ids;
}
