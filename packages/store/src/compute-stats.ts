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
    nodesByKind: NODE_KIND_NAMES.map((kind) => ({ kind, count: nodes.filter((n) => n.kind === kind).length })).filter(
      (x) => x.count > 0,
    ),
    relationsByKind: RELATION_KIND_NAMES.map((kind) => ({
      kind,
      count: relations.filter((r) => r.kind === kind).length,
    })).filter((x) => x.count > 0),
  };
}
