import type { CitationRecord } from '../citation-records';
import type { PartialDate } from '../partial-date';
import type { RelationRecord } from '../records';
import { isStrictlyBefore } from './date-math';
import { inForceOn, type InstrumentStatusOn } from './instrument-status';
import type {
  ConsentClaim,
  DatedClaim,
  EntryIntoForceClaim,
  ParticipationRecord,
  StageRecord,
} from './law-records';
import { partyOn, type PartyBasisKind, type PartyOn } from './party-status';
import { preferReading } from './prefer-reading';

/**
 * A state's standing in a treaty on a date, in the four steps a ratification map colours, plus
 * one for what the graph cannot say. Coarser than `PartyStatus` on purpose: a map needs one colour
 * per state. PARTY is `partyOn`'s PARTY, so the two never disagree (where the sources give nothing
 * but a national act, `partyFrom` falls back on it, and the step says so). Before that, only a
 * deposit moves a state on from SIGNED: a national act authorising ratification does not bind it
 * internationally, and is reported beside the status (`nationalAct`).
 */
export type ParticipationStatus =
  /** No signature or deposit by that date: none recorded at all, or the first one is later. */
  | 'NOT_SIGNED'
  /** Signed, no instrument deposited yet. */
  | 'SIGNED'
  /** Ratification, accession... deposited (or "ratified" with no act said), not yet in force for the state. */
  | 'DEPOSITED_NOT_IN_FORCE'
  /** In force for the state on that date. */
  | 'PARTY'
  /** The sources give a party status with no usable date for that moment ("a party by 2002"). */
  | 'UNKNOWN';

/** In the order a legend lists them: from no step to party, then what the graph cannot say. */
export const PARTICIPATION_STATUSES: readonly ParticipationStatus[] = [
  'NOT_SIGNED',
  'SIGNED',
  'DEPOSITED_NOT_IN_FORCE',
  'PARTY',
  'UNKNOWN',
];

/** The step a status runs from: a signature, or one of the bases `partyFrom` knows. */
export type ParticipationStepKind = 'SIGNATURE' | PartyBasisKind;

export interface ParticipationStep {
  kind: ParticipationStepKind;
  date: PartialDate;
  /** True when the date was computed by the treaty's rule (an entry into force from a deposit). */
  computed: boolean;
  claim: DatedClaim;
}

export interface ParticipationStatusOn {
  status: ParticipationStatus;
  /** The date asked. A partial date is read as the project reads it everywhere: by its last day. */
  asOf: PartialDate;
  /** The step the status runs from (absent for NOT_SIGNED and UNKNOWN). */
  since?: ParticipationStep;
  /** True when `since` is a date Cadre computed, not one a source states. */
  computed: boolean;
  /** Other readings exist (another date, a national act beside the deposit): the interface says so. */
  otherReadings: boolean;
  /** False when the graph holds no participation of the state in the treaty at all. */
  recorded: boolean;
  /** The readings used for each step reached by `asOf`; later steps are left out. */
  signature?: DatedClaim;
  consent?: ConsentClaim;
  entryIntoForce?: EntryIntoForceClaim;
  /** A national act of ratification reached while no deposit is: said, but it does not move the status. */
  nationalAct?: ConsentClaim;
  /** The finer answer this one is read from (absent without a participation). */
  party?: PartyOn;
  /** The treaty's own status then: no state is a party to a treaty not yet in force. */
  treatyStatus: InstrumentStatusOn;
  /** The citations of the readings shown, each once. */
  citations: CitationRecord[];
}

/** A state's participation in one treaty as the graph holds it. */
export interface StateParticipation {
  partyTo?: RelationRecord;
  /** SIGNED relations from the state to the treaty (a signature with no PARTY_TO, e.g. Mali and the Firearms Protocol). */
  signed: RelationRecord[];
  /**
   * The PARTY_TO participation with the SIGNED relations' dates added as signature readings (one
   * reading per date, the citations of both kept); undefined when the graph holds neither.
   */
  participation?: ParticipationRecord;
}

const citationKey = (c: CitationRecord): string => `${c.sourceId}\u0000${c.quote}`;

/** Citations in order, each once. */
export function uniqueCitations(citations: readonly CitationRecord[]): CitationRecord[] {
  return [...new Map(citations.map((c) => [citationKey(c), c])).values()];
}

