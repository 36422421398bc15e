import { computeEntryIntoForce } from '../law/compute-entry-into-force';
import { inForceOn } from '../law/instrument-status';
import type { ParticipationRecord, StageRecord } from '../law/law-records';
import { partyOn } from '../law/party-status';

const cite = [{ sourceId: 's', quote: 'q', confidence: 'high' as const }];
const medium = [{ sourceId: 's', quote: 'q', confidence: 'medium' as const }];
const stage = (kind: StageRecord['stage'], date?: string, extra: Partial<StageRecord> = {}): StageRecord => ({
  stage: kind,
  ...(date ? { date } : {}),
  inferred: false,
  citations: cite,
  ...extra,
});
const RULE = { daysAfterDeposit: 30, notBeforeTreatyInForce: true };

describe('entry into force for a state, by the treaty rule', () => {
  it('is held back to the treaty’s own entry into force (Mali, TIP Protocol)', () => {
    expect(computeEntryIntoForce(RULE, '2002-04-12', '2003-12-25')).toEqual({
      date: '2003-12-25',
      earliest: '2003-12-25',
      latest: '2003-12-25',
      heldBackByTreaty: true,
    });
  });

  it('is the 30th day after a later deposit (the checks of facts-region.md)', () => {
    expect(computeEntryIntoForce(RULE, '2006-10-27', '2003-09-29').date).toBe('2006-11-26'); // Switzerland, UNTOC
    expect(computeEntryIntoForce(RULE, '2004-08-30', '2003-12-25').date).toBe('2004-09-29'); // Benin, TIP
    expect(computeEntryIntoForce(RULE, '2012-05-24', '2003-12-25').date).toBe('2012-06-23'); // Burundi, TIP
  });

  it('keeps the imprecision of a deposit known to the month', () => {
    const r = computeEntryIntoForce(RULE, '2009-08', '2003-09-29');
    expect(r).toMatchObject({ earliest: '2009-08-31', latest: '2009-09-30', heldBackByTreaty: false });
    expect(r.date).toBe('2009');
  });
});

describe('inForceOn: adopted is not in force', () => {
  const tip = {
    stages: [
      stage('ADOPTED', '2000-11-15'),
      stage('OPENED_FOR_SIGNATURE', '2000-12-12'),
      stage('ENTERED_INTO_FORCE', '2003-12-25'),
    ],
  };

  it('says adopted-not-in-force between adoption and entry into force, naming the stages', () => {
    expect(inForceOn(tip, '1999')).toMatchObject({ status: 'NOT_YET_ADOPTED', basis: { stage: 'ADOPTED' } });
    expect(inForceOn(tip, '2001-06-01')).toMatchObject({
      status: 'ADOPTED_NOT_IN_FORCE',
      basis: { stage: 'ENTERED_INTO_FORCE', date: '2003-12-25' },
      reached: { stage: 'OPENED_FOR_SIGNATURE' },
      substitute: false,
    });
    expect(inForceOn(tip, '2004-01-01')).toMatchObject({ status: 'IN_FORCE', substitute: false });
  });

  it('reads a partial date generously, as asOf does', () => {
    expect(inForceOn(tip, '2003').status).toBe('IN_FORCE');
    expect(inForceOn(tip, '2003-11').status).toBe('ADOPTED_NOT_IN_FORCE');
  });

  it('uses the stage the sources give when they give no entry into force, and says so', () => {
    const law = { stages: [stage('ADOPTED', '2012'), stage('PROMULGATED', '2012-07-12')] };
    expect(inForceOn(law, '2013')).toMatchObject({
      status: 'IN_FORCE',
      basis: { stage: 'PROMULGATED', date: '2012-07-12' },
      substitute: true,
    });
  });

  it('ends at a repeal, keeps undated ends as a caveat, and never guesses for an undated text', () => {
    const repealed = { stages: [stage('PROMULGATED', '2015-05-26'), stage('REPEALED', '2023-11-25')] };
    expect(inForceOn(repealed, '2024')).toMatchObject({ status: 'ENDED', basis: { stage: 'REPEALED' } });
    const lapsed = {
      stages: [stage('ADOPTED', '2002-06-05'), stage('LAPSED', undefined, { reason: { en: 'x', fr: 'x' } })],
    };
    expect(inForceOn(lapsed, '2010')).toMatchObject({ status: 'IN_FORCE', undatedEnd: { stage: 'LAPSED' } });
    expect(inForceOn({}, '2010')).toMatchObject({ status: 'UNDATED', substitute: false });
  });

  it('uses the best-supported of conflicting dates and lists the others', () => {
    const benin = {
      stages: [stage('PROMULGATED', '2006-04-05', { citations: medium }), stage('PROMULGATED', '2006-04-10')],
    };
    const answer = inForceOn(benin, '2007');
    expect(answer.basis?.date).toBe('2006-04-10');
    expect(answer.alternatives.map((s) => s.date)).toEqual(['2006-04-05']);
  });
});

describe('partyOn: party means in force for the state', () => {
  const mali: ParticipationRecord = {
    signature: [{ date: '2000-12-15', citations: medium }],
    consent: [
      { kind: 'RATIFICATION', act: 'DEPOSIT', date: '2002-04-12', citations: medium },
      {
        kind: 'RATIFICATION',
        act: 'NATIONAL_ACT',
        actName: 'Loi n° 02-021/AN-RM',
        date: '2002-06-03',
        citations: medium,
      },
    ],
    entryIntoForce: [{ date: '2003-12-25', computed: true, fromDeposit: '2002-04-12', citations: medium }],
    partyBy: [],
  };

  it('goes from not a party to signatory, ratified, and party on the computed date', () => {
    expect(partyOn(mali, '2000-01-01').status).toBe('NOT_A_PARTY');
    expect(partyOn(mali, '2001-06-01')).toMatchObject({
      status: 'SIGNATORY',
      reached: { date: '2000-12-15' },
    });
    expect(partyOn(mali, '2002-05-01').status).toBe('CONSENTED_NOT_IN_FORCE');
    expect(partyOn(mali, '2004-01-01')).toMatchObject({
      status: 'PARTY',
      basis: { kind: 'ENTRY_INTO_FORCE', date: '2003-12-25', computed: true },
    });
  });

  it('keeps the conflicting national act as an alternative, not as the basis', () => {
    expect(partyOn(mali, '2004-01-01').alternatives).toEqual([
      expect.objectContaining({ date: '2002-06-03', act: 'NATIONAL_ACT' }),
    ]);
  });

  it('prefers a stated entry into force to a computed one', () => {
    const stated = {
      ...mali,
      entryIntoForce: [{ date: '2004-01-10', computed: false, citations: cite }, ...mali.entryIntoForce],
    };
    expect(partyOn(stated, '2004-02-01')).toMatchObject({ basis: { date: '2004-01-10', computed: false } });
  });

  it('has no record before a "party by" date, and stays undated without any date', () => {
    const opsc: ParticipationRecord = {
      signature: [],
      consent: [],
      entryIntoForce: [],
      partyBy: [{ date: '2002', citations: medium }],
    };
    expect(partyOn(opsc, '1985').status).toBe('NO_RECORD');
    expect(partyOn(opsc, '2002-06')).toMatchObject({ status: 'PARTY', basis: { kind: 'PARTY_BY' } });
    expect(partyOn({ signature: [], consent: [], entryIntoForce: [], partyBy: [] }, '2000').status).toBe(
      'UNDATED',
    );
  });
});
