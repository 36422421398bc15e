import type { ListNodesOptions, NodePage } from '../graph-store';
import { cmp } from '../search-text';
import { nodeSortKey } from '../validity';
import type { CompactGraph } from './compact-graph';
import { dayWindow, OPEN_END, OPEN_START } from './day-window';

/**
 * `listNodes` over the nodes in `nodeSortKey` order, built once: a page starts at a binary search
 * for its cursor and reads on until it is full; the period filter (`overlapsPeriod`) compares the
 * day numbers the compact graph already holds instead of parsing dates per node.
 */
export class NodeListing {
  private readonly keys: string[];
  private readonly order: Int32Array;

  constructor(private readonly graph: CompactGraph) {
    const keyed = graph.nodes.map((node, i) => ({ key: nodeSortKey(node), i }));
    keyed.sort((a, b) => cmp(a.key, b.key));
    this.keys = keyed.map((x) => x.key);
    this.order = Int32Array.from(keyed, (x) => x.i);
  }

  list({ kinds, dateFrom, dateTo, first, after }: ListNodesOptions): NodePage {
    const passes = this.filter(kinds, dateFrom, dateTo);
    let totalCount = 0;
    for (let p = 0; p < this.order.length; p++) if (passes(this.order[p]!)) totalCount++;
    let p = after === undefined ? 0 : this.upperBound(after);
    const page: number[] = [];
    for (; p < this.order.length && page.length < first; p++) if (passes(this.order[p]!)) page.push(p);
    let hasNextPage = false;
    for (; p < this.order.length && !hasNextPage; p++) hasNextPage = passes(this.order[p]!);
    return {
      nodes: page.map((q) => this.graph.nodes[this.order[q]!]!),
      cursors: page.map((q) => this.keys[q]!),
      hasNextPage,
      totalCount,
    };
  }

  /** `kinds` and `overlapsPeriod(node, dateFrom, dateTo)` as one test on a node number. */
  private filter(
    kinds: ListNodesOptions['kinds'],
    dateFrom: ListNodesOptions['dateFrom'],
    dateTo: ListNodesOptions['dateTo'],
  ): (i: number) => boolean {
    const { nodeKind, nodeFrom, nodeTo } = this.graph;
    const mask = this.graph.nodeKinds.mask(kinds);
    const dated = Boolean(dateFrom) || Boolean(dateTo);
    const fromFirst = dateFrom ? dayWindow(dateFrom).first : OPEN_START;
    const toLast = dateTo ? dayWindow(dateTo).last : OPEN_END;
    return (i) => {
      if (mask && mask[nodeKind[i]!] !== 1) return false;
      if (!dated) return true;
      // Undated nodes only pass when no bound is set; open ends never exclude.
      if (nodeFrom[i] === OPEN_START && nodeTo[i] === OPEN_END) return false;
      return nodeFrom[i]! <= toLast && nodeTo[i]! >= fromFirst;
    };
  }

  /** The first place whose key is after `key`. */
  private upperBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
