import { isNodeSortKey, nodeSortKey } from '../validity';

describe('node sort keys', () => {
  it('recognise the keys nodeSortKey makes, and nothing else', () => {
    expect(isNodeSortKey(nodeSortKey({ id: 'ml-law-2012-023', validFrom: '2012-07' }))).toBe(true);
    expect(isNodeSortKey(nodeSortKey({ id: 'un-untoc' }))).toBe(true);
    for (const bad of ['nope', '2012-07|ml-mali', '2012-07-01|ML', '2012-07-01|a|b', '2012-13-01|a']) {
      expect(isNodeSortKey(bad)).toBe(false);
    }
  });
});
