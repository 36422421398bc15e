import { toCsv as csv } from '../../lib/csv';
import type { ExportCitation, ExportGraph } from './export-graph';

export const NODE_COLUMNS = [
  'id',
  'kind',
  'type',
  'name_en',
  'name_fr',
  'valid_from',
  'valid_to',
  'kind_label',
  'type_label',
  'focus',
  'source_ids',
  'citations',
];
export const RELATION_COLUMNS = [
  'id',
  'kind',
  'from',
  'to',
  'label_en',
  'label_fr',
  'inferred',
  'from_name',
  'to_name',
  'note',
  'source_ids',
  'citations',
];

/**
 * A cell with every citation, one a line: "Source, publisher, date <address>: “quote” [reliability
 * high]" (a spreadsheet shows the lines in the cell; the quote is verbatim unless marked restated).
 */
export function citationsCell(citations: readonly ExportCitation[]): string {
  return citations
    .map((c) => {
      const where = [c.sourceTitle, c.publisher, c.publishedOn].filter(Boolean).join(', ');
      const address = c.url ? ` <${c.url}>` : '';
      const kind = c.verbatim ? '' : ' (restated)';
      const level = c.confidence ? ` [reliability ${c.confidence.toLowerCase()}]` : '';
      return `${where}${address}: “${c.quote}”${kind}${level}`;
    })
    .join('\n');
}

const sourceIds = (citations: readonly ExportCitation[]): string =>
  [...new Set(citations.map((c) => c.sourceId))].join(';');

export function nodesCsv({ nodes }: ExportGraph): string {
  return csv(
    NODE_COLUMNS,
    nodes.map((n) => [
      n.id,
      n.kind,
      n.type,
      n.nameEn,
      n.nameFr,
      n.validFrom,
      n.validTo,
      n.kindLabel,
      n.typeLabel,
      n.focus,
      sourceIds(n.citations),
      citationsCell(n.citations),
    ]),
  );
}

export function relationsCsv({ relations }: ExportGraph): string {
  return csv(
    RELATION_COLUMNS,
    relations.map((r) => [
      r.id,
      r.kind,
      r.from,
      r.to,
      r.labelEn,
      r.labelFr,
      r.inferred,
      r.fromName,
      r.toName,
      r.note,
      sourceIds(r.citations),
      citationsCell(r.citations),
    ]),
  );
}
