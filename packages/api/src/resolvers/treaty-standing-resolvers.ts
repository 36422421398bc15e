import {
  PARTICIPATION_STATUS_LABELS,
  participationExplanation,
  participationStepLabel,
  type DatedClaim,
  type ParticipationRecord,
} from '@cadre/model';
import type { ParticipationStepResolvers, TreatyStandingResolvers } from '../generated/resolvers-types';
import type { ClaimView } from '../schema.mappers';
import { langOr, modelLang, pick } from './localized';
import { claimView } from './participation-views';

/** A claim the model returned, as the API shows it (it always belongs to the standing's participation). */
function claimOf(
  participation: ParticipationRecord | undefined,
  claim: DatedClaim | undefined,
): ClaimView | null {
  if (!claim) return null;
  if (!participation) throw new Error(`A participation claim (${claim.date}) without its participation`);
  return claimView(participation, claim);
}

/**
 * TreatyStanding: a state's standing in a treaty on a date (the model's `participationStatusOn`
 * over its PARTY_TO and SIGNED relations merged by `stateParticipation`).
 */
export const treatyStandingResolvers = {
  TreatyStanding: {
    jurisdiction: ({ standing, lang }) => ({ node: standing.jurisdiction, lang }),
    treaty: ({ standing }) => standing.treaty,
    asOf: ({ standing }) => standing.on.asOf,
    status: ({ standing }) => standing.on.status,
    label: ({ standing, lang }, args) =>
      pick(PARTICIPATION_STATUS_LABELS[standing.on.status], langOr(args.lang, lang)),
    explanation: ({ standing, lang }, args) =>
      participationExplanation(standing.on, modelLang(langOr(args.lang, lang))),
    recorded: ({ standing }) => standing.on.recorded,
    since: ({ standing, lang }) =>
      standing.on.since && standing.participation
        ? { step: standing.on.since, participation: standing.participation, lang }
        : null,
    computed: ({ standing }) => standing.on.computed,
    otherReadings: ({ standing }) => standing.on.otherReadings,
    signatureDate: ({ standing }) => standing.on.signature?.date ?? null,
    consentDate: ({ standing }) => standing.on.consent?.date ?? null,
    consentKind: ({ standing }) => standing.on.consent?.kind ?? null,
    consentAct: ({ standing }) => standing.on.consent?.act ?? null,
    entryIntoForceDate: ({ standing }) => standing.on.entryIntoForce?.date ?? null,
    entryIntoForceComputed: ({ standing }) => standing.on.entryIntoForce?.computed ?? false,
    signature: ({ standing }) => claimOf(standing.participation, standing.on.signature),
    consent: ({ standing }) => claimOf(standing.participation, standing.on.consent),
    entryIntoForce: ({ standing }) => claimOf(standing.participation, standing.on.entryIntoForce),
    nationalAct: ({ standing }) => claimOf(standing.participation, standing.on.nationalAct),
    partyStatus: ({ standing }) =>
      standing.participation && standing.on.party
        ? { asOf: standing.on.asOf, on: standing.on.party, participation: standing.participation }
        : null,
    treatyStatus: ({ standing }) => ({
      asOf: standing.on.asOf,
      on: standing.on.treatyStatus,
      instrument: standing.treaty,
    }),
    relation: ({ standing }) => standing.partyTo ?? null,
    signedRelations: ({ standing }) => standing.signed,
    sources: ({ standing }) => standing.on.citations,
  } satisfies TreatyStandingResolvers,

  ParticipationStep: {
    kind: ({ step }) => step.kind,
    label: ({ step, lang }, args) => pick(participationStepLabel(step), langOr(args.lang, lang)),
    date: ({ step }) => step.date,
    computed: ({ step }) => step.computed,
    claim: ({ step, participation }) => claimView(participation, step.claim),
  } satisfies ParticipationStepResolvers,
};
