import { NODE_KIND_NAMES, RELATION_KIND_NAMES, type NodeRecord, type RelationRecord } from '@cadre/model';
import type { GraphStats } from './graph-store';

/** Counts for the statistics query; kinds in vocabulary order, those with no member left out. */
export function computeStats(nodes: NodeRecord[], relations: RelationRecord[], sources: number): GraphStats {
  const citations =
    nodes.reduce((n, x) => n + x.citations.length, 0) + relations.reduce((n, x) => n + x.citations.length, 0);
  return {
    nodes: nodes.length,
    relations: relations.length,
    citations,
    sources,
    nodesByKind: countBy(NODE_KIND_NAMES, nodes),
    relationsByKind: countBy(RELATION_KIND_NAMES, relations),
  };
}

/** One pass over the items; kinds in vocabulary order, empty ones left out. */
function countBy<K extends string>(
  kinds: readonly K[],
  items: Array<{ kind: K }>,
): Array<{ kind: K; count: number }> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return kinds.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}
