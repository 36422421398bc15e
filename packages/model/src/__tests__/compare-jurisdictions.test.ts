import { compareJurisdictions } from '../law/compare-jurisdictions';
import { COVERAGE_COLUMNS } from '../law/coverage-columns';
import type { ParticipationRecord, StageRecord } from '../law/law-records';
import { participationStatusOn, stateParticipation } from '../law/participation-status';
import { jurisdictionsOf, ratificationMap } from '../law/ratification-map';
import type { NodeRecord, RelationRecord } from '../records';
import { loadSeeds } from '../seeds/load-seeds';
import { participationExplanation } from '../sentences/participation-explanation';

const cite = (quote: string) => [{ sourceId: 'test-article', quote }];
const treaty = {
  stages: [
    { stage: 'ADOPTED', date: '2000-11-15', inferred: false, citations: cite('adopted') },
    { stage: 'ENTERED_INTO_FORCE', date: '2003-12-25', inferred: false, citations: cite('in force') },
  ] satisfies StageRecord[],
};
const participation = (p: Partial<ParticipationRecord>): ParticipationRecord => ({
  signature: [],
  consent: [],
  entryIntoForce: [],
  partyBy: [],
  ...p,
});
// Mali and the TIP Protocol, as the seeds hold it: signature, deposit, a national act, and the
// entry into force computed from the deposit (never before the Protocol's own).
const mali = participation({
  signature: [{ date: '2000-12-15', citations: cite('signed') }],
  consent: [
    { kind: 'RATIFICATION', act: 'DEPOSIT', date: '2002-04-12', citations: cite('deposit') },
    {
      kind: 'RATIFICATION',
      act: 'NATIONAL_ACT',
      date: '2002-06-03',
      actName: 'Loi 02-021',
      citations: cite('act'),
    },
  ],
  entryIntoForce: [
    { date: '2003-12-25', computed: true, fromDeposit: '2002-04-12', citations: cite('rule') },
  ],
});

