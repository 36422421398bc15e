import { useTranslation } from 'react-i18next';

/** What a citation disclosure lists of each citation (the fragment `CitedSourceFields` fits). */
export interface CitedSource {
  quote: string;
  verbatim: boolean;
  source: { id: string; title: string; publisher?: string | null; url?: string | null };
}

/**
 * A cell's citations, folded under "3 citations" so a table stays one line per row until asked:
 * each quote (verbatim ones in quotation marks) and its source, linked when it has an address.
 * A quote repeated for several sources is listed once per source, as the API gives it.
 */
export function CitationDisclosure({
  citations,
  empty,
}: {
  citations: readonly CitedSource[];
  /** What stands for no citation (default "No citation."; a table may prefer "—"). */
  empty?: string;
}) {
  const { t } = useTranslation();
  if (citations.length === 0)
    return <span className="muted citation-none">{empty ?? t('citation.none')}</span>;
  return (
    <details className="citation-disclosure">
      <summary>{t('stage.citations', { count: citations.length })}</summary>
      <ul>
        {citations.map((c, i) => (
          <li key={`${c.source.id}-${i}`}>
            {c.verbatim ? `“${c.quote}”` : c.quote} —{' '}
            {c.source.url ? (
              <a href={c.source.url} target="_blank" rel="noopener noreferrer">
                <cite>{c.source.title}</cite>
              </a>
            ) : (
              <cite>{c.source.title}</cite>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Citations as text for a CSV cell: "“quote” — title, publisher, url", one per line. */
export function citationsText(citations: readonly CitedSource[]): string {
  return citations
    .map((c) => {
      const quote = c.verbatim ? `“${c.quote}”` : c.quote;
      const where = [c.source.title, c.source.publisher, c.source.url].filter(Boolean).join(', ');
      return `${quote} — ${where}`;
    })
    .join('\n');
}
