import { useTranslation } from 'react-i18next';
import type { GraphContent } from '../../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';
import type { EvidenceCitation, ViewEvidence } from '../../domain/evidence/fetch-evidence';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { KindSwatch } from '../../ui/KindSwatch';

export interface HandoutProps {
  /** "Cadre — Law No. 2012-023…" */
  title: string;
  content: GraphContent;
  asOf: string | null;
  /** The view's address (CADRE_PUBLIC_URL when set). */
  link: string;
  /** The drawing as an image (a PNG data URL), taken when printing starts; null before. */
  image: string | null;
  /** The evidence of what is shown, once fetched (the Print button waits for it). */
  evidence: ViewEvidence | null;
  /** The day it is printed, ISO. */
  printedOn: string;
}

/** A quote cut to a printable length. */
const short = (quote: string, max = 220): string =>
  quote.length > max ? `${quote.slice(0, max - 1).trimEnd()}…` : quote;

/**
 * The printed handout of the current view (A4 or Letter, through the browser's own print and its
 * "Save as PDF"): title and dates, the graph with its legend and address, then every node and
 * relation shown with its citations, the sources numbered once at the end. Hidden on screen; the
 * print stylesheet (styles/print.css) shows it alone, so Ctrl+P gives it too.
 */
export function Handout({ title, content, asOf, link, image, evidence, printedOn }: HandoutProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const nodes = [...content.nodes.values()].sort((a, b) =>
    nodeName(a, lang).localeCompare(nodeName(b, lang), lang),
  );
  const relations = [...content.relations.values()];
  const kinds = vocabulary.nodeKinds.filter((k) => nodes.some((n) => n.kind === k));

  // Each source numbered once, in the order first cited.
  const sources = new Map<string, { n: number; citation: EvidenceCitation }>();
  const refs = (citations: readonly EvidenceCitation[] | undefined) =>
    (citations ?? []).map((c) => {
      const known = sources.get(c.source.id) ?? { n: sources.size + 1, citation: c };
      sources.set(c.source.id, known);
      return { n: known.n, c };
    });
  const label = (id: string): string => {
    const node = content.nodes.get(id);
    return node ? graphLabel(node, lang) : id;
  };
  const citationItems = (citations: readonly EvidenceCitation[] | undefined) => {
    const list = refs(citations);
    if (!evidence) return null;
    if (list.length === 0) return <p className="handout-none">{t('handout.noCitation')}</p>;
    return (
      <ul className="handout-citations">
        {list.map(({ n, c }, i) => (
          <li key={i}>
            [{n}] “{short(c.quote)}”{c.verbatim ? '' : ` (${t('handout.restated')})`}
            {c.confidence
              ? ` — ${t('handout.reliability', { level: t(`citation.level.${c.confidence}`) })}`
              : ''}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="handout" aria-label={t('handout.label')}>
      <header className="handout-header">
        <h1>{title}</h1>
        <p>
          {asOf ? t('handout.asOf', { date: formatPartialDate(asOf, lang) }) : t('handout.asOfToday')} ·{' '}
          {t('handout.printed', { date: formatPartialDate(printedOn, lang) })}
        </p>
      </header>
      <figure className="handout-graph">
        {image ? <img src={image} alt={t('handout.graphAlt')} /> : null}
        <figcaption>
          <ul className="handout-legend">
            {kinds.map((kind) => (
              <li key={kind}>
                <KindSwatch kind={kind} size={12} /> {vocabulary.nodeKindLabel(kind, lang)}
              </li>
            ))}
            <li>
              <span className="edge-swatch" aria-hidden="true" /> {t('legend.stated')}
            </li>
            <li>
              <span className="edge-swatch dashed" aria-hidden="true" /> {t('legend.inferred')}
            </li>
          </ul>
          <p className="handout-address">{t('handout.address', { link })}</p>
        </figcaption>
      </figure>
      {evidence ? null : <p className="handout-note">{t('handout.citationsLater')}</p>}

      <h2>{t('handout.nodes', { count: nodes.length })}</h2>
      <ol className="handout-items">
        {nodes.map((n) => (
          <li key={n.id}>
            <strong>{nodeName(n, lang)}</strong>{' '}
            <span className="handout-meta">
              ({vocabulary.nodeKindLabel(n.kind, lang)} · {vocabulary.typeLabel(n.kind, n.type, lang)})
            </span>
            {citationItems(evidence?.nodes.get(n.id))}
          </li>
        ))}
      </ol>

      <h2>{t('handout.relations', { count: relations.length })}</h2>
      <ol className="handout-items">
        {relations.map((r) => {
          const note = evidence?.relations.get(r.id)?.note;
          return (
            <li key={r.id}>
              {label(r.from)} <strong>{vocabulary.relationVerb(r.kind, lang)}</strong> {label(r.to)}
              {r.inferred ? (
                <span className="handout-meta">
                  {' '}
                  — {note ? t('handout.inferred', { note }) : t('handout.inferredShort')}
                </span>
              ) : null}
              {citationItems(evidence?.relations.get(r.id)?.citations)}
            </li>
          );
        })}
      </ol>

      {evidence ? (
        <>
          <h2>{t('handout.sources', { count: sources.size })}</h2>
          <ol className="handout-sources">
            {[...sources.values()].map(({ n, citation: { source } }) => (
              <li key={source.id} value={n}>
                {[
                  source.title,
                  source.publisher,
                  source.publishedOn ? formatPartialDate(source.publishedOn, lang) : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
                .{source.url ? ` ${source.url}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
