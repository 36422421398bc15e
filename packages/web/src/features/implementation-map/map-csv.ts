import type { TFunction } from 'i18next';
import type { ImplementationLinkFieldsFragment, ImplementationMapQuery } from '../../gql/graphql';
import { toCsv, type CsvValue } from '../../lib/csv';
import type { Lang } from '../../lib/i18n/langs';

export type ImplementationMapData = NonNullable<ImplementationMapQuery['implementationMap']>;
export type MapArticle = ImplementationMapData['articles'][number];

export const MAP_COLUMNS = [
  'treaty',
  'jurisdiction',
  'as_of',
  'article',
  'heading_en',
  'heading_fr',
  'obligation',
  'status',
  'status_label',
  'link',
  'linked_id',
  'linked_name',
  'part_of',
  'relation',
  'inferred',
  'note',
  'citations',
  'map_url',
] as const;

/** "“quote” — Source title, publisher, url", one per line: the evidence a spreadsheet reader needs. */
function citationsCell(link: ImplementationLinkFieldsFragment): string {
  return link.relation.sources
    .map((c) => {
      const quote = c.verbatim ? `“${c.quote}”` : c.quote;
      const where = [c.source.title, c.source.publisher, c.source.url].filter(Boolean).join(', ');
      return `${quote} — ${where}${c.confidence ? ` (confidence: ${c.confidence.toLowerCase()})` : ''}`;
    })
    .join('\n');
}

export interface MapCsvOptions {
  lang: Lang;
  t: TFunction;
  /** The map's shareable address (viewAddress), written on every row so a row leads back to it. */
  address: string;
}

/**
 * The implementation map as CSV: one row per national provision or measure linked to an article
 * (an article with none gets one row saying "nothing in the graph"), then the measures linked to
 * the treaty as a whole. Every row carries its citations and the map's address.
 */
export function implementationMapCsv(
  map: ImplementationMapData,
  { lang, t, address }: MapCsvOptions,
): string {
  const fr = lang === 'fr';
  const rows: CsvValue[][] = [];
  const base = (article: MapArticle | null): CsvValue[] => [
    map.treaty.id,
    map.jurisdiction.id,
    map.asOf ?? '',
    article?.number ?? '',
    article?.headingEn ?? '',
    article?.headingFr ?? '',
    article?.obligation ?? '',
    article?.status ?? '',
    article ? t(`map.status.${article.status}`) : t('map.treatyMeasures'),
  ];
  const linkCells = (link: ImplementationLinkFieldsFragment): CsvValue[] => [
    link.granularity,
    link.node.id,
    fr ? (link.node.nameFr ?? link.node.nameEn) : link.node.nameEn,
    link.instrument?.id ?? '',
    link.relation.kind,
    link.inferred,
    (fr ? link.relation.noteFr : link.relation.noteEn) ?? '',
    citationsCell(link),
  ];
  for (const article of map.articles) {
    const links = [...article.provisions, ...article.relatedMeasures];
    if (links.length === 0) rows.push([...base(article), '', '', '', '', '', '', '', '', address]);
    for (const link of links) rows.push([...base(article), ...linkCells(link), address]);
  }
  for (const link of map.treatyMeasures) rows.push([...base(null), ...linkCells(link), address]);
  return toCsv(MAP_COLUMNS, rows);
}

/** cadre-implementation-map-un-tip-protocol-ml-mali-2004-01-01.csv */
export const mapFileName = (treaty: string, jurisdiction: string, asOf: string | null): string =>
  `cadre-implementation-map-${treaty}-${jurisdiction}${asOf ? `-${asOf}` : ''}.csv`;
