import cytoscape from 'cytoscape';
import { LABEL_OFF, LABELS_CHANGED } from '../apply-label-plan';
import { decoratePng, decorateSvg, type ExportDecoration } from './decorate';

/** What can only be made from the Cytoscape instance: the drawing and Cytoscape's own JSON. */
export type CanvasExportFormat = 'png' | 'svg' | 'cyjs';

/** PNG scale: three times the model's size, sharp enough for print and slides. */
const PNG_SCALE = 3;
/** Chromium's canvas fails above about 16k pixels a side; big graphs get a smaller scale instead. */
const MAX_PNG_SIDE = 12_000;
const BACKGROUND = '#ffffff';

let svgRegistered = false;

/**
 * On screen, the label plan hides labels too small to read at the current zoom and grows the ones
 * that matter (label-plan.ts); an export carries every label at its stylesheet size, whatever the
 * zoom, so both are undone while drawing and the plan is asked to run again after.
 */
function withAllLabels<T>(cy: cytoscape.Core, draw: () => T): T {
  cy.batch(() => {
    cy.elements(`.${LABEL_OFF}`).removeClass(LABEL_OFF);
    cy.elements().removeStyle('font-size text-max-width');
  });
  try {
    return draw();
  } finally {
    cy.emit(LABELS_CHANGED);
  }
}

async function png(cy: cytoscape.Core, decoration?: ExportDecoration): Promise<Blob> {
  const box = cy.elements().boundingBox();
  const scale = Math.min(PNG_SCALE, MAX_PNG_SIDE / Math.max(box.w, 1), MAX_PNG_SIDE / Math.max(box.h, 1));
  // maxWidth/maxHeight are set only so Cytoscape does not multiply the scale by the screen's pixel
  // ratio: the file is then the same on every screen.
  const graph = await withAllLabels(cy, () =>
    cy.png({
      output: 'blob-promise',
      full: true,
      scale,
      bg: BACKGROUND,
      maxWidth: MAX_PNG_SIDE,
      maxHeight: MAX_PNG_SIDE,
    }),
  );
  return decoration ? decoratePng(graph, scale, decoration) : graph;
}

async function svg(cy: cytoscape.Core, decoration?: ExportDecoration): Promise<Blob> {
  // cytoscape-svg (with canvas2svg) is only needed here: loaded on the first SVG export.
  const { default: extension } = await import('cytoscape-svg');
  if (!svgRegistered) {
    cytoscape.use(extension);
    svgRegistered = true;
  }
  const withSvg = cy as cytoscape.Core & {
    svg(options: { full: boolean; scale: number; bg: string }): string;
  };
  const text = withAllLabels(cy, () => withSvg.svg({ full: true, scale: 1, bg: BACKGROUND }));
  return new Blob([decoration ? decorateSvg(text, decoration) : text], {
    type: 'image/svg+xml;charset=utf-8',
  });
}

/**
 * Cytoscape.js JSON as `cy.json()` gives it (elements with positions, zoom, pan, style), so
 * `cy.json(file)` or Cytoscape desktop reloads the drawing; Cadre's own metadata (the view state and
 * its link) goes under `data.cadre`, which Cytoscape keeps as the graph's data.
 */
function json(cy: cytoscape.Core, { decoration: _, ...metadata }: Record<string, unknown>): Blob {
  const content = cy.json() as Record<string, unknown>;
  const data = { ...(content.data as Record<string, unknown> | undefined), cadre: metadata };
  return new Blob([`${JSON.stringify({ ...content, data }, null, 2)}\n`], { type: 'application/json' });
}

/**
 * The view as a file, with exactly what the canvas shows (filtered and removed nodes are not in
 * it). PNG and SVG carry `metadata.decoration` around the drawing (title, date, legend, address).
 */
export async function exportCanvas(
  cy: cytoscape.Core,
  format: CanvasExportFormat,
  metadata: Record<string, unknown> = {},
): Promise<Blob> {
  // Handed through the explorer as plain metadata (the export menu cannot import this feature's types).
  const { decoration } = metadata as { decoration?: ExportDecoration };
  switch (format) {
    case 'png':
      return png(cy, decoration);
    case 'svg':
      return svg(cy, decoration);
    case 'cyjs':
      return json(cy, metadata);
  }
}

/** The drawing as a PNG data URL, at once (for the printed handout, taken in `beforeprint`). */
export function snapshotPng(cy: cytoscape.Core): string {
  const box = cy.elements().boundingBox();
  const scale = Math.min(2, 2400 / Math.max(box.w, 1), 2400 / Math.max(box.h, 1));
  return withAllLabels(cy, () =>
    cy.png({ output: 'base64uri', full: true, scale, bg: BACKGROUND, maxWidth: 2400, maxHeight: 2400 }),
  );
}
