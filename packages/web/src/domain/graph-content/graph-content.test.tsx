import neighborhood from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { mergeSubgraphs, visibleContent } from './graph-content';
import { graphLabel } from './node-names';

const LAW = 'ml-law-2012-023';
const subgraph = (neighborhood.data as NeighborhoodQuery).neighborhood;
const content = mergeSubgraphs([{ centre: LAW, subgraph }]);
const show = (options: Partial<Parameters<typeof visibleContent>[1]> = {}) =>
  visibleContent(content, {
    focus: LAW,
    removed: [],
    hiddenNodeKinds: [],
    hiddenRelationKinds: [],
    ...options,
  });

describe('what the graph shows', () => {
  it('shows the whole neighbourhood without filters', () => {
    const visible = show();
    expect(visible.nodes.size).toBe(subgraph.nodes.length);
    expect(visible.relations.size).toBe(subgraph.relations.length);
  });

  it('hides a node kind, with its relations, but never the focus', () => {
    const visible = show({ hiddenNodeKinds: ['PLACE', 'INSTRUMENT'] });
    expect(visible.nodes.has(LAW)).toBe(true);
    expect(visible.nodes.has('ml-mali')).toBe(false);
    expect([...visible.relations.values()].some((r) => r.from === 'ml-mali' || r.to === 'ml-mali')).toBe(
      false,
    );
  });

  it('drops what is only reachable through hidden relations', () => {
    // Only "applies in" is left: the law and Mali stay, the rest falls away.
    const kinds = new Set(subgraph.relations.map((r) => r.kind));
    kinds.delete('APPLIES_IN');
    const visible = show({ hiddenRelationKinds: [...kinds] });
    expect([...visible.nodes.keys()].sort()).toEqual([LAW, 'ml-mali']);
  });

  it('removes a node', () => {
    expect(show({ removed: ['ml-mali'] }).nodes.has('ml-mali')).toBe(false);
  });

  it('labels long names with an undisputed alias in English, an acronym or a cut name in French', () => {
    const law = content.nodes.get(LAW)!;
    expect(graphLabel(law, 'en')).toBe('Law 2012-023');
    expect(graphLabel(law, 'fr')).toMatch(/^Loi n°2012-023 .*…$/);
    expect(
      graphLabel(
        {
          nameEn: 'United Nations Convention against Transnational Organized Crime',
          aliases: [{ name: 'UNTOC' }],
        },
        'fr',
      ),
    ).toBe('UNTOC');
  });
});
