/** Every export the menu offers, in its order. */
export const EXPORT_FORMATS = [
  'png',
  'svg',
  'cyjs',
  'json',
  'graphml',
  'nodes-csv',
  'relations-csv',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Made from the Cytoscape instance (graph-view/export) rather than from the data. */
export const isCanvasFormat = (format: ExportFormat): format is 'png' | 'svg' | 'cyjs' =>
  format === 'png' || format === 'svg' || format === 'cyjs';

const SUFFIX: Record<ExportFormat, string> = {
  png: '.png',
  svg: '.svg',
  cyjs: '-cytoscape.json',
  graphml: '.graphml',
  'nodes-csv': '-nodes.csv',
  'relations-csv': '-relations.csv',
  json: '-view.json',
};

const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * "cadre-ml-law-2012-023-2026-11-22.graphml": the focus and the day (the user's own calendar day),
 * so a folder of exports sorts by subject, then by date. Ids are already safe in file names.
 */
export function exportFileName(focus: string, format: ExportFormat, date: Date = new Date()): string {
  return `cadre-${focus}-${localDate(date)}${SUFFIX[format]}`;
}
