import { toDayRange, type PartialDate } from '../partial-date';
import { isStrictlyBefore } from './date-math';
import type { ConsentClaim, DatedClaim, EntryIntoForceClaim, ParticipationRecord } from './law-records';
import { preferReading } from './prefer-reading';

export type PartyStatus =
  /** Before the date from which the state is a party, with that date known: not a party yet. */
  | 'NOT_A_PARTY'
  /** Signed, no consent to be bound yet: a signature alone binds to little. */
  | 'SIGNATORY'
  /** Ratified (or acceded...) but the treaty is not yet in force for the state. */
  | 'CONSENTED_NOT_IN_FORCE'
  /** In force for the state on that date. */
  | 'PARTY'
  /** Before the only date the sources give ("a party by 2002"): the graph has no record, not a "no". */
  | 'NO_RECORD'
  /** A party, date unknown. */
  | 'UNDATED';

/** What the state's party status runs from. */
export type PartyBasisKind = 'ENTRY_INTO_FORCE' | 'DEPOSIT' | 'CONSENT' | 'PARTY_BY';

export interface PartyBasis {
  kind: PartyBasisKind;
  date: PartialDate;
  /** True when the date was computed by the treaty's rule, not read in a source. */
  computed: boolean;
  claim: DatedClaim;
}

export interface PartyOn {
  status: PartyStatus;
  /** The date party status runs from and where it comes from: the interface shows it. */
  basis?: PartyBasis;
  /** The latest signature or consent on or before the date asked (for SIGNATORY and CONSENTED_NOT_IN_FORCE). */
  reached?: DatedClaim;
  /** Readings not used (other entry-into-force dates, other consent dates or acts): "others exist". */
  alternatives: Array<ConsentClaim | EntryIntoForceClaim>;
}

/**
 * When the state became a party: the entry into force for it (a stated date before a computed one,
 * the best-supported first); failing that, the deposit; then any other consent date (a national
 * act, or "ratified" with no more said); then a date by which the sources say it was a party. Each
 * fallback is named in `kind`, so "party as of" never silently means "ratified as of".
 */
export function partyFrom(p: ParticipationRecord): PartyBasis | undefined {
  const stated = preferReading(p.entryIntoForce.filter((e) => !e.computed)).used;
  const eif = stated ?? preferReading(p.entryIntoForce.filter((e) => e.computed)).used;
  if (eif) return { kind: 'ENTRY_INTO_FORCE', date: eif.date, computed: eif.computed, claim: eif };
  const deposit = preferReading(p.consent.filter((c) => c.act === 'DEPOSIT')).used;
  if (deposit) return { kind: 'DEPOSIT', date: deposit.date, computed: false, claim: deposit };
  const consent =
    preferReading(p.consent.filter((c) => c.act === 'UNSPECIFIED')).used ?? preferReading(p.consent).used;
  if (consent) return { kind: 'CONSENT', date: consent.date, computed: false, claim: consent };
  const by = preferReading(p.partyBy).used;
  return by ? { kind: 'PARTY_BY', date: by.date, computed: false, claim: by } : undefined;
}

/** "Party as of D": in force for the state on D, with the stage used and the readings not used. */
export function partyOn(p: ParticipationRecord, date: PartialDate): PartyOn {
  const basis = partyFrom(p);
  const used = basis?.claim;
  const deposit =
    basis?.kind === 'ENTRY_INTO_FORCE' ? (basis.claim as EntryIntoForceClaim).fromDeposit : undefined;
  const alternatives = [...p.entryIntoForce, ...p.consent].filter(
    (c) => c !== used && !('act' in c && c.act === 'DEPOSIT' && c.date === deposit),
  );
  const onOrBefore = (claims: DatedClaim[]): DatedClaim | undefined =>
    claims
      .filter((c) => !isStrictlyBefore(date, c.date))
      .sort((a, b) => (toDayRange(a.date).first < toDayRange(b.date).first ? -1 : 1))
      .at(-1);
  const reachedConsent = onOrBefore(p.consent);
  const reachedSignature = onOrBefore(p.signature);
  const reached = reachedConsent ?? reachedSignature;
  const answer = (status: PartyStatus): PartyOn => ({
    status,
    ...(basis ? { basis } : {}),
    ...(reached && status !== 'PARTY' ? { reached } : {}),
    alternatives,
  });
  if (!basis) return answer('UNDATED');
  if (!isStrictlyBefore(date, basis.date)) return answer('PARTY');
  if (reachedConsent) return answer('CONSENTED_NOT_IN_FORCE');
  if (reachedSignature) return answer('SIGNATORY');
  return answer(basis.kind === 'PARTY_BY' ? 'NO_RECORD' : 'NOT_A_PARTY');
}
