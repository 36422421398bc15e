import Papa from 'papaparse';
import type { ExportGraph } from './export-graph';

/*
 * papaparse's unparse writes RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled. `escapeFormulae` also prefixes cells starting with = + - @ so a
 * spreadsheet does not run them; no Cadre value starts that way today, but names come from sources.
 * A UTF-8 byte order mark goes first, or Excel reads "Comité" as "ComitÃ©".
 */
const BOM = '\uFEFF';

function csv(fields: string[], rows: Array<Array<string | boolean | null>>): string {
  return (
    BOM +
    Papa.unparse(
      { fields, data: rows.map((row) => row.map((v) => (v === null ? '' : v))) },
      { newline: '\r\n', escapeFormulae: true },
    ) +
    '\r\n'
  );
}

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
