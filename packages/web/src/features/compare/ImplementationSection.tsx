import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleImplementationStatus } from '../../gql/graphql';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { NodeButton, StateHeader } from './compare-cells';
import { compareArticlesQuery, type ArticleProfiles, type Comparison } from './compare-query';

const ARTICLE_MARKS: Record<ArticleImplementationStatus, string> = {
  PROVISION_CITED: '●',
  RELATED_MEASURE_ONLY: '◐',
  NOTHING_IN_GRAPH: '○',
};

/** One treaty's articles, a row each, a column per state: status, what is linked, citations. */
function ArticlesTable({
  profiles,
  comparison,
  treatyName,
  onOpenState,
  onReveal,
}: {
  profiles: ArticleProfiles;
  comparison: Comparison;
  treatyName: string;
  onOpenState(id: string): void;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  const articles = profiles[0]?.implementation[0]?.articles ?? [];
  if (articles.length === 0) return <p className="muted">{t('compare.noArticles')}</p>;
  return (
    <table className="compare-table compare-articles">
      <caption className="visually-hidden">{t('compare.articlesOf', { treaty: treatyName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.article')}</th>
          {comparison.profiles.map((p) => (
            <StateHeader key={p.jurisdiction.id} profile={p} onOpen={onOpenState} />
          ))}
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.provision.id} data-article={a.number ?? ''}>
            <th scope="row">
              {a.number}
              {a.heading ? <span className="compare-article-heading"> {a.heading}</span> : null}
            </th>
            {profiles.map((p) => {
              const article = p.implementation[0]?.articles.find((x) => x.provision.id === a.provision.id);
              if (!article) return <td key={p.jurisdiction.id} />;
              const links = [...article.provisions, ...article.relatedMeasures];
              return (
                <td key={p.jurisdiction.id} data-article-status={article.status}>
                  <span className={`map-status map-status-${article.status}`}>
                    <span className="map-status-marker" aria-hidden="true">
                      {ARTICLE_MARKS[article.status]}
                    </span>{' '}
                    {article.statusLabel}
                  </span>
                  {links.length > 0 ? (
                    <ul className="compare-texts">
                      {links.map((l) => (
                        <li key={l.relation.id}>
                          <NodeButton id={l.node.id} name={l.node.shortName} onReveal={onReveal} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {links.length > 0 ? (
                    <CitationDisclosure citations={links.flatMap((l) => l.relation.sources)} />
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A treaty's articles, asked for only when the reader opens them. */
function ArticlesOnDemand(props: {
  comparison: Comparison;
  ids: readonly string[];
  asOf: string | null;
  treaty: { id: string; shortName: string };
  onOpenState(id: string): void;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const state = useGraphQLQuery(compareArticlesQuery(props.ids, props.asOf, props.treaty.id, lang), {
    skip: !open,
  });
  return (
    <details className="compare-articles-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('compare.byArticle', { treaty: props.treaty.shortName })}</summary>
      {!open ? null : state.status === 'loading' ? (
        <StatusMessage kind="loading">{t('compare.loadingArticles')}</StatusMessage>
      ) : state.status === 'error' ? (
        <StatusMessage kind="error" onRetry={state.retry}>
          {t('compare.failed', { message: describeError(state.error, t) })}
        </StatusMessage>
      ) : (
        <ArticlesTable
          profiles={state.data.compareJurisdictions.profiles}
          comparison={props.comparison}
          treatyName={props.treaty.shortName}
          onOpenState={props.onOpenState}
          onReveal={props.onReveal}
        />
      )}
    </details>
  );
}

/**
 * How each treaty's articles are implemented, as counts per status (a row per treaty, a column per
 * state), and article by article on demand.
 */
export function ImplementationSection({
  comparison,
  ids,
  asOf,
  onOpenState,
  onReveal,
}: {
  comparison: Comparison;
  ids: readonly string[];
  asOf: string | null;
  onOpenState(id: string): void;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="compare-section" aria-labelledby="compare-implementation">
      <h3 id="compare-implementation">{t('compare.implementation')}</h3>
      <p className="muted">{t('compare.implementationHint')}</p>
      <table className="compare-table compare-implementation">
        <thead>
          <tr>
            <th scope="col">{t('compare.treaty')}</th>
            {comparison.profiles.map((p) => (
              <StateHeader key={p.jurisdiction.id} profile={p} onOpen={onOpenState} />
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.treaties.map((treaty, i) => (
            <tr key={treaty.id} data-treaty={treaty.id}>
              <th scope="row">{treaty.shortName}</th>
              {comparison.profiles.map((p) => (
                <td key={p.jurisdiction.id}>
                  <ul className="compare-counts">
                    {(p.implementation[i]?.statusCounts ?? []).map((c) => (
                      <li key={c.status} data-status={c.status}>
                        <span className={`map-status map-status-${c.status}`}>
                          <span className="map-status-marker" aria-hidden="true">
                            {ARTICLE_MARKS[c.status]}
                          </span>{' '}
                          {c.label}
                        </span>
                        : <strong>{c.count}</strong>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.treaties.map((treaty) => (
        <ArticlesOnDemand
          key={treaty.id}
          comparison={comparison}
          ids={ids}
          asOf={asOf}
          treaty={treaty}
          onOpenState={onOpenState}
          onReveal={onReveal}
        />
      ))}
    </section>
  );
}
