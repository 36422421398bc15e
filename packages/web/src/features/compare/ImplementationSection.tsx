import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleImplementationStatus } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { NodeButton, StateHeader } from './compare-cells';
import { compareArticlesQuery, type ArticleMap, type Comparison } from './compare-query';

const ARTICLE_MARKS: Record<ArticleImplementationStatus, string> = {
  PROVISION_CITED: '●',
  RELATED_MEASURE_ONLY: '◐',
  NOTHING_IN_GRAPH: '○',
};

/** One treaty's articles, a row each, a column per state: status, what is linked, citations. */
function ArticlesTable({
  maps,
  comparison,
  treatyName,
  onOpenState,
  onReveal,
}: {
  /** Each state's articles, in the comparison's order (null: the API found no map). */
  maps: ReadonlyArray<ArticleMap | null>;
  comparison: Comparison;
  treatyName: string;
  onOpenState(id: string): void;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  const articles = maps.find((m) => m !== null)?.articles ?? [];
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
            {maps.map((map, i) => {
              const key = comparison.profiles[i]?.jurisdiction.id ?? i;
              const article = map?.articles.find((x) => x.provision.id === a.provision.id);
              if (!article) return <td key={key} />;
              const links = [...article.provisions, ...article.relatedMeasures];
              return (
                <td key={key} data-article-status={article.status}>
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

/** A treaty's articles, asked for (one request per state) only when the reader opens them. */
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
  const results = useQueries({
    queries: props.ids.map((id) => ({
      ...compareArticlesQuery(props.treaty.id, id, props.asOf, lang),
      enabled: open,
    })),
  });
  const failed = results.find((r) => r.isError);
  const maps = results.map((r) => r.data?.implementationMap ?? null);
  const done = results.every((r) => r.isSuccess);
  return (
    <details className="compare-articles-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('compare.byArticle', { treaty: props.treaty.shortName })}</summary>
      {!open ? null : failed ? (
        <StatusMessage
          kind="error"
          cause={failed.error}
          onRetry={() => results.forEach((r) => r.isError && void r.refetch())}
        >
          {t('compare.failed', { message: describeError(failed.error, t) })}
        </StatusMessage>
      ) : !done ? (
        <StatusMessage kind="loading">{t('compare.loadingArticles')}</StatusMessage>
      ) : (
        <ArticlesTable
          maps={maps}
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
