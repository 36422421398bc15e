import type { CompactGraph } from './compact-graph';
import type { SlotFilter } from './walk-filter';

/** Hop distance (undirected) from `target` to every node within `maxHops`; -1 beyond. */
function distancesTo(graph: CompactGraph, target: number, maxHops: number, walkable: SlotFilter): Int32Array {
  const { offsets, slotFar } = graph;
  const dist = new Int32Array(graph.nodeCount).fill(-1);
  dist[target] = 0;
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const n of frontier) {
      for (let s = offsets[n]!, end = offsets[n + 1]!; s < end; s++) {
        const m = slotFar[s]!;
        if (dist[m] === -1 && walkable(s, n)) {
          dist[m] = d;
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * The `first` simple paths from `from` to `to` of at most `maxHops` relations, shortest first and,
 * within a length, in the order of their relation-id sequences (what Neo4j's
 * `ORDER BY length(p), [r IN relationships(p) | r.id]` gives, so both stores agree). Nodes and
 * relations are numbers of the compact graph; a node's slots are already in relation-id order.
 *
 * Hand-written rather than graphology-simple-path: that library enumerates every path before we
 * could sort or cut, while the distance pruning here only walks nodes that can still reach `to`
 * within the hops left, which keeps a 1M-relation graph answerable.
 */
export function findPaths(
  graph: CompactGraph,
  from: number,
  to: number,
  maxHops: number,
  first: number,
  walkable: SlotFilter,
): Array<{ nodes: number[]; relations: number[] }> {
  if (from === to || first <= 0 || maxHops <= 0) return [];
  const { offsets, slotFar, slotRelation } = graph;
  // The first step out of `from` leaves at most maxHops - 1 hops, so that radius around `to` is
  // all the pruning needs (one level less than the whole search: on hub-heavy graphs, far less).
  const dist = distancesTo(graph, to, maxHops - 1, walkable);
  let nearest = Infinity;
  for (let s = offsets[from]!, end = offsets[from + 1]!; s < end; s++) {
    const d = dist[slotFar[s]!]!;
    if (d >= 0 && d < nearest && walkable(s, from)) nearest = d;
  }
  if (!Number.isFinite(nearest)) return [];
  const found: Array<{ nodes: number[]; relations: number[] }> = [];
  const onPath = new Uint8Array(graph.nodeCount);
  for (let length = nearest + 1; length <= maxHops && found.length < first; length++) {
    const nodes = [from];
    const relations: number[] = [];
    onPath[from] = 1;
    const walk = (n: number, left: number): void => {
      if (left === 0) {
        if (n === to) found.push({ nodes: [...nodes], relations: [...relations] });
        return;
      }
      for (let s = offsets[n]!, end = offsets[n + 1]!; s < end && found.length < first; s++) {
        const m = slotFar[s]!;
        const d = dist[m]!;
        if (d < 0 || d > left - 1 || onPath[m] === 1) continue;
        if (m === to && left - 1 > 0) continue; // a simple path ends at `to`
        if (!walkable(s, n)) continue;
        onPath[m] = 1;
        nodes.push(m);
        relations.push(slotRelation[s]!);
        walk(m, left - 1);
        relations.pop();
        nodes.pop();
        onPath[m] = 0;
      }
    };
    walk(from, length);
    onPath[from] = 0;
  }
  return found;
}
