import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSwatch } from '../../ui/KindSwatch';
import { formatMoney, formatNumber, formatPartialDate } from '../../lib/format-values';
import { nodeName } from '../../domain/graph-content/node-names';
import type { NodeDetailsQuery } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { AttributeList, type Attribute } from './AttributeList';
import { CitationList } from './CitationList';
import { SourceLink } from './SourceLink';

export type NodeDetailsData = NonNullable<NodeDetailsQuery['node']>;

export interface NodeActions {
  isFocus: boolean;
  isExpanded: boolean;
  onFocus(id: string): void;
  onExpand(id: string): void;
  onCollapse(id: string): void;
  onRemove(id: string): void;
  onSelectRelation(id: string): void;
  /** "How are these connected?": make this node one end of the paths (absent: no buttons). */
  onConnectFrom?(id: string): void;
  onConnectTo?(id: string): void;
}

export function NodeDetails({
  node,
  actions,
  citation = null,
}: {
  node: NodeDetailsData;
  actions: NodeActions;
  /** "Cite this" for the node, shown under its actions. */
  citation?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const date = (value: string | null | undefined): string | null =>
    value ? formatPartialDate(value, lang) : null;
  const budget = 'budget' in node && node.budget ? node.budget : null;

  const attributes: Array<Attribute | null> = [
    [t('attr.type'), vocabulary.typeLabel(node.kind, node.type, lang)],
    'number' in node ? [t('attr.number'), node.number] : null,
    [t('attr.nameEn'), node.nameEn],
    [t('attr.nameFr'), node.nameFr ?? null],
    'adoptedOn' in node ? [t('attr.adoptedOn'), date(node.adoptedOn)] : null,
    'signedOn' in node ? [t('attr.signedOn'), date(node.signedOn)] : null,
    'inForceOn' in node ? [t('attr.inForceOn'), date(node.inForceOn)] : null,
    'launchedOn' in node ? [t('attr.launchedOn'), date(node.launchedOn)] : null,
    'endedOn' in node ? [t('attr.endedOn'), date(node.endedOn)] : null,
    'endNote' in node ? [t('attr.endNote'), node.endNote] : null,
    'establishedOn' in node ? [t('attr.establishedOn'), date(node.establishedOn)] : null,
    'dissolvedOn' in node ? [t('attr.dissolvedOn'), date(node.dissolvedOn)] : null,
    'startDate' in node ? [t('attr.startDate'), date(node.startDate)] : null,
    'endDate' in node ? [t('attr.endDate'), date(node.endDate)] : null,
    'eventStart' in node ? [t('attr.startDate'), date(node.eventStart)] : null,
    'eventEnd' in node ? [t('attr.endDate'), date(node.eventEnd)] : null,
    'participants' in node && node.participants !== null
      ? [
          t('attr.participants'),
          node.participantsAtLeast
            ? t('attr.atLeast', { count: node.participants, value: formatNumber(node.participants, lang) })
            : formatNumber(node.participants, lang),
        ]
      : null,
    'women' in node && node.women !== null ? [t('attr.women'), formatNumber(node.women, lang)] : null,
    budget
      ? [
          t('attr.budget'),
          `${formatMoney(budget.amount, budget.currency, lang)}${budget.period ? ` (${budget.period})` : ''}`,
        ]
      : null,
    [t('attr.validFrom'), date(node.validFrom)],
    [t('attr.validTo'), date(node.validTo)],
    [t('attr.id'), <code key="id">{node.id}</code>],
  ];

  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="details-kind">
        <KindSwatch kind={node.kind} /> {vocabulary.nodeKindLabel(node.kind, lang)} ·{' '}
        {vocabulary.typeLabel(node.kind, node.type, lang)}
      </p>
      <h2 id="details-title" className="details-title">
        {nodeName(node, lang)}
      </h2>
      <div className="details-actions" role="group" aria-label={t('details.actions')}>
        {!actions.isFocus ? (
          <button type="button" onClick={() => actions.onFocus(node.id)}>
            {t('details.centre')}
          </button>
        ) : null}
        {actions.isExpanded ? (
          <button type="button" onClick={() => actions.onCollapse(node.id)}>
            {t('details.collapse')}
          </button>
        ) : !actions.isFocus ? (
          <button type="button" onClick={() => actions.onExpand(node.id)}>
            {t('details.expand')}
          </button>
        ) : null}
        {!actions.isFocus ? (
          <button type="button" onClick={() => actions.onRemove(node.id)}>
            {t('details.remove')}
          </button>
        ) : null}
        {actions.onConnectFrom ? (
          <button type="button" onClick={() => actions.onConnectFrom?.(node.id)}>
            {t('paths.connectFrom')}
          </button>
        ) : null}
        {actions.onConnectTo ? (
          <button type="button" onClick={() => actions.onConnectTo?.(node.id)}>
            {t('paths.connectTo')}
          </button>
        ) : null}
      </div>
      {citation}
      <AttributeList attributes={attributes} />

      {node.aliases.length > 0 ? (
        <section aria-labelledby="details-aliases">
          <h3 id="details-aliases">{t('details.aliases')}</h3>
          <ul className="aliases">
            {node.aliases.map((a) => (
              <li key={`${a.name}-${a.source?.id ?? ''}`}>
                {a.name}
                {a.source ? (
                  <span className="alias-source">
                    {' '}
                    ({t('details.aliasSource')} <SourceLink source={a.source} />)
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="details-citations">
        <h3 id="details-citations">{t('details.citations', { count: node.sources.length })}</h3>
        <CitationList citations={node.sources} />
      </section>

      <section aria-labelledby="details-relations">
        <h3 id="details-relations">{t('details.relations', { count: node.relations.length })}</h3>
        <ul className="relation-links">
          {node.relations.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => actions.onSelectRelation(r.id)}>
                {nodeName(r.from, lang)} <strong>{vocabulary.relationVerb(r.kind, lang)}</strong>{' '}
                {nodeName(r.to, lang)}
              </button>
              {r.inferred ? (
                <span className="badge badge-inferred">{t('relation.inferredShort')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
