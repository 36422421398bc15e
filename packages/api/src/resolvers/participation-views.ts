import { partyOn, preferReading, type DatedClaim, type ParticipationRecord } from '@cadre/model';
import type { ClaimType, ClaimView } from '../schema.mappers';
import { today } from './localized';

/**
 * The claims a participation holds, each with its type and whether it is the reading used. For
 * consent and entry into force, "used" means not among `partyOn`'s alternatives (the readings the
 * answer does not rest on: another date, a national act when the deposit counts); those do not
 * depend on the date asked. For signature and "party by", the best-supported reading.
 */
export function claimViews(p: ParticipationRecord): ClaimView[] {
  const alternatives = new Set<DatedClaim>(partyOn(p, today()).alternatives);
  const preferred = (list: DatedClaim[]): DatedClaim | undefined => preferReading(list).used;
  const signature = preferred(p.signature);
  const partyBy = preferred(p.partyBy);
  const views = (type: ClaimType, list: DatedClaim[], used: (c: DatedClaim) => boolean): ClaimView[] =>
    list.map((claim) => ({ type, claim, used: used(claim) }));
  return [
    ...views('SIGNATURE', p.signature, (c) => c === signature),
    ...views('CONSENT', p.consent, (c) => !alternatives.has(c)),
    ...views('ENTRY_INTO_FORCE', p.entryIntoForce, (c) => !alternatives.has(c)),
    ...views('PARTY_BY', p.partyBy, (c) => c === partyBy),
  ];
}

/**
 * One claim as the API shows it, found among its participation's claims (the model's answers
 * point into the same record, so it is always there; a claim from elsewhere is a bug, said aloud).
 */
export function claimView(p: ParticipationRecord, claim: DatedClaim): ClaimView {
  const view = claimViews(p).find((v) => v.claim === claim);
  if (!view) throw new Error(`A participation claim (${claim.date}) is not part of its participation`);
  return view;
}
