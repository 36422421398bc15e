import Papa from 'papaparse';

/*
 * papaparse's unparse writes RFC 4180 CSV: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled. `escapeFormulae` also prefixes cells starting with = + - @ so a
 * spreadsheet does not run them; no Cadre value starts that way today, but names come from sources.
 * A UTF-8 byte order mark goes first, or Excel reads "Comité" as "ComitÃ©".
 */
const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** A CSV file: a header row, then the rows (null and undefined cells written empty). */
export function toCsv(fields: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return (
    BOM +
    Papa.unparse(
      {
        fields: [...fields],
        data: rows.map((row) => row.map((v) => (v === null || v === undefined ? '' : v))),
      },
      { newline: '\r\n', escapeFormulae: true },
    ) +
    '\r\n'
  );
}
