import type { RelationRecord } from '@cadre/model';
import { cmp } from '../search-text';

/** A traversable view of the graph: the relations of a node that pass the caller's filters. */
export type IncidentRelations = (nodeId: string) => RelationRecord[];

const otherEnd = (r: RelationRecord, id: string): string => (r.from === id ? r.to : r.from);

/** Hop distance from `target` to every node within `maxHops` (undirected). */
function distancesTo(target: string, maxHops: number, incident: IncidentRelations): Map<string, number> {
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of incident(id)) {
        const m = otherEnd(r, id);
        if (!dist.has(m)) {
          dist.set(m, d);
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
 * `ORDER BY length(p), [r IN relationships(p) | r.id]` gives, so both stores agree).
 *
 * Hand-written rather than graphology-simple-path: that library enumerates every path before we
 * could sort or cut, while the distance pruning here only walks nodes that can still reach `to`
 * within the hops left, which keeps a 1M-relation graph answerable.
 */
export function findPaths(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  incident: IncidentRelations,
): Array<{ nodeIds: string[]; relations: RelationRecord[] }> {
  if (from === to || first <= 0) return [];
  // The first step out of `from` leaves at most maxHops - 1 hops, so that radius around `to` is
  // all the pruning needs (one level less than the whole search: on hub-heavy graphs, far less).
  const dist = distancesTo(to, maxHops - 1, incident);
  let nearest = Infinity;
  for (const r of incident(from)) nearest = Math.min(nearest, dist.get(otherEnd(r, from)) ?? Infinity);
  const shortest = nearest + 1;
  if (!Number.isFinite(shortest)) return [];
  const found: Array<{ nodeIds: string[]; relations: RelationRecord[] }> = [];
  const sorted = new Map<string, RelationRecord[]>();
  const sortedIncident = (id: string): RelationRecord[] => {
    let list = sorted.get(id);
    if (!list) {
      list = [...incident(id)].sort((a, b) => cmp(a.id, b.id));
      sorted.set(id, list);
    }
    return list;
  };
  for (let length = shortest; length <= maxHops && found.length < first; length++) {
    const nodeIds = [from];
    const rels: RelationRecord[] = [];
    const onPath = new Set([from]);
    const walk = (id: string, left: number): void => {
      if (found.length >= first) return;
      if (left === 0) {
        if (id === to) found.push({ nodeIds: [...nodeIds], relations: [...rels] });
        return;
      }
      for (const r of sortedIncident(id)) {
        const m = otherEnd(r, id);
        const d = dist.get(m);
        if (d === undefined || d > left - 1 || onPath.has(m)) continue;
        if (m === to && left - 1 > 0) continue; // a simple path ends at `to`
        onPath.add(m);
        nodeIds.push(m);
        rels.push(r);
        walk(m, left - 1);
        rels.pop();
        nodeIds.pop();
        onPath.delete(m);
        if (found.length >= first) return;
      }
    };
    walk(from, length);
  }
  return found;
}
