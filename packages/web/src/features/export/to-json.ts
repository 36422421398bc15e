import type { ExportGraph } from './export-graph';

/** Tags the file, so a reader tells a Cadre view from any JSON; a later shape bumps the version. */
export const VIEW_JSON_FORMAT = 'cadre-view';
export const VIEW_JSON_VERSION = 1;

/**
 * The view as data with its evidence: where it comes from (title, link, date, filters), then every
 * node and relation in view with its citations (source with publisher, date and address, quote,
 * whether verbatim, reliability). For scripts and for a paper's appendix.
 */
export function toViewJson({ meta, nodes, relations }: ExportGraph): string {
  return `${JSON.stringify(
    { format: VIEW_JSON_FORMAT, version: VIEW_JSON_VERSION, view: meta, nodes, relations },
    null,
    2,
  )}\n`;
}