describe('participationStatusOn', () => {
  it('walks a state through not signed, signed, deposited and party, with the step each rests on', () => {
    const on = (date: string) => participationStatusOn(mali, treaty, date);
    expect(on('1999')).toMatchObject({ status: 'NOT_SIGNED', recorded: true, citations: [] });
    expect(on('2001')).toMatchObject({ status: 'SIGNED', since: { kind: 'SIGNATURE', date: '2000-12-15' } });
    expect(on('2003-06-01')).toMatchObject({
      status: 'DEPOSITED_NOT_IN_FORCE',
      since: { kind: 'DEPOSIT', date: '2002-04-12', computed: false },
      signature: { date: '2000-12-15' },
      consent: { act: 'DEPOSIT' },
      otherReadings: true,
    });
    expect(on('2003-06-01').entryIntoForce).toBeUndefined();
    expect(on('2004')).toMatchObject({
      status: 'PARTY',
      since: { kind: 'ENTRY_INTO_FORCE', date: '2003-12-25', computed: true },
      computed: true,
      entryIntoForce: { date: '2003-12-25' },
    });
    expect(on('2004').citations.map((c) => c.quote)).toEqual(['signed', 'deposit', 'rule']);
  });

  it('reads a year by its end, as partyOn does: a party "as of 2003" from 2003-12-25, never before', () => {
    expect(participationStatusOn(mali, treaty, '2003')).toMatchObject({
      status: 'PARTY',
      since: { date: '2003-12-25' },
    });
    expect(participationStatusOn(mali, treaty, '2003-12-24').status).toBe('DEPOSITED_NOT_IN_FORCE');
  });

  it('says NOT_SIGNED with recorded: false when the graph holds nothing, never PARTY', () => {
    const none = participationStatusOn(undefined, treaty, '2020');
    expect(none).toMatchObject({ status: 'NOT_SIGNED', recorded: false, citations: [] });
    expect(participationExplanation(none, 'en')).toBe('Not signed — no participation recorded in the graph.');
    expect(participationExplanation(none, 'fr')).toBe(
      'Non signé — aucune participation enregistrée dans le graphe.',
    );
  });

  it('does not move a state on for a national act before its deposit, and says one is recorded', () => {
    const actFirst = participation({
      signature: [{ date: '2001', citations: cite('signed') }],
      consent: [
        {
          kind: 'RATIFICATION',
          act: 'NATIONAL_ACT',
          date: '2005',
          actName: 'Loi 05-1',
          citations: cite('act'),
        },
        { kind: 'RATIFICATION', act: 'DEPOSIT', date: '2007-03-01', citations: cite('deposit') },
      ],
      entryIntoForce: [
        { date: '2007-03-31', computed: true, fromDeposit: '2007-03-01', citations: cite('rule') },
      ],
    });
    const on = participationStatusOn(actFirst, treaty, '2006');
    expect(on).toMatchObject({ status: 'SIGNED', nationalAct: { actName: 'Loi 05-1' } });
    expect(participationExplanation(on, 'en')).toBe(
      'Signed — signature: 2001. A national act of ratification is recorded (Loi 05-1): 2005; it does not bind the State until an instrument is deposited. Other readings exist.',
    );
    expect(participationStatusOn(actFirst, treaty, '2007-06').status).toBe('PARTY');
  });

  it('agrees with partyOn where a national act is all the sources give, and names it', () => {
    const actOnly = participation({
      consent: [
        {
          kind: 'RATIFICATION',
          act: 'NATIONAL_ACT',
          date: '2005',
          actName: 'Loi 05-1',
          citations: cite('act'),
        },
      ],
    });
    const on = participationStatusOn(actOnly, treaty, '2006');
    expect(on).toMatchObject({
      status: 'PARTY',
      since: { kind: 'CONSENT', date: '2005' },
      party: { status: 'PARTY' },
    });
    expect(participationExplanation(on, 'fr')).toBe(
      'Partie (en vigueur) — acte national de ratification (aucun dépôt enregistré) : 2005.',
    );
  });

  it('holds a state back while the treaty itself is not in force, whatever its own dates say', () => {
    const early = participation({
      consent: [{ kind: 'ACCESSION', act: 'UNSPECIFIED', date: '2001-01-01', citations: cite('acceded') }],
    });
    expect(participationStatusOn(early, treaty, '2002')).toMatchObject({
      status: 'DEPOSITED_NOT_IN_FORCE',
      since: { kind: 'CONSENT' },
    });
    expect(participationStatusOn(early, treaty, '2004').status).toBe('PARTY');
  });

  it('is UNKNOWN before a "party by" date the sources give with nothing earlier', () => {
    const by = participation({ partyBy: [{ date: '2002', citations: cite('a party by 2002') }] });
    expect(participationStatusOn(by, treaty, '2001').status).toBe('UNKNOWN');
    expect(participationStatusOn(by, treaty, '2005')).toMatchObject({
      status: 'PARTY',
      since: { kind: 'PARTY_BY' },
    });
  });
});

describe('stateParticipation', () => {
  const rel = (kind: RelationRecord['kind'], extra: Partial<RelationRecord> = {}): RelationRecord => ({
    id: `tl.${kind}.t`,
    kind,
    from: 'tl',
    to: 't',
    inferred: false,
    citations: cite(kind),
    ...extra,
  });

  it('adds a SIGNED relation as a signature reading, one per date with both citations', () => {
    const signedOnly = stateParticipation('tl', 't', [rel('SIGNED', { validFrom: '2001-07-11' })]);
    expect(signedOnly.participation?.signature).toEqual([{ date: '2001-07-11', citations: cite('SIGNED') }]);
    expect(participationStatusOn(signedOnly.participation, treaty, '2010').status).toBe('SIGNED');

    const both = stateParticipation('tl', 't', [
      rel('PARTY_TO', { participation: mali }),
      rel('SIGNED', { validFrom: '2000-12-15' }),
    ]);
    expect(both.participation?.signature).toHaveLength(1);
    expect(both.participation?.signature[0]?.citations.map((c) => c.quote)).toEqual(['signed', 'SIGNED']);
    expect(stateParticipation('tl', 't', []).participation).toBeUndefined();
  });
});

