import { cypher, schemaQueries, seedQueries } from '../index';
import { standsOn, vocabularyName, boundedInt } from '../cypher/cypher-query';
import { pathPasses } from '@cadre/store';
import { CONTRACT_GRAPH } from '@cadre/testing/store-contract';

const { legal, any } = pathPasses({ avoidKinds: ['CONCEPT'] });

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
      cypher.neighborhoodLevelQuery([hostile], [hostile], 10, { asOf: '2012' }),
      cypher.pathsQuery(hostile, hostile, 4, 3, '2012', legal),
      cypher.relationsOfManyQuery([hostile], 'OUT', ['PART_OF'], '2012'),
      cypher.listNodesQuery({ kinds: ['EVENT'] }, 10, hostile),
      cypher.getRelationQuery(hostile),
    ];
    for (const q of queries) expect(q.text).not.toContain('DETACH DELETE');
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
    expect(() => cypher.pathsQuery('a', 'b', 11, 3, undefined, any)).toThrow(RangeError);
  });

  it('writes a search pass as parameters: avoided kinds and end-only hub relations', () => {
    expect(cypher.pathsQuery('a', 'b', 4, 3, undefined, legal).params).toMatchObject({
      avoidKinds: ['CONCEPT', 'PLACE'],
      avoidRelationKinds: [],
      endOnlyRelationKinds: ['APPLIES_IN', 'LOCATED_IN', 'BASED_IN', 'HELD_IN', 'COVERS'],
    });
    expect(cypher.pathsQuery('a', 'b', 4, 3, undefined, any).params).toMatchObject({
      avoidKinds: ['CONCEPT'],
      endOnlyRelationKinds: [],
    });
  });

  it('looks up default relation ids from their indexed ends', () => {
    expect(cypher.getRelationQuery('ml-decree-2011-036.ESTABLISHES.ml-committee-tip')).toMatchSnapshot();
    expect(cypher.getRelationQuery('custom-id').text).toContain('UNION ALL');
  });

  it.each([
    ['relationsOf', cypher.relationsOfQuery('ml-mali', 'IN', ['PARTY_TO'], '2012')],
    [
      'neighborhood level',
      cypher.neighborhoodLevelQuery(['ml-mali'], ['ml-mali'], 501, { kinds: ['INSTRUMENT'] }),
    ],
    ['induced subgraph', cypher.inducedSubgraphQuery(['ml-mali', 'un-untoc'], {})],
    [
      'relationsOfMany',
      cypher.relationsOfManyQuery(['un-tip-protocol-art-5', 'ml-mali'], 'BOTH', undefined, undefined),
    ],
    ['paths, legal chains', cypher.pathsQuery('ml-law-2012-023', 'un-tip-protocol', 4, 3, '2013', legal)],
    ['paths, any', cypher.pathsQuery('ml-law-2012-023', 'un-tip-protocol', 4, 3, '2013', any)],
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
    expect(texts.every((t) => t.includes('IF NOT EXISTS'))).toBe(true);
    expect(texts).toMatchSnapshot();
  });

  it('seeds in kind batches, then prunes what the seeds no longer hold', () => {
    const queries = seedQueries(CONTRACT_GRAPH);
    expect(queries.map((q) => q.text)).toMatchSnapshot();
    const last = queries.slice(-3);
    expect(last[1]!.params.ids).toEqual(CONTRACT_GRAPH.nodes.map((n) => n.id));
  });
});
