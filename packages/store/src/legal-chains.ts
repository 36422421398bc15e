import {
  HUB_NODE_KINDS,
  HUB_RELATION_KINDS,
  type NodeKind,
  type RelationKind,
  type RelationRecord,
} from '@cadre/model';
import type { GraphPath, PathOptions } from './graph-store';

/**
 * What one search pass may walk, beyond `asOf`: node kinds kept out of the middle of a path,
 * relation kinds never followed, and relation kinds followed only to or from an end of the path.
 */
export interface PathPass {
  avoidKinds: NodeKind[];
  avoidRelationKinds: RelationKind[];
  endOnlyRelationKinds: RelationKind[];
}

/**
 * The two passes of a path search, the same in every store. Pass 1 finds legal chains: the
 * shortest simple paths with no place in their middle (HUB_NODE_KINDS) and no hub relation
 * (HUB_RELATION_KINDS) except at an end. Pass 2 finds the shortest paths with no such rule. Both
 * honour the caller's `avoidKinds` and `avoidRelationKinds`.
 *
 * Why two bounded shortest-path searches rather than a weighted search: each pass is what Neo4j's
 * SHORTEST k GROUPS and the embedded store's pruned walk already answer fast on a 1M-relation
 * graph, both stores can implement a walk filter identically, and "chains first, then hubs, each
 * by length" is a rule a reader can be told; weights would need tuning and could not be explained.
 */
export function pathPasses(options: Pick<PathOptions, 'avoidKinds' | 'avoidRelationKinds'>): {
  legal: PathPass;
  any: PathPass;
} {
  const avoidKinds = options.avoidKinds ?? [];
  const avoidRelationKinds = options.avoidRelationKinds ?? [];
  return {
    legal: {
      avoidKinds: [...new Set([...avoidKinds, ...HUB_NODE_KINDS])],
      avoidRelationKinds,
      endOnlyRelationKinds: [...HUB_RELATION_KINDS],
    },
    any: { avoidKinds, avoidRelationKinds, endOnlyRelationKinds: [] },
  };
}

/**
 * Whether a pass may walk `relation` on a path from `from` to `to`, given each end's kind. The rule
 * is symmetric in the relation's ends, so it serves a search in either direction.
 */
export function passAllows(
  pass: PathPass,
  relation: RelationRecord,
  kindOf: (id: string) => NodeKind | undefined,
  from: string,
  to: string,
): boolean {
  const isEnd = (id: string): boolean => id === from || id === to;
  if (pass.avoidRelationKinds.includes(relation.kind)) return false;
  for (const id of [relation.from, relation.to]) {
    const kind = kindOf(id);
    if (!isEnd(id) && kind !== undefined && pass.avoidKinds.includes(kind)) return false;
  }
  return !pass.endOnlyRelationKinds.includes(relation.kind) || isEnd(relation.from) || isEnd(relation.to);
}

const pathKey = (p: GraphPath): string => p.relations.map((r) => r.id).join('\u0000');

/**
 * The answer: pass-1 paths (legal chains, each pass already ordered by length then relation ids),
 * then pass-2 paths not already listed, cut to `first`. Pass 2 is only needed when pass 1 found
 * fewer than `first`; a store may skip it then and pass [] here.
 */
export function rankPaths(legal: GraphPath[], any: GraphPath[], first: number): GraphPath[] {
  const listed = new Set(legal.map(pathKey));
  return [...legal, ...any.filter((p) => !listed.has(pathKey(p)))].slice(0, first);
}
