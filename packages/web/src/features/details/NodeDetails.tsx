import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSwatch } from '../../ui/KindSwatch';
import { ObligationBadge } from '../../ui/ObligationBadge';
import { UndatedBadge } from '../../ui/UndatedBadge';
import { formatMoney, formatNumber, formatPartialDate } from '../../lib/format-values';
import { nodeName } from '../../domain/graph-content/node-names';
import type { NodeDetailsQuery } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { AttributeList, type Attribute } from './AttributeList';
import { CitationList } from './CitationList';
import { InForceStatus } from './InForceStatus';
import { SourceLink } from './SourceLink';
import { StageList } from './StageList';

export type NodeDetailsData = NonNullable<NodeDetailsQuery['node']>;

export interface NodeActions {
  isFocus: boolean;
  isExpanded: boolean;
  onFocus(id: string): void;
  onExpand(id: string): void;
  onCollapse(id: string): void;
  onRemove(id: string): void;
  onSelectRelation(id: string): void;
  /** Shows another node (an instrument an article is part of, the text that repealed this one). */
  onSelectNode?(id: string): void;
  /** Draws an instrument's articles in the graph, or takes them away (absent: no button). */
  onShowArticles?(id: string, shown: boolean): void;
  /** Whether this instrument's articles are drawn. */
  articlesShown?: boolean;
  /** "How are these connected?": make this node one end of the paths (absent: no buttons). */
  onConnectFrom?(id: string): void;
  onConnectTo?(id: string): void;
}

export function NodeDetails({
  node,
  actions,
  citation = null,
  asOf = null,
}: {
  node: NodeDetailsData;
  actions: NodeActions;
  /** "Cite this" for the node, shown under its actions. */
  citation?: ReactNode;
  /** The view's date, for "in force?" (null: today). */
  asOf?: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const date = (value: string | null | undefined): string | null =>
    value ? formatPartialDate(value, lang) : null;
  const budget = 'budget' in node && node.budget ? node.budget : null;

  const attributes: Array<Attribute | null> = [
    [t('attr.type'), vocabulary.typeLabel(node.kind, node.type, lang)],
    'number' in node && node.__typename !== 'Provision' ? [t('attr.number'), node.number] : null,
    [t('attr.nameEn'), node.nameEn],
    [t('attr.nameFr'), node.nameFr ?? null],
    ...(node.__typename === 'Provision' ? provisionAttributes(node) : []),
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

  function provisionAttributes(p: Extract<NodeDetailsData, { __typename: 'Provision' }>): Attribute[] {
    const obligationNote = lang === 'fr' ? p.obligationNoteFr : p.obligationNoteEn;
    const instrument = p.instrument;
    return [
      [t('attr.number'), p.number ? t('provision.article', { number: p.number }) : null],
      [t('provision.headingEn'), p.headingEn],
      [t('provision.headingFr'), p.headingFr],
      [
        t('provision.obligation'),
        p.obligation ? <ObligationBadge key="obligation" obligation={p.obligation} /> : null,
      ],
      [t('provision.obligationNote'), obligationNote],
      [
        t('provision.partOf'),
        instrument ? (
          <button
            key="part-of"
            type="button"
            className="link-button"
            onClick={() => actions.onSelectNode?.(instrument.id)}
          >
            {nodeName(instrument, lang)}
          </button>
        ) : null,
      ],
      [t('provision.summary'), lang === 'fr' ? p.summaryFr : p.summaryEn],
    ];
  }
  const articleCount = node.__typename === 'Instrument' ? node.provisions.length : 0;

  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="details-kind">
        <KindSwatch kind={node.kind} /> {vocabulary.nodeKindLabel(node.kind, lang)} ·{' '}
        {vocabulary.typeLabel(node.kind, node.type, lang)}
        {node.undated ? (
          <>
            {' '}
            <UndatedBadge />
          </>
        ) : null}
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
        {articleCount > 0 && actions.onShowArticles ? (
          <button
            type="button"
            aria-pressed={actions.articlesShown ? 'true' : 'false'}
            onClick={() => actions.onShowArticles?.(node.id, !actions.articlesShown)}
          >
            {actions.articlesShown
              ? t('provision.hideArticles')
              : t('provision.showArticles', { count: articleCount })}
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
      {node.__typename === 'Instrument' ? <InForceStatus status={node.inForce} asOf={asOf} /> : null}
      {node.__typename === 'Instrument' ? (
        <section aria-labelledby="details-stages">
          <h3 id="details-stages">{t('stage.heading')}</h3>
          <StageList stages={node.stages} onSelectNode={actions.onSelectNode} />
        </section>
      ) : null}
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
