import { passesThroughHub, type SeedGraph } from '@cadre/model';
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

      it('gives back the law-as-law records whole: stages, participation, provisions, time basis', async () => {
        const law = await store.getNode('xx-law-2012-023');
        expect(law).toEqual(node('xx-law-2012-023'));
        expect(law!.stages!.map((s) => [s.stage, s.date])).toEqual([
          ['ADOPTED', '2012'],
          ['PROMULGATED', '2012-07-12'],
        ]);
        expect(law!.timeBasis).toBe('STAGES');
        const article = await store.getNode('un-protocol-art-5');
        expect(article).toEqual(node('un-protocol-art-5'));
        expect(article).toMatchObject({ number: '5', obligation: 'MANDATORY', timeBasis: 'PARENT' });
        const party = CONTRACT_GRAPH.relations.find((r) => r.id === 'xx-country.PARTY_TO.un-protocol')!;
        const stored = await store.getRelation(party.id);
        expect(stored).toEqual(party);
        expect(stored!.participation!.consent).toHaveLength(2);
        expect(stored!.participation!.entryIntoForce).toMatchObject([{ date: '2003-12-25', computed: true }]);
        expect(stored!.note).toEqual(party.note);
        expect((await store.getNode('yy-donor'))!.timeBasis).toBe('UNDATED');
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
        // The law by its number first, then its article (whose name carries the law's number).
        expect(ids(await store.search('2012-023', { first: 10 }))).toEqual([
          'xx-law-2012-023',
          'xx-law-2012-023-art-7',
        ]);
        expect(ids(await store.search('xx-committee', { first: 10 }))).toEqual(['xx-committee']);
        expect(ids(await store.search('cnltpa', { first: 10 }))).toEqual(['xx-committee']);
        expect(ids(await store.search('tip proto', { first: 10 }))).toEqual([
          'un-protocol',
          'un-protocol-art-10',
          'un-protocol-art-5',
          'un-protocol-art-9',
        ]);
      });

      it('ranks names that start with the text before names that contain it', async () => {
        // Then, among names that contain it, by English name ("Article 10 of..." before "Trafficking...").
        expect(ids(await store.search('traite', { first: 10 }))).toEqual([
          'c-tip',
          'un-protocol-art-10',
          'un-protocol-art-5',
          'un-protocol-art-9',
          'un-protocol',
        ]);
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
        // Undated relations take their time from their ends: none stands before the training.
        expect(await store.relationsOf('xx-training', { direction: 'BOTH', asOf: '2017' })).toEqual([]);
        expect(ids(await store.relationsOf('xx-committee', { direction: 'BOTH', asOf: '2016-06' }))).toEqual([
          'xx-committee.ADOPTED.xx-old-plan',
          'xx-committee.BASED_IN.xx-city',
          'xx-decree-2011-036.ESTABLISHES.xx-committee',
          'xx-committee.IMPLEMENTS.un-protocol-art-9',
        ]);
        // The plan expired in 2017: its adoption no longer stands in 2018.
        expect(
          ids(await store.relationsOf('xx-committee', { direction: 'BOTH', asOf: '2018' })),
        ).not.toContain('xx-committee.ADOPTED.xx-old-plan');
        expect(ids(await store.relationsOf('xx-country', { direction: 'IN', asOf: '2011-12' }))).toEqual([
          'xx-decree-2011-036.APPLIES_IN.xx-country',
          'xx-city.LOCATED_IN.xx-country',
        ]);
      });
    });

    describe('relationsOfMany', () => {
      it('gives the relations of several nodes at once, each once, by relation id', async () => {
        expect(
          ids(
            await store.relationsOfMany(['un-protocol-art-5', 'un-protocol-art-9', 'nope'], {
              direction: 'BOTH',
            }),
          ),
        ).toEqual([
          'un-protocol-art-5.PART_OF.un-protocol',
          'un-protocol-art-9.PART_OF.un-protocol',
          'xx-committee.IMPLEMENTS.un-protocol-art-9',
          'xx-law-2012-023-art-7.GIVES_EFFECT_TO.un-protocol-art-5',
        ]);
        expect(
          ids(
            await store.relationsOfMany(['xx-committee', 'xx-law-2012-023-art-7', 'xx-committee'], {
              direction: 'OUT',
              kinds: ['BASED_IN', 'PART_OF'],
            }),
          ),
        ).toEqual(['xx-committee.BASED_IN.xx-city', 'xx-law-2012-023-art-7.PART_OF.xx-law-2012-023']);
        expect(await store.relationsOfMany([], { direction: 'BOTH' })).toEqual([]);
        expect(
          ids(
            await store.relationsOfMany(['xx-training', 'xx-committee'], { direction: 'IN', asOf: '2012' }),
          ),
        ).toEqual(['xx-decree-2011-036.ESTABLISHES.xx-committee']);
      });
    });

    describe('nodeWithRelations', () => {
      it('gives a node, its relations as relationsOf does, and their far ends once each', async () => {
        const found = await store.nodeWithRelations('xx-training', { direction: 'BOTH' });
        expect(found!.node).toEqual(node('xx-training'));
        expect(found!.relations).toEqual(await store.relationsOf('xx-training', { direction: 'BOTH' }));
        // yy-donor both funded and organised the training: one end for two relations.
        expect(ids(found!.ends)).toEqual(['yy-donor', 'xx-city']);
        expect(found!.ends[0]).toEqual(node('yy-donor'));
        const committee = { direction: 'BOTH', asOf: '2016-06' } as const;
        expect((await store.nodeWithRelations('xx-committee', committee))!.relations).toEqual(
          await store.relationsOf('xx-committee', committee),
        );
      });

      it('cuts to the first relations, filters like relationsOf, and is null for an unknown node', async () => {
        const one = await store.nodeWithRelations('xx-training', { direction: 'BOTH', first: 1 });
        expect(ids(one!.relations)).toEqual(['yy-donor.FUNDED.xx-training']);
        expect(ids(one!.ends)).toEqual(['yy-donor']);
        const out = await store.nodeWithRelations('xx-training', { direction: 'OUT', kinds: ['HELD_IN'] });
        expect(ids(out!.relations)).toEqual(['xx-training.HELD_IN.xx-city']);
        expect(ids(out!.ends)).toEqual(['xx-city']);
        const before = await store.nodeWithRelations('xx-training', { direction: 'BOTH', asOf: '2017' });
        expect(before).toEqual({ node: node('xx-training'), relations: [], ends: [] });
        expect(await store.nodeWithRelations('no-such-node', { direction: 'BOTH' })).toBeNull();
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
        expect(ids(two!.nodes).slice(6)).toEqual([
          'c-tip',
          'un-protocol-art-10',
          'un-protocol-art-5',
          'un-protocol-art-9',
          'xx-committee',
          'xx-law-2012-023-art-7',
          'xx-training',
        ]);
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

      it('keeps the lowest ids of the level that crosses the limit, after the whole levels before it', async () => {
        const sub = await store.neighborhood('xx-country', { depth: 2, limit: 8 });
        const uncut = await store.neighborhood('xx-country', { depth: 2, limit: 500 });
        expect(ids(sub!.nodes)).toEqual(ids(uncut!.nodes).slice(0, 8));
        expect(ids(sub!.nodes).slice(6)).toEqual(['c-tip', 'un-protocol-art-10']);
        expect(sub!.truncated).toBe(true);
        const whole = await store.neighborhood('xx-country', { depth: 1, limit: 6 });
        expect(whole!.nodes).toHaveLength(6);
        expect(whole!.truncated).toBe(false);
      });

      it('keeps levels whole until one crosses the limit, which is cut in id order', async () => {
        const one = await store.neighborhood('xx-country', { depth: 1, limit: 500 });
        // Exactly room for the first level: the second level is in reach, so the view is cut.
        const full = await store.neighborhood('xx-country', { depth: 2, limit: one!.nodes.length });
        expect(full!.nodes).toEqual(one!.nodes);
        expect(full!.relations).toEqual(one!.relations);
        expect(full!.truncated).toBe(true);
        const cut = await store.neighborhood('xx-country', { depth: 3, limit: one!.nodes.length + 2 });
        expect(ids(cut!.nodes).slice(one!.nodes.length)).toEqual(['c-tip', 'un-protocol-art-10']);
        expect(cut!.truncated).toBe(true);
        const kept = new Set(ids(cut!.nodes));
        expect(cut!.relations.every((r) => kept.has(r.from) && kept.has(r.to))).toBe(true);
        expect(ids(cut!.relations)).toEqual([...ids(cut!.relations)].sort());
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
      const relationIds = (paths: Array<{ relations: Array<{ id: string }> }>): string[][] =>
        paths.map((p) => ids(p.relations));

      it('lists legal chains first, then the shortest paths through a place, ties in relation-id order', async () => {
        const paths = await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 4, first: 3 });
        expect(relationIds(paths)).toEqual([
          [
            'xx-decree-2011-036.ESTABLISHES.xx-committee',
            'xx-committee.IMPLEMENTS.un-protocol-art-9',
            'un-protocol-art-9.PART_OF.un-protocol',
          ],
          ['xx-decree-2011-036.APPLIES_IN.xx-country', 'xx-country.PARTY_TO.un-protocol'],
          [
            'xx-decree-2011-036.APPLIES_IN.xx-country',
            'xx-country.PARTY_TO.un-convention',
            'un-protocol.SUPPLEMENTS.un-convention',
          ],
        ]);
        // The first path passes through no place, although a shorter one through Testland exists.
        expect(paths[0]!.nodes.map((n) => n.kind)).not.toContain('PLACE');
        expect(paths.map((p) => passesThroughHub(p))).toEqual([false, true, true]);
        expect(ids(paths[1]!.nodes)).toEqual(['xx-decree-2011-036', 'xx-country', 'un-protocol']);
        for (const p of paths) {
          p.relations.forEach((r, i) => {
            expect([r.from, r.to].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
          });
        }
      });

      it('keeps a hub relation that touches an end: a place is not passed through when it is an end', async () => {
        const paths = await store.paths('xx-country', 'xx-law-2012-023', { maxHops: 3, first: 3 });
        expect(relationIds(paths)[0]).toEqual(['xx-law-2012-023.APPLIES_IN.xx-country']);
        expect(passesThroughHub(paths[0]!)).toBe(false);
      });

      it('leaves out the node and relation kinds asked', async () => {
        const noProvision = await store.paths('xx-decree-2011-036', 'un-protocol', {
          maxHops: 4,
          first: 5,
          avoidKinds: ['PROVISION'],
        });
        expect(noProvision).toHaveLength(5);
        for (const p of noProvision)
          expect(p.nodes.slice(1, -1).map((n) => n.kind)).not.toContain('PROVISION');
        expect(relationIds(noProvision)[0]).toEqual([
          'xx-decree-2011-036.APPLIES_IN.xx-country',
          'xx-country.PARTY_TO.un-protocol',
        ]);
        expect(
          await store.paths('xx-decree-2011-036', 'un-protocol', {
            maxHops: 4,
            first: 5,
            avoidKinds: ['PROVISION', 'PLACE'],
          }),
        ).toEqual([]);
        const noImplements = await store.paths('xx-decree-2011-036', 'un-protocol', {
          maxHops: 4,
          first: 10,
          avoidRelationKinds: ['IMPLEMENTS'],
        });
        expect(noImplements.length).toBeGreaterThan(0);
        for (const p of noImplements) expect(p.relations.map((r) => r.kind)).not.toContain('IMPLEMENTS');
        // An end of an avoided kind is still an end.
        expect(
          await store.paths('xx-law-2012-023-art-7', 'un-protocol-art-5', {
            maxHops: 2,
            first: 1,
            avoidKinds: ['PROVISION'],
          }),
        ).toHaveLength(1);
      });

      it('respects maxHops, first and asOf', async () => {
        expect(await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 1, first: 3 })).toEqual([]);
        expect(
          relationIds(await store.paths('xx-decree-2011-036', 'un-protocol', { maxHops: 2, first: 3 })),
        ).toEqual([['xx-decree-2011-036.APPLIES_IN.xx-country', 'xx-country.PARTY_TO.un-protocol']]);
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
        expect(in2011.map((p) => p.relations.length)).toEqual([3, 2, 3, 4]);
        expect(await store.paths('xx-law-2012-023', 'nope', { maxHops: 4, first: 3 })).toEqual([]);
      });
    });

    describe('listNodes', () => {
      it('lists by date then id, undated last, in pages that join up', async () => {
        const firstPage = await store.listNodes({ first: 4 });
        expect(ids(firstPage.nodes)).toEqual([
          'un-convention',
          'un-protocol',
          'un-protocol-art-10',
          'un-protocol-art-5',
        ]);
        expect(firstPage.totalCount).toBe(15);
        expect(firstPage.hasNextPage).toBe(true);
        const seen = [...firstPage.nodes];
        let page = firstPage;
        while (page.hasNextPage) {
          page = await store.listNodes({ first: 4, after: page.cursors[page.cursors.length - 1] });
          seen.push(...page.nodes);
        }
        expect(ids(seen).slice(4)).toEqual([
          'un-protocol-art-9',
          'xx-committee',
          'xx-decree-2011-036',
          'xx-law-2012-023',
          'xx-law-2012-023-art-7',
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
      expect(stats).toMatchObject({ nodes: 15, relations: 21, citations: 36, sources: 2 });
      expect(stats.nodesByKind).toEqual([
        { kind: 'INSTRUMENT', count: 5 },
        { kind: 'INSTITUTION', count: 2 },
        { kind: 'EVENT', count: 1 },
        { kind: 'PLACE', count: 2 },
        { kind: 'CONCEPT', count: 1 },
        { kind: 'PROVISION', count: 4 },
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
