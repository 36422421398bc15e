import {
  syntheticGraph,
  type NodeKind,
  type NodeRecord,
  type PartialDate,
  type RelationKind,
  type RelationRecord,
} from '@cadre/model';
import type { ListNodesOptions, NeighborhoodOptions } from '../../graph-store';
import { passAllows, pathPasses, rankPaths } from '../../legal-chains';
import { cmp } from '../../search-text';
import { nodeSortKey, nodeStandsOn, overlapsPeriod, relationStandsOn } from '../../validity';
import { EmbeddedStore } from '../embedded-store';

/**
 * The compact store against the rules written plainly over records (what the graphology store
 * did), on a synthetic graph with hubs, dates and every kind: many centres, depths, limits (so
 * levels are cut), dates and kind filters. The contract suite pins the rules on a small graph;
 * this checks the typed-array walks give the same answers where levels are large.
 */
const graph = syntheticGraph(300, 1500);
const store = new EmbeddedStore(graph);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const other = (r: RelationRecord, id: string): string => (r.from === id ? r.to : r.from);
const incident = (id: string): RelationRecord[] =>
  graph.relations.filter((r) => r.from === id || r.to === id);

function walkable(id: string, o: { asOf?: PartialDate; kinds?: NodeKind[]; relationKinds?: RelationKind[] }) {
  return incident(id).filter((r) => {
    const far = byId.get(other(r, id))!;
    return (
      (!o.relationKinds || o.relationKinds.includes(r.kind)) &&
      relationStandsOn(r, o.asOf) &&
      nodeStandsOn(far, o.asOf) &&
      (!o.kinds || o.kinds.includes(far.kind))
    );
  });
}

function referenceNeighborhood(id: string, o: NeighborhoodOptions) {
  const reached = [id];
  const seen = new Set(reached);
  let frontier = [id];
  for (let d = 1; d <= o.depth && frontier.length > 0 && reached.length <= o.limit; d++) {
    const next = new Set<string>();
    for (const n of frontier)
      for (const r of walkable(n, o)) if (!seen.has(other(r, n))) next.add(other(r, n));
    frontier = [...next].sort(cmp);
    frontier.forEach((m) => seen.add(m));
    reached.push(...frontier);
  }
  const kept = reached.slice(0, o.limit);
  const relations = new Set<string>();
  for (const n of kept) for (const r of walkable(n, o)) if (kept.includes(other(r, n))) relations.add(r.id);
  return { nodes: kept, relations: [...relations].sort(cmp), truncated: reached.length > o.limit };
}

const ids = (xs: Array<{ id: string }>): string[] => xs.map((x) => x.id);
const centres = ['bench-0', 'bench-1', 'bench-7', 'bench-42', 'bench-150', 'bench-299'];

describe('EmbeddedStore against the plain rules', () => {
  it('walks neighbourhoods alike, cutting the level that crosses the limit', async () => {
    const options: NeighborhoodOptions[] = [
      { depth: 1, limit: 500 },
      { depth: 2, limit: 40 },
      { depth: 2, limit: 7 },
      { depth: 3, limit: 120, asOf: '2005' },
      { depth: 2, limit: 60, kinds: ['INSTRUMENT', 'PLACE'] },
      { depth: 2, limit: 60, relationKinds: ['FUNDED', 'PART_OF'], asOf: '1999-03' },
      { depth: 3, limit: 1 },
    ];
    let truncated = 0;
    for (const centre of centres)
      for (const o of options) {
        const sub = await store.neighborhood(centre, o);
        if (!nodeStandsOn(byId.get(centre)!, o.asOf)) {
          expect(sub).toBeNull();
          continue;
        }
        const found = { nodes: ids(sub!.nodes), relations: ids(sub!.relations), truncated: sub!.truncated };
        expect({ centre, o, found }).toEqual({ centre, o, found: referenceNeighborhood(centre, o) });
        if (found.truncated) truncated++;
      }
    expect(truncated).toBeGreaterThan(5);
  });

  it('lists a node relations alike, by kind, other end and id', async () => {
    for (const centre of centres)
      for (const direction of ['OUT', 'IN', 'BOTH'] as const)
        for (const asOf of [undefined, '2001']) {
          const expected = incident(centre)
            .filter((r) => direction === 'BOTH' || (direction === 'OUT' ? r.from : r.to) === centre)
            .filter((r) => relationStandsOn(r, asOf) && nodeStandsOn(byId.get(other(r, centre))!, asOf))
            .sort(
              (a, b) => cmp(a.kind, b.kind) || cmp(other(a, centre), other(b, centre)) || cmp(a.id, b.id),
            );
          expect(ids(await store.relationsOf(centre, { direction, ...(asOf ? { asOf } : {}) }))).toEqual(
            ids(expected),
          );
        }
  });

  it('finds the same paths as every simple path, ranked', async () => {
    const allPaths = (from: string, to: string, maxHops: number, allows: (r: RelationRecord) => boolean) => {
      const found: RelationRecord[][] = [];
      const walk = (at: string, path: RelationRecord[], visited: string[]): void => {
        if (at === to) return void found.push(path);
        if (path.length === maxHops) return;
        for (const r of incident(at))
          if (!visited.includes(other(r, at)) && allows(r))
            walk(other(r, at), [...path, r], [...visited, other(r, at)]);
      };
      walk(from, [], [from]);
      return found.sort((a, b) => a.length - b.length || cmp(ids(a).join('\u0000'), ids(b).join('\u0000')));
    };
    const asPath = (rs: RelationRecord[]) => ({ nodes: [] as NodeRecord[], relations: rs });
    for (const [from, to] of [
      ['bench-3', 'bench-0'],
      ['bench-41', 'bench-177'],
      ['bench-12', 'bench-280'],
    ] as const) {
      const passes = pathPasses({});
      const kindOf = (id: string) => byId.get(id)?.kind;
      const pass = (p: typeof passes.legal) => (r: RelationRecord) => passAllows(p, r, kindOf, from, to);
      const legal = allPaths(from, to, 3, pass(passes.legal)).slice(0, 4).map(asPath);
      const any = allPaths(from, to, 3, pass(passes.any)).slice(0, 4).map(asPath);
      const expected = rankPaths(legal, legal.length < 4 ? any : [], 4).map((p) => ids(p.relations));
      const found = (await store.paths(from, to, { maxHops: 3, first: 4 })).map((p) => ids(p.relations));
      expect({ from, to, found }).toEqual({ from, to, found: expected });
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('pages nodes alike, with kind and period filters', async () => {
    const filters: Array<Omit<ListNodesOptions, 'first' | 'after'>> = [
      {},
      { kinds: ['EVENT'] },
      { dateFrom: '1990', dateTo: '1995-06' },
      { dateTo: '1984' },
    ];
    for (const o of filters) {
      const matching = graph.nodes
        .filter((n) => (!o.kinds || o.kinds.includes(n.kind)) && overlapsPeriod(n, o.dateFrom, o.dateTo))
        .map((n) => ({ key: nodeSortKey(n), id: n.id }))
        .sort((a, b) => cmp(a.key, b.key));
      const page = await store.listNodes({ ...o, first: 30, after: matching[10]!.key });
      expect(ids(page.nodes)).toEqual(matching.slice(11, 41).map((m) => m.id));
      expect(page.totalCount).toBe(matching.length);
      expect(page.hasNextPage).toBe(matching.length > 41);
    }
  });
});
