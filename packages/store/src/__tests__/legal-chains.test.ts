import { passesThroughHub, type NodeKind, type RelationKind, type RelationRecord } from '@cadre/model';
import { passAllows, pathPasses, rankPaths } from '../legal-chains';
import type { GraphPath } from '../graph-store';

const kinds: Record<string, NodeKind> = {
  decree: 'INSTRUMENT',
  committee: 'INSTITUTION',
  mali: 'PLACE',
  bamako: 'PLACE',
  protocol: 'INSTRUMENT',
};
const rel = (from: string, kind: RelationKind, to: string): RelationRecord => ({
  id: `${from}.${kind}.${to}`,
  kind,
  from,
  to,
  inferred: false,
  citations: [],
});
const path = (...relations: RelationRecord[]): GraphPath => {
  const ids = [relations[0]!.from];
  for (const r of relations) ids.push(r.from === ids[ids.length - 1] ? r.to : r.from);
  return {
    nodes: ids.map((id) => ({
      id,
      kind: kinds[id]!,
      type: 'X',
      name: { en: id },
      aliases: [],
      citations: [],
    })),
    relations,
  };
};

describe('legal chains first', () => {
  const { legal, any } = pathPasses({ avoidKinds: ['CONCEPT'], avoidRelationKinds: ['FUNDED'] });
  const allows = (pass: typeof legal, r: RelationRecord, from = 'decree', to = 'protocol'): boolean =>
    passAllows(pass, r, (id) => kinds[id], from, to);

  it("keeps places out of the middle of a legal chain, and the caller's kinds out of every pass", () => {
    expect(legal.avoidKinds).toEqual(['CONCEPT', 'PLACE']);
    expect(any.avoidKinds).toEqual(['CONCEPT']);
    expect(allows(legal, rel('mali', 'PARTY_TO', 'protocol'))).toBe(false);
    expect(allows(any, rel('mali', 'PARTY_TO', 'protocol'))).toBe(true);
    expect(allows(any, rel('decree', 'FUNDED', 'committee'))).toBe(false);
  });

  it('walks a hub relation only to or from an end, whichever way round', () => {
    const based = rel('committee', 'BASED_IN', 'bamako');
    expect(allows(legal, based)).toBe(false);
    expect(allows(legal, based, 'bamako', 'protocol')).toBe(true);
    expect(allows(any, based)).toBe(true);
    // The relation rule alone (places allowed): an end at either side of the relation will do.
    const endOnly = { avoidKinds: [], avoidRelationKinds: [], endOnlyRelationKinds: ['BASED_IN' as const] };
    expect(allows(endOnly, based, 'protocol', 'committee')).toBe(true);
    expect(allows(endOnly, based, 'bamako', 'protocol')).toBe(true);
    expect(allows(endOnly, based)).toBe(false);
  });

  it('ranks pass-1 paths first, then pass-2 paths not already listed, cut to first', () => {
    const chain = path(
      rel('decree', 'ESTABLISHES', 'committee'),
      rel('committee', 'GUARDIAN_OF', 'protocol'),
    );
    const hub = path(rel('decree', 'APPLIES_IN', 'mali'), rel('mali', 'PARTY_TO', 'protocol'));
    expect(rankPaths([chain], [hub, chain], 3)).toEqual([chain, hub]);
    expect(rankPaths([chain], [hub], 1)).toEqual([chain]);
    expect([chain, hub].map(passesThroughHub)).toEqual([false, true]);
  });
});
