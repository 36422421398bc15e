import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../lib/format-values';
import type { CitationFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { SourceLink } from './SourceLink';

/** Every citation, in the API's order: the quote, where it comes from, and how it may be read. */
export function CitationList({ citations }: { citations: readonly CitationFieldsFragment[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (citations.length === 0) return <p className="muted">{t('citation.none')}</p>;
  return (
    <ol className="citations">
      {citations.map((c, i) => (
        <li key={`${c.source.id}-${i}`} className="citation">
          {c.verbatim ? (
            <blockquote {...(c.source.url ? { cite: c.source.url } : {})}>
              <p>“{c.quote}”</p>
            </blockquote>
          ) : (
            // A reference fact restates its source in our words: no quotation marks, which would
            // claim the words are the source's own.
            <p className="citation-restated">{c.quote}</p>
          )}
          <p className="citation-source">
            <SourceLink source={c.source} />
            {c.source.publisher ? <span>, {c.source.publisher}</span> : null}
            {c.source.publishedOn ? (
              <span>
                . {t('citation.published', { date: formatPartialDate(c.source.publishedOn, lang) })}
              </span>
            ) : null}
          </p>
          <p className="citation-evidence">
            <span className={`badge ${c.verbatim ? 'badge-verbatim' : 'badge-reference'}`}>
              {c.verbatim ? t('citation.verbatim') : t('citation.reference')}
            </span>
            {c.confidence ? (
              <span className="badge badge-confidence">
                {t('citation.confidence', { level: t(`citation.level.${c.confidence}`) })}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
