import { implementationMap } from '../law/implementation-map';
import type { NodeRecord, RelationRecord } from '../records';
import { loadSeeds } from '../seeds/load-seeds';
import { GOOD_SEEDS } from './support/broken-seeds';

const graph = loadSeeds(GOOD_SEEDS);
const cite = [{ sourceId: 'test-article', quote: 'q' }];
const training: NodeRecord = {
  id: 'tl-training',
  kind: 'EVENT',
  type: 'TRAINING',
  name: { en: 'Training', fr: 'Formation' },
  aliases: [],
  citations: cite,
  startDate: '2010-05-08',
  validFrom: '2010-05-08',
};
const relation = (kind: RelationRecord['kind'], from: string, to: string): RelationRecord => ({
  id: `${from}.${kind}.${to}`,
  kind,
  from,
  to,
  inferred: true,
  note: { en: 'a reading', fr: 'une lecture' },
  citations: cite,
});
const map = (asOf?: string, extra: { nodes?: NodeRecord[]; relations?: RelationRecord[] } = {}) =>
  implementationMap({
    treatyId: 'tl-protocol',
    jurisdictionId: 'tl-testland',
    ...(asOf ? { asOf } : {}),
    nodes: [...graph.nodes, ...(extra.nodes ?? [])],
    relations: [...graph.relations, ...(extra.relations ?? [])],
  });

describe('implementation map', () => {
  it('lists every article with its obligation, the national provisions cited and a status', () => {
    const m = map('2013');
    expect(m.articles).toHaveLength(1);
    expect(m.articles[0]).toMatchObject({
      number: '5',
      obligation: 'MANDATORY',
      heading: { en: 'Criminalization', fr: 'Incrimination' },
      status: 'PROVISION_CITED',
      provisions: [
        {
          node: { id: 'tl-law-2012-023-art-7' },
          instrument: { id: 'tl-law-2012-023' },
          granularity: 'PROVISION',
          inferred: true,
        },
      ],
    });
    expect(m.treatyStatus?.status).toBe('IN_FORCE');
    expect(m.party?.on).toMatchObject({ status: 'PARTY', basis: { date: '2003-12-25', computed: true } });
  });

  it('shows nothing in the graph before the national law exists, and the state not yet a party', () => {
    const m = map('2002-06');
    expect(m.articles[0]).toMatchObject({ status: 'NOTHING_IN_GRAPH', provisions: [], relatedMeasures: [] });
    expect(m.treatyStatus?.status).toBe('ADOPTED_NOT_IN_FORCE');
    expect(m.party?.on?.status).toBe('CONSENTED_NOT_IN_FORCE');
  });

  it('counts a measure held in the jurisdiction and linked to the article as a related measure only', () => {
    const extra = {
      nodes: [training],
      relations: [
        relation('HELD_IN', 'tl-training', 'tl-testland'),
        relation('IMPLEMENTS', 'tl-training', 'tl-protocol-art-5'),
        relation('IMPLEMENTS', 'tl-training', 'tl-protocol'),
      ],
    };
    const m = map('2011', extra);
    expect(m.articles[0]).toMatchObject({
      status: 'RELATED_MEASURE_ONLY',
      relatedMeasures: [{ node: { id: 'tl-training' }, granularity: 'MEASURE' }],
    });
    expect(m.treatyMeasures.map((l) => l.node.id)).toEqual(['tl-training']);
    expect(map('2009', extra).articles[0]?.status).toBe('NOTHING_IN_GRAPH');
  });
});
