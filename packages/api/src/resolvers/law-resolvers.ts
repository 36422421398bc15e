import {
  PARTY_BASIS_LABELS,
  PARTY_STATUS_LABELS,
  STAGE_KINDS,
  INSTRUMENT_STATUS_LABELS,
  partyFrom,
  partyOn,
} from '@cadre/model';
import type {
  EntryIntoForceRuleResolvers,
  InForceStatusResolvers,
  ParticipationClaimResolvers,
  ParticipationResolvers,
  PartyBasisResolvers,
  PartyStatusOnResolvers,
  StageResolvers,
} from '../generated/resolvers-types';
import { requirePartialDate } from './partial-date-scalar';
import { claimView, claimViews } from './participation-views';
import { pick, pickText, today } from './localized';
import { stageView } from './stage-views';
import { statusExplanation } from './status-explanation';

/** The resolvers of schema/law.graphql: stages, in-force status and participation. */
export const stageResolvers = {
  stage: ({ stage }) => stage.stage,
  label: ({ stage }, { lang }) => pick(STAGE_KINDS[stage.stage].label, lang),
  date: ({ stage }) => stage.date ?? null,
  by: ({ stage }, _, { nodes }) => (stage.byId ? nodes.load(stage.byId) : null),
  reason: ({ stage }, { lang }) => pickText(stage.reason, lang),
  note: ({ stage }, { lang }) => pickText(stage.note, lang),
  inferred: ({ stage }) => stage.inferred,
  used: ({ used }) => used,
  sources: ({ stage }) => stage.citations,
} satisfies StageResolvers;

export const inForceStatusResolvers = {
  asOf: ({ asOf }) => asOf,
  status: ({ on }) => on.status,
  label: ({ on }, { lang }) => pick(INSTRUMENT_STATUS_LABELS[on.status], lang),
  basis: ({ on, instrument }) => (on.basis ? stageView(instrument.stages ?? [], on.basis) : null),
  substitute: ({ on }) => on.substitute,
  explanation: ({ on }, { lang }) => statusExplanation(on, lang),
  reached: ({ on, instrument }) => (on.reached ? stageView(instrument.stages ?? [], on.reached) : null),
  alternatives: ({ on, instrument }) => on.alternatives.map((s) => stageView(instrument.stages ?? [], s)),
  undatedEnd: ({ on, instrument }) =>
    on.undatedEnd ? stageView(instrument.stages ?? [], on.undatedEnd) : null,
} satisfies InForceStatusResolvers;

export const entryIntoForceRuleResolvers = {
  article: (rule) => rule.article ?? null,
  sources: (rule) => rule.citations,
} satisfies EntryIntoForceRuleResolvers;

const ofType = (p: Parameters<typeof claimViews>[0], type: string) =>
  claimViews(p).filter((v) => v.type === type);

export const participationResolvers = {
  signature: (p) => ofType(p, 'SIGNATURE'),
  consent: (p) => ofType(p, 'CONSENT'),
  entryIntoForce: (p) => ofType(p, 'ENTRY_INTO_FORCE'),
  partyBy: (p) => ofType(p, 'PARTY_BY'),
  partyFrom: (p) => {
    const basis = partyFrom(p);
    return basis ? { basis, participation: p } : null;
  },
  status: (p, { asOf }) => {
    const date = asOf ? requirePartialDate(asOf, 'asOf') : today();
    return { asOf: date, on: partyOn(p, date), participation: p };
  },
  alternatives: (p) => claimViews(p).filter((v) => !v.used),
} satisfies ParticipationResolvers;

export const participationClaimResolvers = {
  type: ({ type }) => type,
  date: ({ claim }) => claim.date,
  consentKind: ({ claim }) => claim.kind ?? null,
  act: ({ claim }) => claim.act ?? null,
  actName: ({ claim }) => claim.actName ?? null,
  computed: ({ claim }) => claim.computed ?? false,
  fromDeposit: ({ claim }) => claim.fromDeposit ?? null,
  note: ({ claim }, { lang }) => pickText(claim.note, lang),
  used: ({ used }) => used,
  sources: ({ claim }) => claim.citations,
} satisfies ParticipationClaimResolvers;

export const partyBasisResolvers = {
  kind: ({ basis }) => basis.kind,
  label: ({ basis }, { lang }) => pick(PARTY_BASIS_LABELS[basis.kind], lang),
  date: ({ basis }) => basis.date,
  computed: ({ basis }) => basis.computed,
  claim: ({ basis, participation }) => claimView(participation, basis.claim),
} satisfies PartyBasisResolvers;

export const partyStatusOnResolvers = {
  asOf: ({ asOf }) => asOf,
  status: ({ on }) => on.status,
  label: ({ on }, { lang }) => pick(PARTY_STATUS_LABELS[on.status], lang),
  basis: ({ on, participation }) => (on.basis ? { basis: on.basis, participation } : null),
  reached: ({ on, participation }) => (on.reached ? claimView(participation, on.reached) : null),
  alternatives: ({ on, participation }) => on.alternatives.map((c) => claimView(participation, c)),
} satisfies PartyStatusOnResolvers;
