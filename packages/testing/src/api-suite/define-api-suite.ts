import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadSeeds, type SeedGraph } from '@cadre/model';
import type { GraphStore } from '@cadre/store';
import type { ApolloServer } from '@apollo/server';
import type { createApolloServer, createContext, GraphQLContext } from '@cadre/api';
import type { ApiResult } from './api-suite-runner';
import { graphql } from './gql';
import { defineComparisonApiTests } from './comparison-api-tests';
import { defineLawApiTests } from './law-api-tests';
import { defineWholeGraphFrenchTests } from './whole-graph-french-tests';
import { first } from './api-suite-runner';

/** What a runner hands the suite: the API under test (from its sources) and a store factory. */
export interface ApiSuiteBinding {
  /** Builds a store holding exactly `seed`. */
  createStore: (seed: SeedGraph) => Promise<GraphStore>;
  createApolloServer: typeof createApolloServer;
  createContext: typeof createContext;
}

/**
 * The API tests, written once and run on every store (like the store contract): the same
 * queries over graph-seeds/ must give the same answers from the embedded store and from Neo4j.
 * The runner passes the API in (as Apollo's `defineIntegrationTestSuite(createServer)` does), so
 * the tests exercise the API's sources, not a build of them.
 */
export function defineApiSuite(
  storeName: string,
  { createStore, createApolloServer, createContext }: ApiSuiteBinding,
): void {
  describe(`GraphQL API over graph-seeds (${storeName} store)`, () => {
    const seed = loadSeeds();
    let store: GraphStore;
    let server: ApolloServer<GraphQLContext>;

    const run = async <T>(
      query: string | TypedDocumentNode<T, Record<string, unknown>>,
      variables: Record<string, unknown> = {},
    ): Promise<ApiResult<T>> => {
      const response = await server.executeOperation<T>(
        { query, variables },
        { contextValue: createContext(store) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    };
    /** Runs a typed operation that must succeed, and returns its data. */
    const ok = async <T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> => {
      const result = await run(
        document as TypedDocumentNode<T, Record<string, unknown>>,
        variables as Record<string, unknown> | undefined,
      );
      expect(result.errors).toBeUndefined();
      return result.data as T;
    };
    /** Runs an operation that must fail (often on purpose invalid), and returns its first error. */
    const error = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await run<unknown>(query, variables);
      expect(result.errors).toBeDefined();
      return result.errors![0]!;
    };

    beforeAll(async () => {
      store = await createStore(seed);
      server = createApolloServer();
      await server.start();
    });
    afterAll(async () => {
      await server?.stop();
      await store?.close();
    });

    describe('node', () => {
      it('returns a typed node with its EN and FR names and its cited sources', async () => {
        const data = await ok(
          graphql(`
            query LawWithSources {
              node(id: "ml-law-2012-023") {
                __typename
                id
                kind
                type
                typeLabel(lang: FR)
                name
                nameFr
                fr: name(lang: FR)
                validFrom
                shortName
                shortFr: shortName(lang: FR)
                ... on Instrument {
                  number
                }
                sources {
                  quote
                  verbatim
                  confidence
                  source {
                    id
                    title
                    type
                    url
                  }
                }
              }
            }
          `),
        );
        const law = seed.nodes.find((n) => n.id === 'ml-law-2012-023')!;
        expect(data.node).toMatchObject({
          __typename: 'Instrument',
          kind: 'INSTRUMENT',
          type: 'LAW',
          typeLabel: 'Loi',
          name: law.name.en,
          fr: law.name.fr,
          // When the law exists in the graph: its first dated stage, the vote (a year); the date
          // it bears (2012-07-12) is its promulgation, a stage of its own (see "Law as law").
          validFrom: '2012',
        });
        const node = data.node!;
        expect(node.fr).toMatch(/^Loi n°2012-023/);
        expect([node.shortName, node.shortFr]).toEqual([law.shortName!.en, law.shortName!.fr]);
        expect(node.sources).toHaveLength(law.citations.length);
        for (const c of node.sources) {
          expect(c.quote.length).toBeGreaterThan(0);
          expect(c.verbatim).toBe(c.source.type === 'ARTICLE');
          expect(c.confidence === null).toBe(c.source.type === 'ARTICLE');
        }
      });

      it('returns null for an unknown id, and events with their counts', async () => {
        expect(
          (
            await ok(
              graphql(`
                query UnknownNode {
                  node(id: "no-such-node") {
                    id
                  }
                }
              `),
            )
          ).node,
        ).toBeNull();
        const data = await ok(
          graphql(`
            query EventCounts {
              node(id: "ml-2018-05-police-training-bamako") {
                ... on Event {
                  startDate
                  endDate
                  participants
                  women
                  participantsAtLeast
                }
              }
            }
          `),
        );
        expect(data.node).toEqual({
          startDate: '2018-05-08',
          endDate: '2018-05-11',
          participants: 20,
          women: 2,
          participantsAtLeast: false,
        });
      });
    });

    describe('the three questions', () => {
      it('what did Decree 2011-036 establish? The National Coordination Committee, from 2011-02-03', async () => {
        const data = await ok(
          graphql(`
            query WhatDecreeEstablished {
              node(id: "ml-decree-2011-036") {
                relations(direction: OUT, kinds: [ESTABLISHES]) {
                  validFrom
                  to {
                    id
                    name
                  }
                  sentence
                  sources {
                    quote
                  }
                }
              }
            }
          `),
        );
        expect(data.node!.relations).toHaveLength(1);
        const r = first(data.node!.relations);
        expect(r.to.id).toBe('ml-committee-tip');
        expect(r.validFrom).toBe('2011-02-03');
        expect(r.sentence).toBe('Decree 2011-036 establishes the National Coordination Committee.');
        expect(r.sources.map((s: { quote: string }) => s.quote).join(' ')).toMatch(/2011-036/);
      });

      it('how is Law 2012-023 connected to the Trafficking in Persons Protocol? Paths explained in EN and FR', async () => {
        const data = await ok(
          graphql(`
            query LawToProtocol {
              paths(from: "ml-law-2012-023", to: "un-tip-protocol", first: 3) {
                length
                nodes {
                  id
                }
                relations {
                  id
                  kind
                  inferred
                }
                en: explanation
                fr: explanation(lang: FR)
              }
            }
          `),
        );
        const path = first(data.paths);
        expect(first(path.nodes).id).toBe('ml-law-2012-023');
        expect(path.nodes[path.nodes.length - 1]!.id).toBe('un-tip-protocol');
        const lengths = data.paths.map((p: { length: number }) => p.length);
        expect([...lengths].sort()).toEqual(lengths);
        expect(path.en).toMatch(/implements .* \(inferred\)\.$/);
        expect(path.fr).toMatch(/met en œuvre .* \(déduit\)\.$/);
        expect(first(path.relations)).toMatchObject({ kind: 'IMPLEMENTS', inferred: true });
        expect(path.fr).not.toEqual(path.en);
        // Sentences use the seeds' short names and grammar, in the language asked.
        expect(path.en).toBe('Law 2012-023 implements the Trafficking in Persons Protocol (inferred).');
        expect(path.fr).toBe(
          'La loi n°2012-023 met en œuvre le Protocole relatif à la traite des personnes (déduit).',
        );
      });

      it('who funded the May 2018 police training? The Netherlands and Germany', async () => {
        const data = await ok(
          graphql(`
            query WhoFunded {
              node(id: "ml-2018-05-police-training-bamako") {
                relations(direction: IN, kinds: [FUNDED]) {
                  from {
                    id
                    name
                  }
                  sources {
                    quote
                  }
                }
              }
            }
          `),
        );
        const funders = data.node!.relations.map((r: { from: { name: string } }) => r.from.name).join(' | ');
        expect(funders).toMatch(/Netherlands/);
        expect(funders).toMatch(/Germany/);
      });
    });

    describe('search', () => {
      it('finds Law 2012-023 first by its number, and folds accents in French', async () => {
        const data = await ok(
          graphql(`
            query SearchNumbersAndAccents {
              a: search(text: "2012-023") {
                id
              }
              b: search(text: "décret 2011", kinds: [INSTRUMENT]) {
                id
              }
              c: search(text: "COMITE NATIONAL") {
                id
              }
            }
          `),
        );
        expect(first(data.a).id).toBe('ml-law-2012-023');
        expect(data.b.map((n: { id: string }) => n.id)).toContain('ml-decree-2011-036');
        expect(data.c.map((n: { id: string }) => n.id)).toContain('ml-committee-tip');
      });

      it('brings the TIP Protocol into the first page for "traite", texts before the events and places that mention a word', async () => {
        const data = await ok(
          graphql(`
            query SearchRanking {
              traite: search(text: "traite", first: 10) {
                id
              }
              mali: search(text: "mali", first: 100) {
                id
                kind
              }
            }
          `),
        );
        // "traite" is in the French name of many national laws, but in the Protocol's short name.
        expect(data.traite.map((n: { id: string }) => n.id)).toContain('un-tip-protocol');
        // Mali itself (an exact match) first; after it, no event or place comes before a text
        // whose name also starts with the word.
        const kinds = data.mali.map((n: { kind: string }) => n.kind);
        expect(data.mali[0]?.id).toBe('ml-mali');
        const firstEventOrPlace = kinds.findIndex(
          (k: string, i: number) => i > 0 && (k === 'EVENT' || k === 'PLACE'),
        );
        const instruments = kinds
          .map((k: string, i: number) => (k === 'INSTRUMENT' ? i : -1))
          .filter((i: number) => i > 0);
        expect(instruments.length).toBeGreaterThan(0);
        expect(firstEventOrPlace === -1 || instruments[0]! < firstEventOrPlace).toBe(true);
      });

      it('honours first and kinds', async () => {
        const data = await ok(
          graphql(`
            query SearchFirstAndKinds {
              search(text: "mali", first: 3, kinds: [PLACE]) {
                kind
              }
            }
          `),
        );
        expect(data.search.length).toBeLessThanOrEqual(3);
        expect(data.search.every((n: { kind: string }) => n.kind === 'PLACE')).toBe(true);
      });
    });

    describe('neighborhood and asOf', () => {
      const around = async (asOf?: string): Promise<string[]> => {
        const data = await ok(
          graphql(`
            query AroundMali($asOf: PartialDate) {
              neighborhood(id: "ml-mali", asOf: $asOf, limit: 2000) {
                nodes {
                  id
                }
                truncated
              }
            }
          `),
          { asOf },
        );
        return data.neighborhood.nodes.map((n: { id: string }) => n.id);
      };

      it('shows the framework before and after 2011/2012', async () => {
        const before = await around('2010');
        const in2011 = await around('2011-06');
        const after = await around('2013');
        expect(before).not.toContain('ml-decree-2011-036');
        expect(before).not.toContain('ml-law-2012-023');
        expect(in2011).toContain('ml-decree-2011-036');
        expect(in2011).not.toContain('ml-law-2012-023');
        expect(after).toEqual(expect.arrayContaining(['ml-decree-2011-036', 'ml-law-2012-023']));
        expect((await around()).length).toBeGreaterThanOrEqual(after.length);
      });

      it('gives an empty view of a node that did not yet exist, and truncates at the limit', async () => {
        const data = await ok(
          graphql(`
            query EarlyAndSmall {
              early: neighborhood(id: "ml-committee-tip", asOf: "2010") {
                nodes {
                  id
                }
                relations {
                  id
                }
                truncated
              }
              small: neighborhood(id: "ml-mali", limit: 3) {
                nodes {
                  id
                }
                truncated
              }
            }
          `),
        );
        expect(data.early).toEqual({ nodes: [], relations: [], truncated: false });
        expect(data.small.nodes).toHaveLength(3);
        expect(data.small.truncated).toBe(true);
      });

      it('returns relations whose ends are in the view', async () => {
        const data = await ok(
          graphql(`
            query DecreeNeighborhood {
              neighborhood(id: "ml-decree-2011-036", depth: 2) {
                nodes {
                  id
                }
                relations {
                  from {
                    id
                  }
                  to {
                    id
                  }
                  kind
                }
              }
            }
          `),
        );
        const ids = new Set(data.neighborhood.nodes.map((n: { id: string }) => n.id));
        for (const r of data.neighborhood.relations)
          expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
        expect(data.neighborhood.relations).toContainEqual({
          from: { id: 'ml-decree-2011-036' },
          to: { id: 'ml-committee-tip' },
          kind: 'ESTABLISHES',
        });
      });
    });

    describe('listing, statistics and vocabulary', () => {
      it('pages through instruments by date with a Relay connection', async () => {
        const q = graphql(`
          query InstrumentPage($after: String) {
            listNodes(kinds: [INSTRUMENT], first: 10, after: $after) {
              totalCount
              edges {
                cursor
                node {
                  id
                  validFrom
                }
              }
              pageInfo {
                hasNextPage
                hasPreviousPage
                endCursor
              }
            }
          }
        `);
        const all: Array<{ id: string; validFrom: string | null }> = [];
        let after: string | undefined;
        let total = 0;
        for (;;) {
          const { listNodes } = await ok(q, { after });
          total = listNodes.totalCount;
          all.push(...listNodes.edges.map((e: { node: { id: string; validFrom: string | null } }) => e.node));
          expect(listNodes.pageInfo.hasPreviousPage).toBe(after !== undefined);
          if (!listNodes.pageInfo.hasNextPage) break;
          after = listNodes.pageInfo.endCursor ?? undefined;
        }
        expect(total).toBe(seed.nodes.filter((n) => n.kind === 'INSTRUMENT').length);
        expect(new Set(all.map((n) => n.id)).size).toBe(total);
        const dated = all.filter((n) => n.validFrom).map((n) => n.validFrom!.slice(0, 4));
        expect([...dated].sort()).toEqual(dated);
      });

      it('counts what graph-seeds holds', async () => {
        const { stats } = await ok(
          graphql(`
            query Stats {
              stats {
                nodesByKind {
                  kind
                  count
                }
                relationsByKind {
                  kind
                  count
                }
                nodes
                relations
                citations
                sources
              }
            }
          `),
        );
        const citations = [...seed.nodes, ...seed.relations].reduce((n, x) => n + x.citations.length, 0);
        expect(stats).toMatchObject({
          nodes: seed.nodes.length,
          relations: seed.relations.length,
          citations,
          sources: seed.sources.length,
        });
        const kinds = (items: Array<{ kind: string }>): Record<string, number> =>
          items.reduce<Record<string, number>>((m, x) => ({ ...m, [x.kind]: (m[x.kind] ?? 0) + 1 }), {});
        const counted = (list: Array<{ kind: string; count: number }>): Record<string, number> =>
          Object.fromEntries(list.map((x) => [x.kind, x.count]));
        expect(counted(stats.nodesByKind)).toEqual(kinds(seed.nodes));
        expect(counted(stats.relationsByKind)).toEqual(kinds(seed.relations));
      });

      it('serves the vocabulary in both languages', async () => {
        const { vocabulary } = await ok(
          graphql(`
            query Vocabulary {
              vocabulary {
                relationKinds {
                  kind
                  verb(lang: FR)
                }
                nodeKinds {
                  kind
                  label(lang: FR)
                }
              }
            }
          `),
        );
        expect(vocabulary.relationKinds).toContainEqual({ kind: 'ESTABLISHES', verb: 'institue' });
        expect(vocabulary.nodeKinds).toContainEqual({ kind: 'CONCEPT', label: 'Notion' });
      });
    });

    defineLawApiTests({ ok, error, seed: () => seed });
    defineWholeGraphFrenchTests({ ok, error, seed: () => seed });
    defineComparisonApiTests({ ok, error, seed: () => seed });

    describe('bad input', () => {
      it.each([
        [
          'depth over its cap',
          '{ neighborhood(id: "ml-mali", depth: 4) { truncated } }',
          /"depth" must be between 1 and 3 \(got 4\)/,
        ],
        [
          'limit over its cap',
          '{ neighborhood(id: "ml-mali", limit: 5000) { truncated } }',
          /"limit" must be between 1 and 2000/,
        ],
        [
          'maxHops over its cap',
          '{ paths(from: "ml-mali", to: "un-untoc", maxHops: 7) { length } }',
          /"maxHops" must be between 1 and 6/,
        ],
        [
          'paths first over its cap',
          '{ paths(from: "ml-mali", to: "un-untoc", first: 11) { length } }',
          /"first" must be between 1 and 10/,
        ],
        [
          'search first over its cap',
          '{ search(text: "mali", first: 101) { id } }',
          /"first" must be between 1 and 100/,
        ],
        [
          'zero search results asked',
          '{ search(text: "mali", first: 0) { id } }',
          /"first" must be between 1 and 100 \(got 0\)/,
        ],
        [
          'over-long search text',
          `{ search(text: "${'a'.repeat(201)}") { id } }`,
          /"text" must be at most 200 characters/,
        ],
        ['a bad cursor', '{ listNodes(after: "bm9wZQ") { totalCount } }', /"after" is not a cursor/],
      ])('refuses %s with BAD_USER_INPUT', async (_what, query, message) => {
        const e = await error(query);
        expect(e.message).toMatch(message);
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('refuses a malformed date, as a literal and as a variable', async () => {
        expect(
          (await error('{ neighborhood(id: "ml-mali", asOf: "2012-13") { truncated } }')).message,
        ).toMatch(/2012-13.*no month 13/);
        const v = await error(
          'query($d: PartialDate) { neighborhood(id: "ml-mali", asOf: $d) { truncated } }',
          { d: '12/07/2012' },
        );
        expect(v.message).toMatch(/not an ISO partial date/);
        expect(v.extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('says which node is unknown', async () => {
        const e = await error('{ neighborhood(id: "ml-nowhere") { truncated } }');
        expect(e).toMatchObject({
          message: 'No node with id "ml-nowhere"',
          extensions: { code: 'NOT_FOUND' },
        });
        expect((await error('{ paths(from: "ml-mali", to: "zz") { length } }')).message).toBe(
          'No node with id "zz"',
        );
      });

      it('refuses queries that are too deep or too costly', async () => {
        const nested = (levels: number): string =>
          levels === 0 ? 'id' : `relations { from { ${nested(levels - 1)} } }`;
        const deep = await error(`{ node(id: "ml-mali") { ${nested(6)} } }`);
        expect(deep.extensions?.code).toBe('QUERY_TOO_DEEP');
        const costly = await error(
          '{ neighborhood(id: "ml-mali", depth: 3, limit: 2000) { nodes { relations { from { relations { to { sources { source { title } } } } } } } } }',
        );
        expect(costly.extensions?.code).toBe('QUERY_TOO_COSTLY');
      });
    });
  });
}
