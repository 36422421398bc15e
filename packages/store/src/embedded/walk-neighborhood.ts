import type { CompactGraph } from './compact-graph';
import type { SlotFilter } from './walk-filter';

/**
 * The neighbourhood rule, on node numbers (id order): levels are kept whole, sorted by id, until
 * one would cross `limit`; of that level only the lowest ids that fit are kept, and no later
 * level can be shown. Returns the kept nodes (centre first), the walkable relations among them in
 * id order, and whether more nodes were in reach.
 *
 * The crossing level is cut without sorting it when it is long: its nodes are marked, and the
 * marks read in number order until the limit is met.
 */
export function walkNeighborhood(
  graph: CompactGraph,
  centre: number,
  depth: number,
  limit: number,
  walkable: SlotFilter,
): { nodes: number[]; relations: number[]; truncated: boolean } {
  const { offsets, slotFar } = graph;
  /** 0 unseen, 1 kept, 2 in the level being built. */
  const mark = new Uint8Array(graph.nodeCount);
  const kept = [centre];
  mark[centre] = 1;
  let frontier = [centre];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length > 0 && !truncated; d++) {
    const room = limit - kept.length;
    const level: number[] = [];
    for (const n of frontier) {
      for (let s = offsets[n]!, end = offsets[n + 1]!; s < end; s++) {
        const m = slotFar[s]!;
        if (mark[m] !== 0 || !walkable(s, n)) continue;
        mark[m] = 2;
        level.push(m);
      }
      // With no room left, one more node is all it takes to know the answer is truncated.
      if (room <= 0 && level.length > 0) break;
    }
    truncated = level.length > room;
    frontier = truncated ? cutLevel(level, Math.max(room, 0), mark) : level.sort((a, b) => a - b);
    for (const m of frontier) mark[m] = 1;
    for (const m of frontier) kept.push(m);
  }
  if (kept.length > limit) kept.length = Math.max(limit, 0);
  return { nodes: kept, relations: relationsAmong(graph, kept, mark, walkable), truncated };
}

/** The `room` lowest numbers of `level` (whose nodes are marked 2), in order. */
function cutLevel(level: number[], room: number, mark: Uint8Array): number[] {
  // Reading every mark costs the node count; sorting costs the level's length (times its log).
  if (level.length * 16 < mark.length) {
    for (const m of level) mark[m] = 0;
    return level.sort((a, b) => a - b).slice(0, room);
  }
  const cut: number[] = [];
  for (let m = 0; m < mark.length && cut.length < room; m++) if (mark[m] === 2) cut.push(m);
  for (const m of level) mark[m] = 0;
  return cut;
}

/** Relations walkable from a kept node to another kept one (marked 1), each once, in id order. */
function relationsAmong(
  graph: CompactGraph,
  kept: number[],
  mark: Uint8Array,
  walkable: SlotFilter,
): number[] {
  const { offsets, slotFar, slotRelation } = graph;
  const found: number[] = [];
  for (const n of kept) {
    for (let s = offsets[n]!, end = offsets[n + 1]!; s < end; s++)
      if (mark[slotFar[s]!] === 1 && walkable(s, n)) found.push(slotRelation[s]!);
  }
  found.sort((a, b) => a - b);
  let w = 0;
  for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) found[w++] = found[i]!;
  found.length = w;
  return found;
}
