import { useTranslation } from 'react-i18next';
import { KindSwatch } from '../../ui/KindSwatch';
import { UndatedBadge } from '../../ui/UndatedBadge';
import { formatPartialDate } from '../../lib/format-values';
import { nodeName } from '../../domain/graph-content/node-names';
import type { RelationDetailsQuery } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { AttributeList } from './AttributeList';
import { CitationList } from './CitationList';
import { ParticipationDetails } from './ParticipationDetails';

export type RelationDetailsData = NonNullable<RelationDetailsQuery['relation']>;

export function RelationDetails({
  relation,
  onSelectNode,
  asOf = null,
}: {
  relation: RelationDetailsData;
  onSelectNode(id: string): void;
  /** The view's date, for a state's party status (null: today). */
  asOf?: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const end = (node: RelationDetailsData['from']) => (
    <button type="button" className="link-button" onClick={() => onSelectNode(node.id)}>
      <KindSwatch kind={node.kind} /> {nodeName(node, lang)}
    </button>
  );
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="details-kind">
        <span className={`edge-swatch ${relation.inferred ? 'dashed' : ''}`} aria-hidden="true" />{' '}
        {t('relation.kind')} · {vocabulary.relationLabel(relation.kind, lang)}
        {relation.undated ? (
          <>
            {' '}
            <UndatedBadge />
          </>
        ) : null}
      </p>
      <h2 id="details-title" className="details-title details-title-relation">
        {lang === 'fr' ? relation.sentenceFr : relation.sentenceEn}
      </h2>
      <AttributeList
        attributes={[
          [t('relation.from'), end(relation.from)],
          [t('relation.to'), end(relation.to)],
          [t('attr.validFrom'), relation.validFrom ? formatPartialDate(relation.validFrom, lang) : null],
          [t('attr.validTo'), relation.validTo ? formatPartialDate(relation.validTo, lang) : null],
          [t('relation.inferred'), relation.inferred ? t('relation.inferredYes') : t('relation.inferredNo')],
          [t('relation.note'), lang === 'fr' ? relation.noteFr : relation.noteEn],
          [t('attr.id'), <code key="id">{relation.id}</code>],
        ]}
      />
      {relation.participation ? (
        <ParticipationDetails
          participation={relation.participation}
          rule={'entryIntoForceRule' in relation.treaty ? relation.treaty.entryIntoForceRule : null}
          asOf={asOf}
        />
      ) : null}
      <section aria-labelledby="details-citations">
        <h3 id="details-citations">{t('details.citations', { count: relation.sources.length })}</h3>
        <CitationList citations={relation.sources} />
      </section>
    </article>
  );
}
