import type { SeedGraph } from './records';
import { NODE_KIND_NAMES, RELATION_KIND_NAMES, type NodeKind, type RelationKind } from './vocabulary';

export interface KindCount<K extends string> {
  kind: K;
  count: number;
}

/** What a graph holds: the seed check, the seeding command and both stores' statistics report it alike. */
export interface GraphCounts {
  nodes: number;
  relations: number;
  /** Citations of nodes and of relations (aliases cite no quote). */
  citations: number;
  sources: number;
  /** In vocabulary order; kinds with no member are left out. */
  nodesByKind: KindCount<NodeKind>[];
  relationsByKind: KindCount<RelationKind>[];
}

export function citationTotal(graph: Pick<SeedGraph, 'nodes' | 'relations'>): number {
  let total = 0;
  for (const item of [...graph.nodes, ...graph.relations]) total += item.citations.length;
  return total;
}

/** Counts per kind as a list in vocabulary order, kinds with no member left out. */
export function kindCounts<K extends string>(
  kinds: readonly K[],
  counts: ReadonlyMap<K, number>,
): KindCount<K>[] {
  return kinds.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
}

function tally<K extends string>(items: ReadonlyArray<{ kind: K }>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return counts;
}

export function countGraph(graph: SeedGraph): GraphCounts {
  return {
    nodes: graph.nodes.length,
    relations: graph.relations.length,
    citations: citationTotal(graph),
    sources: graph.sources.length,
    nodesByKind: kindCounts(NODE_KIND_NAMES, tally(graph.nodes)),
    relationsByKind: kindCounts(RELATION_KIND_NAMES, tally(graph.relations)),
  };
}
