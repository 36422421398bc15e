import type { CoverageStatus } from '../law/national-coverage';
import type {
  ParticipationStatus,
  ParticipationStep,
  ParticipationStepKind,
} from '../law/participation-status';
import type { Label } from '../vocabulary/node-kinds';

/**
 * The words of "Compare jurisdictions" and the ratification map, in both languages. As with the
 * implementation map, an empty cell is always said with what it means: the graph holds nothing,
 * which is not a finding that the state did not sign or that its law is silent.
 */
export const PARTICIPATION_STATUS_LABELS: Record<ParticipationStatus, Label> = {
  NOT_SIGNED: { en: 'Not signed', fr: 'Non signé' },
  SIGNED: { en: 'Signed', fr: 'Signé' },
  DEPOSITED_NOT_IN_FORCE: {
    en: 'Deposited, not yet in force',
    fr: 'Instrument déposé, pas encore en vigueur',
  },
  PARTY: { en: 'Party (in force)', fr: 'Partie (en vigueur)' },
  UNKNOWN: { en: 'Not known from the graph', fr: 'Inconnu dans le graphe' },
};

/** What each legend category means, for the legend and the table that is the map's text alternative. */
export const PARTICIPATION_STATUS_NOTES: Record<ParticipationStatus, Label> = {
  NOT_SIGNED: {
    en: 'No signature or deposit by this date in the graph. Where no participation is recorded at all, this is a gap in the sources loaded here, not proof that the State never signed.',
    fr: "Aucune signature ni aucun dépôt à cette date dans le graphe. Lorsqu'aucune participation n'est enregistrée, c'est une lacune des sources chargées ici, non la preuve que l'État n'a jamais signé.",
  },
  SIGNED: {
    en: 'Signed; no instrument of ratification, accession, acceptance or approval deposited yet. A signature alone binds to little.',
    fr: "Signé ; aucun instrument de ratification, d'adhésion, d'acceptation ou d'approbation encore déposé. Une signature seule engage peu.",
  },
  DEPOSITED_NOT_IN_FORCE: {
    en: 'The instrument is deposited but the treaty is not yet in force for the State (the treaty’s rule: the 30th day after deposit, never before its own entry into force).',
    fr: "L'instrument est déposé mais le traité n'est pas encore en vigueur pour l'État (règle du traité : le 30e jour après le dépôt, jamais avant sa propre entrée en vigueur).",
  },
  PARTY: {
    en: 'The treaty is in force for the State on this date.',
    fr: "Le traité est en vigueur pour l'État à cette date.",
  },
  UNKNOWN: {
    en: 'The sources say the State is a party but give no date usable for this moment (e.g. "a party by 2002").',
    fr: "Les sources disent que l'État est partie sans donner de date utilisable pour ce moment (p. ex. « partie en 2002 au plus tard »).",
  },
};

export const PARTICIPATION_STEP_LABELS: Record<ParticipationStepKind, Label> = {
  SIGNATURE: { en: 'signature', fr: 'signature' },
  ENTRY_INTO_FORCE: { en: 'entry into force for the State', fr: "entrée en vigueur pour l'État" },
  DEPOSIT: { en: 'deposit of the instrument', fr: "dépôt de l'instrument" },
  CONSENT: { en: 'ratification (act not specified)', fr: 'ratification (acte non précisé)' },
  PARTY_BY: { en: 'party by this date', fr: 'partie à cette date au plus tard' },
};

/**
 * A step's label. A consent that is a national act stands in for party status only where the
 * sources give nothing else (`partyFrom`'s last fallback): it is named as what it is.
 */
export function participationStepLabel(step: Pick<ParticipationStep, 'kind' | 'claim'>): Label {
  const nationalAct = 'act' in step.claim && step.claim.act === 'NATIONAL_ACT';
  return step.kind === 'CONSENT' && nationalAct
    ? {
        en: 'national act of ratification (no deposit recorded)',
        fr: 'acte national de ratification (aucun dépôt enregistré)',
      }
    : PARTICIPATION_STEP_LABELS[step.kind];
}

/** Said beside NOT_SIGNED when the graph holds no participation of the State in the treaty at all. */
export const NO_PARTICIPATION_RECORDED: Label = {
  en: 'No participation recorded in the graph',
  fr: 'Aucune participation enregistrée dans le graphe',
};

export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, Label> = {
  LAW_IN_FORCE: { en: 'Law in force', fr: 'Texte juridique en vigueur' },
  POLICY_ONLY: { en: 'Policy only', fr: 'Politique seulement' },
  NONE_SHOWN_IN_FORCE: { en: 'No text shown in force', fr: 'Aucun texte établi en vigueur' },
  NOTHING_IN_GRAPH: { en: 'Nothing in the graph', fr: 'Rien dans le graphe' },
};

export const COVERAGE_STATUS_NOTES: Record<CoverageStatus, Label> = {
  LAW_IN_FORCE: {
    en: 'A national legal text (law, code, decree, ordinance, order or agreement) in force on this date addresses, defines or criminalises it; each link says whether a source states it or it is a reading (inferred).',
    fr: "Un texte juridique national (loi, code, décret, ordonnance, arrêté ou accord) en vigueur à cette date le traite, le définit ou l'incrimine ; chaque lien dit si une source l'affirme ou s'il s'agit d'une lecture (déduit).",
  },
  POLICY_ONLY: {
    en: 'Only a plan, strategy or declaration in force addresses it in the graph; these are not legislation.',
    fr: 'Seul un plan, une stratégie ou une déclaration en vigueur le traite dans le graphe ; ce ne sont pas des textes législatifs.',
  },
  NONE_SHOWN_IN_FORCE: {
    en: 'National texts in the graph address it, but none is shown in force on this date (adopted, not yet in force, or undated).',
    fr: "Des textes nationaux du graphe le traitent, mais aucun n'est établi en vigueur à cette date (adopté mais pas encore en vigueur, ou non daté).",
  },
  NOTHING_IN_GRAPH: {
    en: 'No national text in the graph addresses, defines or criminalises it. This is a gap in the graph, not a finding that the law is silent.',
    fr: "Aucun texte national du graphe ne le traite, ne le définit ni ne l'incrimine. C'est une lacune du graphe, non le constat que le droit est muet.",
  },
};

/** What the comparison's empty cells mean, said once for the whole table. */
export const COMPARISON_GAP_NOTE: Label = {
  en: '"Nothing in the graph" and "no participation recorded" describe the sources loaded here, not the law: a State may have signed a treaty, or legislated, without the graph holding it yet.',
  fr: '« Rien dans le graphe » et « aucune participation enregistrée » décrivent les sources chargées ici, non le droit : un État peut avoir signé un traité, ou légiféré, sans que le graphe le contienne encore.',
};
