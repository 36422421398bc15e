import {
  INSTRUMENT_STATUS_LABELS,
  STAGE_KINDS,
  type InstrumentStatusOn,
  type Label,
  type StageRecord,
} from '@cadre/model';
import type { Lang } from '../generated/resolvers-types';
import { modelLang } from './localized';

const NO_ENTRY_INTO_FORCE: Label = {
  en: 'entry into force not recorded',
  fr: 'entrée en vigueur non enregistrée',
};
const NO_DATED_STAGE: Label = { en: 'no dated stage in the graph', fr: 'aucune étape datée dans le graphe' };
const OTHER_READINGS: Label = {
  en: 'Other readings of this date exist.',
  fr: "D'autres lectures de cette date existent.",
};
const UNDATED_END: Label = {
  en: 'An end is recorded without a date',
  fr: 'Une fin est enregistrée sans date',
};

/**
 * The status in words, naming the stage it rests on, so "in force" is never read from a vote or a
 * promulgation without saying so: "In force (promulgation: 2012-07-12; entry into force not
 * recorded)." Built as "label (stage: date)" so that French needs no agreement with the stage noun.
 */
export function statusExplanation(on: InstrumentStatusOn, lang: Lang): string {
  const l = modelLang(lang);
  const colon = l === 'fr' ? ' : ' : ': ';
  const label = INSTRUMENT_STATUS_LABELS[on.status][l];
  const stageName = (s: StageRecord): string => STAGE_KINDS[s.stage].label[l].toLowerCase();
  const detail = on.basis
    ? `${stageName(on.basis)}${colon}${on.basis.date ?? '?'}` +
      (on.substitute ? `${l === 'fr' ? ' ; ' : '; '}${NO_ENTRY_INTO_FORCE[l]}` : '')
    : on.status === 'UNDATED'
      ? NO_DATED_STAGE[l]
      : '';
  const sentences = [detail ? `${label} (${detail}).` : `${label}.`];
  if (on.alternatives.length > 0) sentences.push(OTHER_READINGS[l]);
  if (on.undatedEnd) sentences.push(`${UNDATED_END[l]} (${stageName(on.undatedEnd)}).`);
  return sentences.join(' ');
}
