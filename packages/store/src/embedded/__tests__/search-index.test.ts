import { loadSeeds, syntheticGraph, type NodeKind, type NodeRecord } from '@cadre/model';
import { rankSearchHits, searchableTexts, tokenize } from '../../search-text';
import { SearchIndex } from '../search-index';

/**
 * The index must answer exactly what `rankSearchHits` gives over every node (Neo4j's store ranks
 * its candidates with it): same nodes, same order, for queries of every shape the ranking tells
 * apart (exact texts, prefixes, words inside texts, several words, short names, kinds).
 */
function queriesFor(nodes: readonly NodeRecord[]): string[] {
  const queries = new Set<string>(['b', 'décret', 'decree 12', 'élément 4242', 'law decree', '0', '12 law']);
  nodes.forEach((node, i) => {
    if (i % 11 !== 0) return;
    for (const text of searchableTexts(node)) {
      const words = tokenize(text);
      queries.add(text);
      queries.add(words[0]!.slice(0, 3));
      if (words.length > 1) queries.add(words.slice(1, 3).join(' '));
      if (words.length > 2) queries.add(`${words[1]!} ${words[2]!.slice(0, 2)}`);
      queries.add(words[words.length - 1]!.slice(1));
    }
  });
  return [...queries];
}

const ids = (nodes: NodeRecord[]): string[] => nodes.map((n) => n.id);

describe.each([
  ['the seeds', loadSeeds().nodes],
  ['a synthetic graph', syntheticGraph(400, 0).nodes],
])('SearchIndex over %s', (_, nodes) => {
  const index = new SearchIndex(nodes);
  const queries = queriesFor(nodes);

  it('ranks as rankSearchHits does over every node', () => {
    expect(queries.length).toBeGreaterThan(50);
    for (const query of queries) {
      // The reference's order cut at `first` is a prefix of its order cut at 25.
      const expected = ids(rankSearchHits([...nodes], query, 25));
      for (const first of [1, 5, 25])
        expect({ query, first, found: ids(index.search(query, first)) }).toEqual({
          query,
          first,
          found: expected.slice(0, first),
        });
    }
  });

  it('keeps only the kinds asked for', () => {
    const kinds: NodeKind[] = ['CONCEPT', 'PLACE'];
    const ofKinds = nodes.filter((n) => kinds.includes(n.kind));
    for (const query of queries.slice(0, 60))
      expect({ query, found: ids(index.search(query, 10, kinds)) }).toEqual({
        query,
        found: ids(rankSearchHits(ofKinds, query, 10)),
      });
  });

  it('finds nothing for an empty query, a query of separators or first 0', () => {
    expect(index.search('', 10)).toEqual([]);
    expect(index.search(' -- ', 10)).toEqual([]);
    expect(index.search(nodes[0]!.id, 0)).toEqual([]);
  });
});
