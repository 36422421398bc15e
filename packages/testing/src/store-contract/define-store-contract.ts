import type { SeedGraph } from '@cadre/model';
import type { GraphStore } from '@cadre/store';
import { CONTRACT_GRAPH } from './contract-graph';

/** Builds a store holding exactly `seed` (and nothing else). */
export type StoreFactory = (seed: SeedGraph) => Promise<GraphStore>;

const ids = (xs: Array<{ id: string }>): string[] => xs.map((x) => x.id);

/**
 * The store contract, written once and run against every store (embedded, Neo4j): the same calls
 * must give the same answers, in the same order, so the API behaves the same on either.
 */
export function defineStoreContract(storeName: string, createStore: StoreFactory): void {
  describe(`store contract: ${storeName}`, () => {
    let store: GraphStore;
    const node = (id: string) => CONTRACT_GRAPH.nodes.find((n) => n.id === id)!;

    beforeAll(async () => {
      store = await createStore(CONTRACT_GRAPH);
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('reads', () => {
      it('returns a node exactly as loaded, and null for an unknown id', async () => {
        expect(await store.getNode('xx-committee')).toEqual(node('xx-committee'));
        expect(await store.getNode('xx-training')).toEqual(node('xx-training'));
        expect(await store.getNode('no-such-node')).toBeNull();
      });

      it('returns nodes in the order asked, skipping unknown ids', async () => {
        expect(ids(await store.getNodes(['xx-city', 'nope', 'un-convention']))).toEqual([
          'xx-city',
          'un-convention',
        ]);
      });

      it('returns sources and relations by id', async () => {
        expect(await store.getSources(['src-ref', 'nope'])).toEqual([CONTRACT_GRAPH.sources[1]]);
        expect(ids(await store.listSources())).toEqual(['src-article', 'src-ref']);
        const r = CONTRACT_GRAPH.relations.find((x) => x.kind === 'IMPLEMENTS')!;
        expect(await store.getRelation(r.id)).toEqual(r);
        expect(await store.getRelation('nope')).toBeNull();
      });
    });

    describe('search', () => {
      it('folds accents and case, in English and French names', async () => {
        expect(ids(await store.search('decret', { first: 10 }))).toEqual(['xx-decree-2011-036']);
        expect(ids(await store.search('DÉCRET', { first: 10 }))).toEqual(['xx-decree-2011-036']);
        expect(ids(await store.search('segou', { first: 10 }))).toEqual(['xx-city']);
      });

      it('finds by official number, id and alias', async () => {
        expect(ids(await store.search('2012-023', { first: 10 }))).toEqual(['xx-law-2012-023']);
        expect(ids(await store.search('xx-committee', { first: 10 }))).toEqual(['xx-committee']);
        expect(ids(await store.search('cnltpa', { first: 10 }))).toEqual(['xx-committee']);
        expect(ids(await store.search('tip proto', { first: 10 }))).toEqual(['un-protocol']);
      });

      it('ranks names that start with the text before names that contain it', async () => {
        expect(ids(await store.search('traite', { first: 10 }))).toEqual(['c-tip', 'un-protocol']);
      });

      it('filters by kind, honours first, and finds nothing for blank or unknown text', async () => {
        expect(ids(await store.search('traite', { first: 10, kinds: ['INSTRUMENT'] }))).toEqual([
          'un-protocol',
        ]);
        expect(await store.search('t', { first: 2 })).toHaveLength(2);
        expect(await store.search('   ', { first: 10 })).toEqual([]);
        expect(await store.search('zzzqqq', { first: 10 })).toEqual([]);
      });
    });

    describe('relationsOf', () => {
      it('gives outgoing, incoming or all relations, ordered by kind', async () => {
        expect(ids(await store.relationsOf('xx-training', { direction: 'BOTH' }))).toEqual([
          'yy-donor.FUNDED.xx-training',
          'xx-training.HELD_IN.xx-city',
          'yy-donor.ORGANISED.xx-training',
        ]);
        expect(ids(await store.relationsOf('xx-training', { direction: 'OUT' }))).toEqual([
          'xx-training.HELD_IN.xx-city',
        ]);
        expect(ids(await store.relationsOf('xx-training', { direction: 'IN', kinds: ['FUNDED'] }))).toEqual([
          'yy-donor.FUNDED.xx-training',
        ]);
      });

      it('leaves out relations and far ends that did not stand as of a date', async () => {
        expect(ids(await store.relationsOf('xx-training', { direction: 'BOTH', asOf: '2017' }))).toEqual([
          'xx-training.HELD_IN.xx-city',
          'yy-donor.ORGANISED.xx-training',
        ]);
        expect(ids(await store.relationsOf('xx-country', { direction: 'IN', asOf: '2011-12' }))).toEqual([
          'xx-decree-2011-036.APPLIES_IN.xx-country',
          'xx-city.LOCATED_IN.xx-country',
        ]);
      });
    });

    describe('neighborhood', () => {
      it('returns the centre and its neighbours by distance then id, with the relations among them', async () => {
        const sub = await store.neighborhood('xx-country', { depth: 1, limit: 500 });
        expect(ids(sub!.nodes)).toEqual([
          'xx-country',
          'un-convention',
          'un-protocol',
          'xx-city',
          'xx-decree-2011-036',
          'xx-law-2012-023',
        ]);
        expect(sub!.relations).toHaveLength(7);
        expect(sub!.truncated).toBe(false);
        const two = await store.neighborhood('xx-country', { depth: 2, limit: 500 });
        expect(ids(two!.nodes).slice(6)).toEqual(['c-tip', 'xx-committee', 'xx-training']);
      });

      it('truncates at the limit and says so', async () => {
        const sub = await store.neighborhood('xx-country', { depth: 1, limit: 3 });
        expect(ids(sub!.nodes)).toEqual(['xx-country', 'un-convention', 'un-protocol']);
        expect(ids(sub!.relations)).toEqual([
          'un-protocol.SUPPLEMENTS.un-convention',
          'xx-country.PARTY_TO.un-convention',
          'xx-country.PARTY_TO.un-protocol',
        ]);
        expect(sub!.truncated).toBe(true);
      });

      it('shows the framework as of a date, and filters node and relation kinds', async () => {
        const before = await store.neighborhood('xx-country', { depth: 1, limit: 500, asOf: '2011-01' });
        expect(ids(before!.nodes)).toEqual(['xx-country', 'un-convention', 'un-protocol', 'xx-city']);
        const instruments = await store.neighborhood('xx-country', {
          depth: 1,
          limit: 500,
          kinds: ['INSTRUMENT'],
        });
        expect(ids(instruments!.nodes)).toEqual([
          'xx-country',
          'un-convention',
          'un-protocol',
          'xx-decree-2011-036',
          'xx-law-2012-023',
        ]);
        const parties = await store.neighborhood('xx-country', {
          depth: 1,
          limit: 500,
          relationKinds: ['PARTY_TO'],
        });
        expect(ids(parties!.nodes)).toEqual(['xx-country', 'un-convention', 'un-protocol']);
      });

      it('is null for an unknown centre or one that did not yet exist', async () => {
        expect(await store.neighborhood('nope', { depth: 1, limit: 10 })).toBeNull();
        expect(await store.neighborhood('xx-law-2012-023', { depth: 1, limit: 10, asOf: '2011' })).toBeNull();
      });
    });

    describe('paths', () => {
      it('returns the shortest paths first, ties in relation-id order', async () => {
        const paths = await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 4, first: 3 });
        expect(paths.map((p) => ids(p.relations))).toEqual([
          ['xx-decree-2011-036.APPLIES_IN.xx-country', 'xx-country.PARTY_TO.un-protocol'],
          [
            'xx-decree-2011-036.APPLIES_IN.xx-country',
            'xx-country.PARTY_TO.un-convention',
            'un-protocol.SUPPLEMENTS.un-convention',
          ],
          [
            'xx-decree-2011-036.APPLIES_IN.xx-country',
            'xx-law-2012-023.APPLIES_IN.xx-country',
            'xx-law-2012-023.IMPLEMENTS.un-protocol',
          ],
        ]);
        expect(ids(paths[0]!.nodes)).toEqual(['xx-decree-2011-036', 'xx-country', 'un-protocol']);
        for (const p of paths) {
          p.relations.forEach((r, i) => {
            expect([r.from, r.to].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
          });
        }
      });

      it('respects maxHops, first and asOf', async () => {
        expect(await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 1, first: 3 })).toEqual([]);
        expect(await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 4, first: 1 })).toHaveLength(
          1,
        );
        expect(
          await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 4, first: 3, asOf: '2010' }),
        ).toEqual([]);
        const in2011 = await store.paths('xx-decree-2011-036', 'un-protocol', {
          maxHops: 4,
          first: 5,
          asOf: '2011-12',
        });
        expect(in2011.map((p) => p.relations.length)).toEqual([2, 3]);
        expect(await store.paths('xx-law-2012-023', 'nope', { maxHops: 4, first: 3 })).toEqual([]);
      });
    });

    describe('listNodes', () => {
      it('lists by date then id, undated last, in pages that join up', async () => {
        const firstPage = await store.listNodes({ first: 4 });
        expect(ids(firstPage.nodes)).toEqual([
          'un-convention',
          'un-protocol',
          'xx-committee',
          'xx-decree-2011-036',
        ]);
        expect(firstPage.totalCount).toBe(11);
        expect(firstPage.hasNextPage).toBe(true);
        const seen = [...firstPage.nodes];
        let page = firstPage;
        while (page.hasNextPage) {
          page = await store.listNodes({ first: 4, after: page.cursors[page.cursors.length - 1] });
          seen.push(...page.nodes);
        }
        expect(ids(seen).slice(4)).toEqual([
          'xx-law-2012-023',
          'xx-old-plan',
          'xx-training',
          'c-tip',
          'xx-city',
          'xx-country',
          'yy-donor',
        ]);
      });

      it('filters by kind and period', async () => {
        const early = await store.listNodes({ first: 50, kinds: ['INSTRUMENT'], dateTo: '2010' });
        expect(ids(early.nodes)).toEqual(['un-convention', 'un-protocol']);
        const later = await store.listNodes({ first: 50, kinds: ['INSTRUMENT'], dateFrom: '2018' });
        expect(ids(later.nodes)).toEqual([
          'un-convention',
          'un-protocol',
          'xx-decree-2011-036',
          'xx-law-2012-023',
        ]);
      });
    });

    it('counts nodes, relations, citations and sources', async () => {
      const stats = await store.stats();
      expect(stats).toMatchObject({ nodes: 11, relations: 14, citations: 25, sources: 2 });
      expect(stats.nodesByKind).toEqual([
        { kind: 'INSTRUMENT', count: 5 },
        { kind: 'INSTITUTION', count: 2 },
        { kind: 'EVENT', count: 1 },
        { kind: 'PLACE', count: 2 },
        { kind: 'CONCEPT', count: 1 },
      ]);
      expect(stats.relationsByKind.find((r) => r.kind === 'PARTY_TO')).toEqual({
        kind: 'PARTY_TO',
        count: 2,
      });
    });

    it('reports itself healthy', async () => {
      expect(await store.health()).toMatchObject({ ok: true, store: store.name });
    });
  });
}