/** The PARTY_TO and SIGNED relations of a state with a treaty, merged into one participation. */
export function stateParticipation(
  stateId: string,
  treatyId: string,
  relations: readonly RelationRecord[],
): StateParticipation {
  const between = relations.filter((r) => r.from === stateId && r.to === treatyId);
  const partyTo = between.find((r) => r.kind === 'PARTY_TO');
  const signed = between.filter((r) => r.kind === 'SIGNED');
  const base = partyTo?.participation;
  if (!base && signed.length === 0) return { signed };
  const signature = [...(base?.signature ?? [])];
  for (const r of signed) {
    if (!r.validFrom) continue;
    const i = signature.findIndex((s) => s.date === r.validFrom);
    const same = signature[i];
    if (same) signature[i] = { ...same, citations: uniqueCitations([...same.citations, ...r.citations]) };
    else signature.push({ date: r.validFrom, citations: r.citations, ...(r.note ? { note: r.note } : {}) });
  }
  const participation: ParticipationRecord = {
    signature,
    consent: base?.consent ?? [],
    entryIntoForce: base?.entryIntoForce ?? [],
    partyBy: base?.partyBy ?? [],
  };
  return { ...(partyTo ? { partyTo } : {}), signed, participation };
}

/** Not in force yet by the treaty's own stages (an undated treaty does not hold a state back). */
const treatyNotYetInForce = (s: InstrumentStatusOn): boolean =>
  s.status === 'NOT_YET_ADOPTED' || s.status === 'ADOPTED_NOT_IN_FORCE';

/**
 * A state's standing in a treaty on `date`: NOT_SIGNED, SIGNED, DEPOSITED_NOT_IN_FORCE, PARTY or
 * UNKNOWN, with the step it runs from, whether that date was computed, whether other readings
 * exist, and the citations. PARTY is `partyOn`'s PARTY (entry into force for the state, stated or
 * computed by the treaty's rule; else the deposit...), never before the treaty's own entry into
 * force. A missing participation gives NOT_SIGNED with `recorded: false`: the graph holds no
 * signature, which is not proof that there was none, and the interface must say which it shows.
 */
export function participationStatusOn(
  participation: ParticipationRecord | undefined,
  treaty: { stages?: readonly StageRecord[] },
  date: PartialDate,
): ParticipationStatusOn {
  const treatyStatus = inForceOn(treaty, date);
  if (!participation) {
    return {
      status: 'NOT_SIGNED',
      asOf: date,
      computed: false,
      otherReadings: false,
      recorded: false,
      treatyStatus,
      citations: [],
    };
  }
  const p = participation;
  const party = partyOn(p, date);
  const reached = <T extends DatedClaim>(claims: readonly T[]): T[] =>
    claims.filter((c) => !isStrictlyBefore(date, c.date));
  const signature = preferReading(reached(p.signature)).used;
  const international = reached(p.consent.filter((c) => c.act !== 'NATIONAL_ACT'));
  const consent =
    preferReading(international.filter((c) => c.act === 'DEPOSIT')).used ?? preferReading(international).used;
  const actReached = preferReading(reached(p.consent.filter((c) => c.act === 'NATIONAL_ACT'))).used;
  const eif =
    preferReading(p.entryIntoForce.filter((e) => !e.computed)).used ??
    preferReading(p.entryIntoForce.filter((e) => e.computed)).used;
  const entryIntoForce = eif && reached([eif]).length > 0 ? eif : undefined;

  let status: ParticipationStatus;
  let since: ParticipationStep | undefined;
  if (party.status === 'PARTY' && party.basis && !treatyNotYetInForce(treatyStatus)) {
    status = 'PARTY';
    since = { ...party.basis };
  } else if (consent) {
    status = 'DEPOSITED_NOT_IN_FORCE';
    since = {
      kind: consent.act === 'DEPOSIT' ? 'DEPOSIT' : 'CONSENT',
      date: consent.date,
      computed: false,
      claim: consent,
    };
  } else if (signature) {
    status = 'SIGNED';
    since = { kind: 'SIGNATURE', date: signature.date, computed: false, claim: signature };
  } else {
    status = party.status === 'NO_RECORD' || party.status === 'UNDATED' ? 'UNKNOWN' : 'NOT_SIGNED';
  }
  // A national act is reported where it is what a state has beyond its signature.
  const nationalAct = status === 'SIGNED' || status === 'NOT_SIGNED' ? actReached : undefined;
  const shown = [signature, consent, entryIntoForce, nationalAct, since?.claim].filter(
    (c): c is DatedClaim => c !== undefined,
  );
  return {
    status,
    asOf: date,
    ...(since ? { since } : {}),
    computed: since?.computed ?? false,
    otherReadings: party.alternatives.length > 0 || p.signature.length > 1 || p.partyBy.length > 1,
    recorded: true,
    ...(signature ? { signature } : {}),
    ...(consent ? { consent } : {}),
    ...(entryIntoForce ? { entryIntoForce } : {}),
    ...(nationalAct ? { nationalAct } : {}),
    party,
    treatyStatus,
    citations: uniqueCitations(shown.flatMap((c) => c.citations)),
  };
}
