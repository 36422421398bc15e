import { toCsv as csv } from '../../lib/csv';
import type { ExportGraph } from './export-graph';

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
];

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
    ]),
  );
}
