import { join } from 'node:path';
import { loadSeeds } from '../seeds/load-seeds';
import { countGraph } from '../graph-counts';
import { ID_PATTERN, KIND_PATTERN, defaultRelationId, parseDefaultRelationId } from '../patterns';
import { NODE_KINDS, NODE_KIND_NAMES, RELATION_KIND_NAMES } from '../vocabulary';

describe('identifier patterns', () => {
  it('fit every vocabulary name', () => {
    const types = NODE_KIND_NAMES.flatMap((k) => Object.keys(NODE_KINDS[k].types));
    for (const name of [...NODE_KIND_NAMES, ...RELATION_KIND_NAMES, ...types]) {
      expect(name).toMatch(KIND_PATTERN);
    }
    expect('party_to').not.toMatch(KIND_PATTERN);
  });

  it('take ids apart only when they are default relation ids', () => {
    const r = { from: 'ml-decree-2011-036', kind: 'ESTABLISHES', to: 'ml-committee.tip' };
    expect(parseDefaultRelationId(defaultRelationId(r))).toEqual(r);
    expect(parseDefaultRelationId('custom-id')).toBeUndefined();
    expect(parseDefaultRelationId('Ml.ESTABLISHES.x')).toBeUndefined();
    expect('ml-law-2012-023').toMatch(ID_PATTERN);
    expect('ml--law').not.toMatch(ID_PATTERN);
  });
});

describe('countGraph', () => {
  it('counts what a seed folder holds, kinds in vocabulary order', () => {
    // The fixture holds a treaty with its articles, a party and a national provision (law as law).
    expect(countGraph(loadSeeds(join(__dirname, 'fixtures/good-seeds')))).toEqual({
      nodes: 7,
      relations: 6,
      citations: 14,
      sources: 2,
      nodesByKind: [
        { kind: 'INSTRUMENT', count: 3 },
        { kind: 'INSTITUTION', count: 1 },
        { kind: 'PLACE', count: 1 },
        { kind: 'PROVISION', count: 2 },
      ],
      relationsByKind: [
        { kind: 'PARTY_TO', count: 1 },
        { kind: 'ESTABLISHES', count: 1 },
        { kind: 'APPLIES_IN', count: 1 },
        { kind: 'PART_OF', count: 2 },
        { kind: 'GIVES_EFFECT_TO', count: 1 },
      ],
    });
  });
});