describe('comparisons and maps over graph-seeds', () => {
  const seeds = loadSeeds();
  const node = (id: string): NodeRecord => seeds.nodes.find((n) => n.id === id)!;

  it('names only concepts the seeds hold in its coverage columns', () => {
    const ids = new Set(seeds.nodes.filter((n) => n.kind === 'CONCEPT').map((n) => n.id));
    for (const column of COVERAGE_COLUMNS) for (const id of column.concepts) expect(ids).toContain(id);
  });

  it('offers the countries that join or sign an instrument or in which one applies', () => {
    const ids = jurisdictionsOf(seeds.nodes, seeds.relations).map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['ml-mali', 'ne-niger', 'sn-senegal']));
    // A donor's seat is not a jurisdiction of the framework.
    expect(ids).not.toContain('nl-netherlands');
  });

  it("finds Mali's coordination committee and leaves out bodies that do not address trafficking", () => {
    const [maliProfile] = compareJurisdictions(seeds, ['ml-mali'], '2020', ['un-tip-protocol']).profiles;
    const bodies = maliProfile!.bodies.map((b) => b.body.id);
    expect(bodies).toContain('ml-committee-tip');
    // Established by a law (a training institute) or a national body (the police) is not enough.
    expect(bodies).not.toContain('ml-infj');
    expect(bodies).not.toContain('ml-national-police');
    const committee = maliProfile!.bodies.find((b) => b.body.id === 'ml-committee-tip')!;
    expect(committee.establishedBy.map((e) => e.instrument.id)).toEqual(['ml-decree-2011-036']);
    expect(committee.citations.length).toBeGreaterThan(0);
  });

  it('keeps texts not yet made out of a comparison, and plans apart from law', () => {
    const at = (asOf: string) =>
      compareJurisdictions(seeds, ['ml-mali'], asOf, ['un-tip-protocol']).profiles[0]!;
    const ids2010 = at('2010').instruments.map((i) => i.instrument.id);
    expect(ids2010).not.toContain('ml-law-2012-023');
    const tip2010 = at('2010').coverage.find((c) => c.column.id === 'TRAFFICKING_IN_PERSONS')!;
    const tip2013 = at('2013').coverage.find((c) => c.column.id === 'TRAFFICKING_IN_PERSONS')!;
    expect(tip2013.status).toBe('LAW_IN_FORCE');
    expect(tip2013.links.map((l) => l.instrument.instrument.id)).toContain('ml-law-2012-023');
    expect(tip2013.citations.length).toBeGreaterThan(0);
    expect(tip2010.status).not.toBe('LAW_IN_FORCE');
    const plans = at('2020').instruments.filter((i) => i.instrument.type === 'ACTION_PLAN');
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => !p.binding)).toBe(true);
  });

  it('gives every state a row of the TIP map, and nobody is a party before the Protocol is in force', () => {
    const tip = node('un-tip-protocol');
    const jurisdictions = jurisdictionsOf(seeds.nodes, seeds.relations);
    for (const asOf of ['2003-06', '2003', '2010']) {
      const map = ratificationMap({ treaty: tip, jurisdictions, relations: seeds.relations, asOf });
      expect(map.rows).toHaveLength(jurisdictions.length);
      expect(map.legend.reduce((n, e) => n + e.count, 0)).toBe(jurisdictions.length);
      for (const row of map.rows.filter((r) => r.on.status === 'PARTY'))
        expect(row.on.since!.date >= '2003-12-25').toBe(true);
    }
    const june = ratificationMap({ treaty: tip, jurisdictions, relations: seeds.relations, asOf: '2003-06' });
    expect(june.rows.filter((r) => r.on.status === 'PARTY')).toEqual([]);
  });
});
