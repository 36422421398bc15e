import type { NodeKind, RelationKind, VocabularyQuery } from '../../gql/graphql';
import type { Lang } from '../../lib/i18n/langs';

type Bilingual = { en: string; fr: string };

/** Labels of the API's closed vocabularies, looked up by kind; the raw code is the fallback. */
export interface Vocabulary {
  nodeKinds: NodeKind[];
  relationKinds: RelationKind[];
  nodeKindLabel(kind: NodeKind, lang: Lang): string;
  nodeKindPlural(kind: NodeKind, lang: Lang): string;
  typeLabel(kind: NodeKind, type: string, lang: Lang): string;
  relationLabel(kind: RelationKind, lang: Lang): string;
  relationVerb(kind: RelationKind, lang: Lang): string;
}

export function createVocabulary(data: VocabularyQuery['vocabulary']): Vocabulary {
  const kinds = new Map<string, { label: Bilingual; plural: Bilingual }>();
  const types = new Map<string, Bilingual>();
  const relations = new Map<string, { label: Bilingual; verb: Bilingual }>();
  for (const k of data.nodeKinds) {
    kinds.set(k.kind, {
      label: { en: k.labelEn, fr: k.labelFr },
      plural: { en: k.pluralEn, fr: k.pluralFr },
    });
    for (const t of k.types) types.set(`${k.kind}/${t.type}`, { en: t.labelEn, fr: t.labelFr });
  }
  for (const r of data.relationKinds) {
    relations.set(r.kind, { label: { en: r.labelEn, fr: r.labelFr }, verb: { en: r.verbEn, fr: r.verbFr } });
  }
  return {
    nodeKinds: data.nodeKinds.map((k) => k.kind),
    relationKinds: data.relationKinds.map((r) => r.kind),
    nodeKindLabel: (kind, lang) => kinds.get(kind)?.label[lang] ?? kind,
    nodeKindPlural: (kind, lang) => kinds.get(kind)?.plural[lang] ?? kind,
    typeLabel: (kind, type, lang) => types.get(`${kind}/${type}`)?.[lang] ?? type,
    relationLabel: (kind, lang) => relations.get(kind)?.label[lang] ?? kind,
    relationVerb: (kind, lang) => relations.get(kind)?.verb[lang] ?? kind.toLowerCase(),
  };
}
