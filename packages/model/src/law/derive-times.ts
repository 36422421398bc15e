import type { PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import { computeEntryIntoForce } from './compute-entry-into-force';
import { earlierEnd, laterStart } from './date-math';
import { inForceStage, instrumentLifespan, stageReading } from './instrument-status';
import type { EntryIntoForceClaim, ParticipationRecord, TimeBasis } from './law-records';
import { partyFrom } from './party-status';
import { preferReading } from './prefer-reading';

type Times = Pick<NodeRecord, 'validFrom' | 'validTo' | 'timeBasis'>;

const times = (
  validFrom: PartialDate | undefined,
  validTo: PartialDate | undefined,
  basis: TimeBasis,
): Times => ({
  ...(validFrom ? { validFrom } : {}),
  ...(validTo ? { validTo } : {}),
  timeBasis: validFrom || validTo ? basis : basis === 'TIMELESS' ? 'TIMELESS' : 'UNDATED',
});

/**
 * When a node exists in the graph (not whether it is in force: see `inForceOn`). An instrument
 * exists from its first dated stage to its end; an event once it has begun (it stays part of the
 * framework's history); places and concepts are timeless. Provisions are handled by the caller,
 * which knows their instrument.
 */
export function nodeTimes(node: NodeRecord): Times {
  switch (node.kind) {
    case 'INSTRUMENT': {
      const { first, end } = instrumentLifespan(node.stages ?? []);
      return times(first?.date, end?.date, 'STAGES');
    }
    case 'INSTITUTION':
      return times(node.establishedOn, node.dissolvedOn, 'STATED');
    case 'PROGRAMME':
      return times(node.startDate, node.endDate, 'STATED');
    case 'EVENT':
      return times(node.startDate, undefined, 'STATED');
    default:
      return { timeBasis: 'TIMELESS' };
  }
}

/** The dates the current API still reads from instruments, derived from their stages. */
export function legacyInstrumentDates(node: NodeRecord): Partial<NodeRecord> {
  const stages = node.stages ?? [];
  const date = (kind: Parameters<typeof stageReading>[1]): PartialDate | undefined =>
    stageReading(stages, kind).used?.date;
  const { end } = instrumentLifespan(stages);
  const endStage = end ?? stages.find((s) => s.stage === 'LAPSED' || s.stage === 'REPEALED');
  const out: Partial<NodeRecord> = {
    adoptedOn: date('ADOPTED'),
    signedOn: date('SIGNED'),
    inForceOn: date('ENTERED_INTO_FORCE'),
    launchedOn: date('LAUNCHED'),
    endedOn: end?.date,
    endNote: endStage?.reason?.en,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * Adds the entry into force computed by the treaty's rule when no source states one: from the
 * best-supported deposit (a national act does not start the treaty's clock). Marked computed.
 */
export function withComputedEntryIntoForce(p: ParticipationRecord, treaty: NodeRecord): ParticipationRecord {
  const rule = treaty.entryIntoForceRule;
  if (!rule || p.entryIntoForce.some((e) => !e.computed)) return p;
  const deposit = preferReading(p.consent.filter((c) => c.act === 'DEPOSIT')).used;
  if (!deposit) return p;
  const treatyInForce = inForceStage(treaty.stages ?? []);
  const own = treatyInForce.substitute ? undefined : treatyInForce.stage?.date;
  const result = computeEntryIntoForce(rule, deposit.date, own);
  const article = rule.article ? ` (art. ${rule.article})` : '';
  const held = result.heldBackByTreaty && own;
  const computed: EntryIntoForceClaim = {
    date: result.date,
    computed: true,
    fromDeposit: deposit.date,
    note: {
      en:
        `Computed by the treaty's rule${article}: ${rule.daysAfterDeposit} days after the deposit of ${deposit.date}` +
        (held ? `, held back to the treaty's own entry into force (${own}).` : '.'),
      fr:
        `Calculée selon la règle du traité${article} : ${rule.daysAfterDeposit} jours après le dépôt du ${deposit.date}` +
        (held ? `, reportée à l'entrée en vigueur du traité lui-même (${own}).` : '.'),
    },
    citations: [...deposit.citations, ...rule.citations],
  };
  return { ...p, entryIntoForce: [...p.entryIntoForce, computed] };
}

const endsTimeless = (a: NodeRecord, b: NodeRecord): boolean =>
  a.timeBasis === 'TIMELESS' && b.timeBasis === 'TIMELESS';

/**
 * When a relation stands. Stated dates win. A PARTY_TO relation stands from the state's entry into
 * force (see `partyFrom`). Otherwise a relation takes its time from its ends: from the later of
 * their starts to the earlier of their ends, because a relation cannot hold before both of the
 * things it joins exist (Mali cannot be party in 1985 to a protocol the graph dates from 2002).
 */
export function relationTimes(r: RelationRecord, from: NodeRecord, to: NodeRecord): Times {
  const endsStart = laterStart(from.validFrom, to.validFrom);
  const endsEnd = earlierEnd(from.validTo, to.validTo);
  if (r.participation) {
    const party = partyFrom(r.participation)?.date;
    return times(laterStart(party, endsStart), r.validTo ?? endsEnd, party ? 'PARTICIPATION' : 'ENDS');
  }
  if (r.validFrom) return times(r.validFrom, r.validTo ?? endsEnd, 'STATED');
  return times(endsStart, r.validTo ?? endsEnd, endsTimeless(from, to) ? 'TIMELESS' : 'ENDS');
}
