import { cypher, schemaQueries, seedBatches } from '../index';
import { standsOn, vocabularyName, boundedInt } from '../cypher/cypher-query';
import { removeGenerationsQueries, switchGenerationQuery } from '../cypher/write-queries';
import { LIVE_GENERATION } from '../cypher/live-generation';
import { pathPasses } from '@cadre/store';
import { CONTRACT_GRAPH } from '@cadre/testing/store-contract';

const passes = pathPasses({ avoidKinds: ['CONCEPT'] });

/**
 * The Cypher the store sends, checked without a database: texts are snapshots (a change shows
 * up in review), and what matters most is asserted outright — values travel as parameters,
 * never inside the text.
 */
describe('Cypher builders', () => {
  it('parameterises user input instead of writing it into the text', () => {
    const hostile = "x'}) DETACH DELETE n //";
    const queries = [
      cypher.getNodesQuery([hostile]),
      cypher.searchCandidatesQuery(hostile, ['INSTRUMENT'], 100),
      cypher.relationsOfQuery(hostile, 'BOTH', ['FUNDED'], '2012'),
      cypher.neighborhoodQuery(hostile, 2, 10, { asOf: '2012' }),
      cypher.nodeWithRelationsQuery(hostile, 'IN', ['FUNDED'], '2012', 8),
      cypher.pathsQuery(hostile, hostile, 4, 3, '2012', passes),
      cypher.relationsOfManyQuery([hostile], 'OUT', ['PART_OF'], '2012'),
      cypher.listNodesQuery({ kinds: ['EVENT'] }, 10, hostile),
      cypher.getRelationQuery(hostile),
    ];
    for (const q of queries) expect(q.text).not.toContain('DETACH DELETE');
  });

  it('enters the graph only through the live generation', () => {
    const entries = [
      cypher.getNodesQuery(['a']),
      cypher.getSourcesQuery(['a']),
      cypher.listSourcesQuery(),
      cypher.getRelationQuery('a.FUNDED.b'),
      cypher.getRelationQuery('custom-id'),
      cypher.searchCandidatesQuery('loi', undefined, 10),
      cypher.relationsOfQuery('a', 'BOTH', undefined, undefined),
      cypher.relationsOfManyQuery(['a'], 'BOTH', undefined, undefined),
      cypher.nodeWithRelationsQuery('a', 'BOTH', undefined, undefined, 10),
      cypher.neighborhoodQuery('a', 2, 10, {}),
      cypher.pathsQuery('a', 'b', 4, 3, undefined, passes),
      cypher.listNodesQuery({}, 10, undefined),
      cypher.countNodesQuery({}),
      cypher.statsQuery(),
    ];
    for (const q of entries) expect(q.text).toMatch(/GraphMeta \{key: 'graph'\}/);
  });

  it('turns asOf into the first and last day the predicates compare with', () => {
    expect(cypher.relationsOfQuery('ml-mali', 'OUT', undefined, '2012-07').params).toMatchObject({
      asOfFirst: '2012-07-01',
      asOfLast: '2012-07-31',
    });
    expect(cypher.relationsOfQuery('ml-mali', 'OUT', undefined, undefined).params).toMatchObject({
      asOfFirst: null,
      asOfLast: null,
    });
    expect(standsOn('r')).toMatchSnapshot();
  });

  it('builds Lucene prefix queries from folded words', () => {
    expect(cypher.luceneQuery('Décret n°2011-036')).toBe('+decret* +n* +2011* +036*');
    expect(cypher.luceneQuery('  ')).toBe('');
  });

  it('only writes vocabulary names and bounded integers into query texts', () => {
    expect(() => vocabularyName('FUNDED`]->() DELETE', ['FUNDED'])).toThrow(/not in the vocabulary/);
    expect(() => boundedInt(7, 1, 6)).toThrow(RangeError);
    expect(() => cypher.pathsQuery('a', 'b', 11, 3, undefined, passes)).toThrow(RangeError);
    expect(() => cypher.neighborhoodQuery('a', 11, 10, {})).toThrow(RangeError);
  });

  it('writes one breadth-first level per hop into a neighbourhood, all in one query', () => {
    const levels = (depth: number): number =>
      cypher.neighborhoodQuery('a', depth, 10, {}).text.split('UNWIND frontier').length - 1;
    expect([1, 2, 3].map(levels)).toEqual([1, 2, 3]);
    const { limit, limitPlusOne } = cypher.neighborhoodQuery('a', 2, 10, {}).params;
    expect([String(limit), String(limitPlusOne)]).toEqual(['10', '11']);
  });

  it('finds nodes by id through one pattern, for every read that starts from an id', () => {
    const byId = [
      cypher.getNodesQuery(['a']),
      cypher.relationsOfQuery('a', 'BOTH', undefined, undefined),
      cypher.relationsOfManyQuery(['a'], 'BOTH', undefined, undefined),
      cypher.nodeWithRelationsQuery('a', 'BOTH', undefined, undefined, undefined),
      cypher.neighborhoodQuery('a', 1, 10, {}),
      cypher.pathsQuery('a', 'b', 4, 3, undefined, passes),
      cypher.getRelationQuery('a.FUNDED.b'),
    ];
    // Only the live generation's nodes can be found (see live-generation.ts).
    for (const q of byId)
      expect(q.text).toMatch(/\(\w+:Node \{gen: head\(COLLECT \{.+?\}\), id: (\$\w+|id)\}\)/);
    expect(cypher.nodeById('n', '$id')).toBe(`(n:Node {gen: ${LIVE_GENERATION}, id: $id})`);
  });

  it('writes both search passes as parameters: avoided kinds and end-only hub relations', () => {
    const q = cypher.pathsQuery('a', 'b', 4, 3, undefined, passes);
    expect(q.params).toMatchObject({
      legalAvoidKinds: ['CONCEPT', 'PLACE'],
      legalAvoidRelationKinds: [],
      legalEndOnlyRelationKinds: ['APPLIES_IN', 'LOCATED_IN', 'BASED_IN', 'HELD_IN', 'COVERS'],
      otherAvoidKinds: ['CONCEPT'],
      otherEndOnlyRelationKinds: [],
    });
    // The second pass searches only when the legal chains are too few.
    expect(q.text).toContain('WHERE size(legal) < $first');
  });

  it('looks up default relation ids from their indexed ends', () => {
    expect(cypher.getRelationQuery('ml-decree-2011-036.ESTABLISHES.ml-committee-tip')).toMatchSnapshot();
    expect(cypher.getRelationQuery('custom-id').text).toContain('UNION ALL');
  });

  it.each([
    ['relationsOf', cypher.relationsOfQuery('ml-mali', 'IN', ['PARTY_TO'], '2012')],
    ['neighborhood', cypher.neighborhoodQuery('ml-mali', 2, 500, { kinds: ['INSTRUMENT'] })],
    ['node with relations', cypher.nodeWithRelationsQuery('ml-mali', 'BOTH', undefined, '2012', 8)],
    [
      'relationsOfMany',
      cypher.relationsOfManyQuery(['un-tip-protocol-art-5', 'ml-mali'], 'BOTH', undefined, undefined),
    ],
    ['paths', cypher.pathsQuery('ml-law-2012-023', 'un-tip-protocol', 4, 3, '2013', passes)],
    [
      'list nodes',
      cypher.listNodesQuery({ kinds: ['INSTRUMENT'], dateFrom: '2011' }, 50, '2011-02-03|ml-decree-2011-036'),
    ],
    ['search', cypher.searchCandidatesQuery('loi 2012', undefined, 1000)],
    ['stats', cypher.statsQuery()],
  ])('%s', (_name, q) => {
    expect(q).toMatchSnapshot();
  });

  it('sets up the schema idempotently', () => {
    const texts = schemaQueries().map((q) => q.text);
    expect(texts.every((t) => /IF (NOT )?EXISTS/.test(t))).toBe(true);
    expect(texts).toMatchSnapshot();
  });

  it('seeds a generation in kind batches, every element tagged with it', () => {
    const endIds = new Map(CONTRACT_GRAPH.nodes.map((n, i) => [n.id, `4:db:${i}`]));
    const queries = [...seedBatches(CONTRACT_GRAPH, 7, 2, endIds)].map((b) => b.query());
    expect(queries.map((q) => q.text)).toMatchSnapshot();
    expect(queries.every((q) => q.params.gen === 7 && (q.params.rows as unknown[]).length <= 2)).toBe(true);
    const rows = queries.flatMap((q) => q.params.rows as Array<{ id: string } | unknown[]>);
    // Relations are lists [from's element id, to's, id, ...], their ends the ids the nodes' batches returned.
    const relationRows = rows.filter((r): r is string[] => Array.isArray(r));
    expect(relationRows).toHaveLength(CONTRACT_GRAPH.relations.length);
    expect(relationRows.every((r) => r[0]!.startsWith('4:db:') && r[1]!.startsWith('4:db:'))).toBe(true);
    expect(rows.map((r) => (Array.isArray(r) ? r[2] : r.id)).sort()).toEqual(
      [...CONTRACT_GRAPH.sources, ...CONTRACT_GRAPH.nodes, ...CONTRACT_GRAPH.relations]
        .map((x) => x.id)
        .sort(),
    );
  });

  it('switches only while no newer seeding has claimed a generation, and keeps the live one when cleaning', () => {
    expect(switchGenerationQuery(7)).toMatchSnapshot();
    expect(removeGenerationsQueries([3, 7]).every((q) => q.text.includes('IN TRANSACTIONS'))).toBe(true);
    expect(removeGenerationsQueries([3, 7])[0]!.params).toEqual({ keep: [3, 7] });
  });
});
