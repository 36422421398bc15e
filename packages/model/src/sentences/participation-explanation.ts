import type { ParticipationStatusOn } from '../law/participation-status';
import type { Label } from '../vocabulary/node-kinds';
import {
  NO_PARTICIPATION_RECORDED,
  PARTICIPATION_STATUS_LABELS,
  participationStepLabel,
} from './comparison-labels';
import { PARTY_BASIS_LABELS } from './interface-labels';
import type { Lang } from './sentence-name';

const COMPUTED_DATE: Label = { en: 'computed date', fr: 'date calculée' };
const OTHER_READINGS: Label = { en: 'Other readings exist.', fr: "D'autres lectures existent." };
const NATIONAL_ACT: Label = {
  en: 'A national act of ratification is recorded',
  fr: 'Un acte national de ratification est enregistré',
};
const NO_DEPOSIT: Label = {
  en: 'it does not bind the State until an instrument is deposited',
  fr: "il n'engage l'État qu'une fois un instrument déposé",
};
const TREATY_NOT_IN_FORCE: Label = {
  en: 'The treaty itself is not yet in force.',
  fr: "Le traité lui-même n'est pas encore en vigueur.",
};

/**
 * A state's standing in a treaty in words, naming the step it rests on and saying when the date
 * was computed, when other readings exist and when nothing is recorded at all: "Party (in force) —
 * entry into force for the State: 2003-12-25 (computed date). Other readings exist."
 */
export function participationExplanation(on: ParticipationStatusOn, lang: Lang): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const semicolon = lang === 'fr' ? ' ; ' : '; ';
  const label = PARTICIPATION_STATUS_LABELS[on.status][lang];
  const basis = on.since ?? (on.status === 'UNKNOWN' ? on.party?.basis : undefined);
  const step = basis
    ? (on.since ? participationStepLabel(basis) : PARTY_BASIS_LABELS[basis.kind as 'PARTY_BY'])[lang]
    : undefined;
  const sentences = [
    basis && step
      ? `${label} — ${step}${colon}${basis.date}${basis.computed ? ` (${COMPUTED_DATE[lang]})` : ''}.`
      : on.recorded
        ? `${label}.`
        : `${label} — ${NO_PARTICIPATION_RECORDED[lang].toLowerCase()}.`,
  ];
  if (on.nationalAct) {
    const name = on.nationalAct.actName ? ` (${on.nationalAct.actName})` : '';
    sentences.push(
      `${NATIONAL_ACT[lang]}${name}${colon}${on.nationalAct.date}${semicolon}${NO_DEPOSIT[lang]}.`,
    );
  }
  const treaty = on.treatyStatus.status;
  if (
    on.status === 'DEPOSITED_NOT_IN_FORCE' &&
    (treaty === 'ADOPTED_NOT_IN_FORCE' || treaty === 'NOT_YET_ADOPTED')
  )
    sentences.push(TREATY_NOT_IN_FORCE[lang]);
  if (on.otherReadings) sentences.push(OTHER_READINGS[lang]);
  return sentences.join(' ');
}
