import type { Confidence, RelationRecord } from '../records';
import type { InstrumentStatus } from '../law/instrument-status';
import type { PartyBasisKind, PartyStatus } from '../law/party-status';
import type { Label } from '../vocabulary/node-kinds';
import type { Lang } from './sentence-name';

/**
 * The words the interface adds around the graph's facts, in both languages, so the French
 * interface never shows an English marker. Stage labels live with the stages (law/stage-kinds.ts).
 */
export const INFERRED_MARKER: Label = { en: 'inferred', fr: 'déduit' };

export const CONFIDENCE_LABELS: Record<Confidence, Label> = {
  high: { en: 'high confidence', fr: 'confiance élevée' },
  medium: { en: 'medium confidence', fr: 'confiance moyenne' },
};

/** A seed article's quote carries no confidence: it is the primary source. */
export const PRIMARY_SOURCE_LABEL: Label = {
  en: 'seed article (verbatim)',
  fr: 'article source (citation exacte)',
};

export const UNDATED_LABEL: Label = { en: 'undated', fr: 'non daté' };

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, Label> = {
  UNDATED: { en: 'Undated', fr: 'Non daté' },
  NOT_YET_ADOPTED: { en: 'Not yet adopted', fr: 'Pas encore adopté' },
  ADOPTED_NOT_IN_FORCE: { en: 'Adopted, not yet in force', fr: 'Adopté, pas encore en vigueur' },
  IN_FORCE: { en: 'In force', fr: 'En vigueur' },
  ENDED: { en: 'No longer in force', fr: 'Plus en vigueur' },
};

export const PARTY_STATUS_LABELS: Record<PartyStatus, Label> = {
  NOT_A_PARTY: { en: 'Not a party', fr: 'Non partie' },
  SIGNATORY: { en: 'Signatory', fr: 'Signataire' },
  CONSENTED_NOT_IN_FORCE: {
    en: 'Ratified, not yet in force for the State',
    fr: "Ratification faite, pas encore en vigueur pour l'État",
  },
  PARTY: { en: 'Party', fr: 'Partie' },
  NO_RECORD: { en: 'No record in the graph', fr: 'Aucune donnée dans le graphe' },
  UNDATED: { en: 'Party (date unknown)', fr: 'Partie (date inconnue)' },
};

export const PARTY_BASIS_LABELS: Record<PartyBasisKind, Label> = {
  ENTRY_INTO_FORCE: { en: 'entry into force for the State', fr: "entrée en vigueur pour l'État" },
  DEPOSIT: { en: 'deposit of the instrument', fr: "dépôt de l'instrument" },
  CONSENT: { en: 'ratification (act not specified)', fr: 'ratification (acte non précisé)' },
  PARTY_BY: { en: 'party by this date', fr: 'partie à cette date au plus tard' },
};

export const COMPUTED_LABEL: Label = { en: 'computed', fr: 'calculé' };

export function confidenceLabel(confidence: Confidence | undefined, lang: Lang): string {
  return (confidence ? CONFIDENCE_LABELS[confidence] : PRIMARY_SOURCE_LABEL)[lang];
}

/** A relation's note in the interface language. */
export function relationNote(relation: Pick<RelationRecord, 'note'>, lang: Lang): string | undefined {
  return relation.note?.[lang];
}
