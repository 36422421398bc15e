import type { ArticleImplementationStatus } from '../law/implementation-map';
import type { Obligation } from '../law/law-records';
import type { Label } from '../vocabulary/node-kinds';

/**
 * The implementation map's words in both languages. "Nothing in the graph" is always said with
 * what it means, because a reader takes a gap in a table for a gap in the law: it is a fact about
 * the sources loaded here, not a finding that the law has no provision.
 */
export const IMPLEMENTATION_STATUS_LABELS: Record<ArticleImplementationStatus, Label> = {
  PROVISION_CITED: { en: 'Provision cited', fr: 'Disposition citée' },
  RELATED_MEASURE_ONLY: { en: 'Related measure only', fr: 'Mesure connexe seulement' },
  NOTHING_IN_GRAPH: { en: 'Nothing in the graph', fr: 'Rien dans le graphe' },
};

export const IMPLEMENTATION_STATUS_NOTES: Record<ArticleImplementationStatus, Label> = {
  PROVISION_CITED: {
    en: 'A national provision, or a national text, is cited as giving effect to this article; the link says whether a source states it or it is a reading (inferred).',
    fr: "Une disposition nationale, ou un texte national, est citée comme donnant effet à cet article ; le lien dit si une source l'affirme ou s'il s'agit d'une lecture (déduit).",
  },
  RELATED_MEASURE_ONLY: {
    en: 'Only related measures (a plan, a body, a training) are linked to this article in the graph; they are not legislation.',
    fr: 'Seules des mesures connexes (un plan, un organe, une formation) sont liées à cet article dans le graphe ; ce ne sont pas des textes législatifs.',
  },
  NOTHING_IN_GRAPH: {
    en: 'No source loaded in the graph links anything to this article. This is a gap in the graph, not a finding that the law has no provision.',
    fr: "Aucune source chargée dans le graphe ne relie quoi que ce soit à cet article. C'est une lacune du graphe, non le constat que le droit ne prévoit aucune disposition.",
  },
};

export const IMPLEMENTATION_GAP_NOTE: Label = {
  en: '"Nothing in the graph" means that no source loaded here links a national provision or measure to the article; it does not mean that the jurisdiction has no provision in law.',
  fr: "« Rien dans le graphe » signifie qu'aucune source chargée ici ne relie une disposition ou une mesure nationale à l'article ; cela ne signifie pas que le pays n'a aucune disposition en droit.",
};

export const OBLIGATION_LABELS: Record<Obligation, Label> = {
  MANDATORY: { en: 'Mandatory', fr: 'Obligatoire' },
  OPTIONAL: { en: 'Optional', fr: 'Facultative' },
  GENERAL: { en: 'General', fr: 'Générale' },
};
