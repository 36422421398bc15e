import neighborhood from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { vocabulary } from '../../test-support/render-with-providers';
import { mergeSubgraphs, visibleContent } from './graph-content';
import { graphLabel } from './node-names';
import { toCytoscapeElements } from '../../features/graph-view/to-cytoscape-elements';

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

  it('turns content into Cytoscape elements with vocabulary labels and dashed inferred relations', () => {
    const elements = toCytoscapeElements(show(), { focus: LAW, expanded: [], lang: 'fr', vocabulary });
    const implementsEdge = elements.find((e) => e.data.id === 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol');
    expect(implementsEdge).toMatchObject({
      group: 'edges',
      classes: 'inferred',
      data: { label: 'Met en œuvre', source: LAW, target: 'un-tip-protocol' },
    });
    expect(elements.find((e) => e.data.id === LAW)?.classes).toBe('focus');
  });
});
