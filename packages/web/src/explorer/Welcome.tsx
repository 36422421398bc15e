import { useTranslation } from 'react-i18next';
import { graphqlQuery } from '../lib/graphql/graphql-query';
import { useGraphQLQuery } from '../lib/graphql/use-graphql-query';
import { formatNumber } from '../lib/format-values';
import { nodeName } from '../domain/graph-content/node-names';
import { useLang } from '../lib/i18n/use-lang';
import { MALI_FRAMEWORK_TOUR } from '../domain/tour/builtin-tours';
import { tourText } from '../domain/tour/tour-text';
import type { Tour } from '../domain/view-state/view-state';
import { useVocabulary } from '../domain/vocabulary/vocabulary-context';
import { describeError } from '../ui/describe-error';
import { KindSwatch } from '../ui/KindSwatch';
import { StatusMessage } from '../ui/StatusMessage';
import { WelcomeQuery } from './welcome-query';

/** Good first centres: the law, the decree that set up the committee, the committee, the country. */
export const SUGGESTED_STARTS = [
  'ml-law-2012-023',
  'ml-decree-2011-036',
  'ml-committee-tip',
  'ml-mali',
  'un-tip-protocol',
  'un-som-protocol',
];

export function Welcome({
  onChoose,
  onStartTour,
}: {
  onChoose(id: string): void;
  onStartTour?(tour: Tour): void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const query = useGraphQLQuery(graphqlQuery(WelcomeQuery, { suggested: SUGGESTED_STARTS }));
  if (query.status === 'loading') return <StatusMessage kind="loading">{t('welcome.loading')}</StatusMessage>;
  if (query.status === 'error')
    return (
      <StatusMessage kind="error" cause={query.error} onRetry={query.retry}>
        {t('welcome.failed', { message: describeError(query.error, t) })}
      </StatusMessage>
    );
  const { stats, nodes, listNodes } = query.data;
  // Suggested ids that this graph lacks are skipped by the API; fall back to its first instruments.
  const starts = nodes.length > 0 ? nodes : listNodes.edges.map((e) => e.node);
  return (
    <div className="welcome">
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <p className="welcome-stats">
        {t('welcome.stats', {
          nodes: formatNumber(stats.nodes, lang),
          relations: formatNumber(stats.relations, lang),
          citations: formatNumber(stats.citations, lang),
          sources: formatNumber(stats.sources, lang),
        })}
      </p>
      {/* The tour first: at 1024×768 a trainer finds it without scrolling. */}
      {onStartTour ? (
        <>
          <h3>{t('welcome.tourHeading')}</h3>
          <button type="button" className="welcome-tour" onClick={() => onStartTour(MALI_FRAMEWORK_TOUR)}>
            {t('tour.start', { title: tourText(MALI_FRAMEWORK_TOUR.title, lang) })}
          </button>
        </>
      ) : null}
      <ul className="welcome-kinds" aria-label={t('welcome.byKind')}>
        {stats.nodesByKind.map((k) => (
          <li key={k.kind}>
            <KindSwatch kind={k.kind} /> {vocabulary.nodeKindPlural(k.kind, lang)}:{' '}
            {formatNumber(k.count, lang)}
          </li>
        ))}
      </ul>
      <h3>{t('welcome.startHeading')}</h3>
      <ul className="welcome-starts">
        {starts.map((n) => (
          <li key={n.id}>
            <button type="button" onClick={() => onChoose(n.id)}>
              <KindSwatch kind={n.kind} />
              <span className="list-item-text">
                <span>{nodeName(n, lang)}</span>
                <span className="list-item-meta">
                  {vocabulary.nodeKindLabel(n.kind, lang)} · {vocabulary.typeLabel(n.kind, n.type, lang)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">{t('welcome.searchHint')}</p>
    </div>
  );
}
