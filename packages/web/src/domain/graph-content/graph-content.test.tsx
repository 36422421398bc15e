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

describe("an instrument's articles", () => {
  const node = (id: string, kind: string) => ({
    id,
    kind,
    type: kind === 'PROVISION' ? 'ARTICLE' : 'X',
    nameEn: id,
    nameFr: null,
    validFrom: null,
    aliases: [],
  });
  const rel = (from: string, kind: string, to: string) => ({
    id: `${from}.${kind}.${to}`,
    kind,
    inferred: false,
    from: { id: from },
    to: { id: to },
  });
  const treaty = mergeSubgraphs([
    {
      centre: 'un-tip-protocol',
      subgraph: {
        truncated: false,
        nodes: [
          node('un-tip-protocol', 'INSTRUMENT'),
          node('un-tip-protocol-art-3', 'PROVISION'),
          node('un-tip-protocol-art-5', 'PROVISION'),
          node('ml-law-2012-023', 'INSTRUMENT'),
        ],
        relations: [
          rel('un-tip-protocol-art-3', 'PART_OF', 'un-tip-protocol'),
          rel('un-tip-protocol-art-5', 'PART_OF', 'un-tip-protocol'),
          rel('ml-law-2012-023', 'IMPLEMENTS', 'un-tip-protocol'),
          rel('ml-law-2012-023', 'GIVES_EFFECT_TO', 'un-tip-protocol-art-5'),
        ],
      } as unknown as NeighborhoodQuery['neighborhood'],
    },
  ]);
  const ids = (options: { articles?: string[]; expanded?: string[] } = {}) =>
    [
      ...visibleContent(treaty, {
        focus: 'un-tip-protocol',
        removed: [],
        hiddenNodeKinds: [],
        hiddenRelationKinds: [],
        ...options,
      }).nodes.keys(),
    ].sort();

  it('are not drawn around their instrument unless asked for; one reached by another relation is', () => {
    expect(ids()).toEqual(['ml-law-2012-023', 'un-tip-protocol', 'un-tip-protocol-art-5']);
    expect(ids({ articles: ['un-tip-protocol'] })).toEqual([
      'ml-law-2012-023',
      'un-tip-protocol',
      'un-tip-protocol-art-3',
      'un-tip-protocol-art-5',
    ]);
    expect(ids({ expanded: ['un-tip-protocol-art-3'] })).toContain('un-tip-protocol-art-3');
  });
});
