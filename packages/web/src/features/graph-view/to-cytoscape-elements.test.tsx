import neighborhood from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import { mergeSubgraphs, visibleContent } from '../../domain/graph-content/graph-content';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { vocabulary } from '../../test-support/render-with-providers';
import { toCytoscapeElements } from './to-cytoscape-elements';

const LAW = 'ml-law-2012-023';
const subgraph = (neighborhood.data as NeighborhoodQuery).neighborhood;
const show = () =>
  visibleContent(mergeSubgraphs([{ centre: LAW, subgraph }]), {
    focus: LAW,
    removed: [],
    hiddenNodeKinds: [],
    hiddenRelationKinds: [],
  });

describe('graph elements', () => {
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

describe('law on the graph', () => {
  const node = (id: string, extra: object) => ({
    id,
    kind: 'INSTRUMENT',
    type: 'PROTOCOL',
    nameEn: id,
    nameFr: null,
    validFrom: null,
    undated: false,
    aliases: [],
    ...extra,
  });
  it('marks an instrument adopted but not yet in force on the date, and anything undated', () => {
    const content = {
      nodes: new Map(
        [
          node('un-tip-protocol', { inForce: { status: 'ADOPTED_NOT_IN_FORCE' } }),
          node('un-untoc', { inForce: { status: 'IN_FORCE' } }),
          node('xx-undated', { undated: true, inForce: { status: 'UNDATED' } }),
        ].map((n) => [n.id, n as never]),
      ),
      relations: new Map(),
      truncated: [],
    };
    const classes = Object.fromEntries(
      toCytoscapeElements(content, { focus: 'un-untoc', expanded: [], lang: 'en', vocabulary }).map((e) => [
        e.data.id,
        e.classes,
      ]),
    );
    expect(classes).toEqual({
      'un-tip-protocol': 'not-in-force',
      'un-untoc': 'focus',
      'xx-undated': 'undated',
    });
  });
});
