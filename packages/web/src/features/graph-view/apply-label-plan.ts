import type cytoscape from 'cytoscape';
import {
  estimateLabelSize,
  placeLabels,
  planLabel,
  topByDegree,
  type LabelDecision,
  type LabelPlanSettings,
  type Obstacle,
  type PlacedLabel,
} from './label-plan';

/** The class that takes a label off (graph-label-styles.ts gives it `label: ''`). */
export const LABEL_OFF = 'label-off';
/** Asks the label plan (use-label-plan.ts) to lay the screen's labels out again (after an export). */
export const LABELS_CHANGED = 'cadre-labels';
/** A label that matters, drawn at any zoom (and above its neighbours). */
export const LABEL_KEY = 'label-key';

/**
 * Where the timeline's axis (drawn over the canvas, see TimelineAxis.tsx) sits, in model y, so no
 * label is placed over its years. Set by the graph view with the timeline layout, null otherwise.
 */
export const AXIS_SCRATCH = 'cadreTimelineAxisY';

/** A selection with more neighbours than this does not make them all labels that matter. */
const MAX_KEY_NEIGHBOURS = 12;

const BASE_FONT = 'cadreBaseFont';
const BASE_WIDTH = 'cadreBaseWidth';

export interface LabelPlanState {
  settings: LabelPlanSettings;
  /** The node under the pointer, whose label is shown whatever the zoom. */
  hovered: string | null;
}

/**
 * The labels that must show: the focus and the nodes expanded (the reader chose them), the
 * selection (with a selected relation's ends), the paths shown. Presentation mode fits the view to
 * these and what the selection touches (fit-step.ts).
 */
export function mustLabel(cy: cytoscape.Core): cytoscape.Collection {
  const selected = cy.$(':selected');
  return cy
    .elements('node.focus, node.expanded, .on-path, :selected')
    .union(selected.edges().connectedNodes());
}

/** What the view is about: the labels that must show, the expanded nodes, and what a selected node touches (when few). */
export function keyElements(cy: cytoscape.Core): cytoscape.Collection {
  let key = mustLabel(cy);
  const selected = cy.$(':selected');
  if (selected.nodes().nonempty()) {
    const around = selected.nodes().closedNeighborhood();
    if (around.nodes().length <= MAX_KEY_NEIGHBOURS + 1) key = key.union(around);
  }
  return key;
}

/** The stylesheet's font size of an element, remembered before the plan first grows it. */
function baseFont(ele: cytoscape.SingularElementArgument): number {
  const known = ele.scratch(BASE_FONT) as number | undefined;
  if (known !== undefined) return known;
  const font = ele.numericStyle('font-size');
  ele.scratch(BASE_FONT, font);
  return font;
}

function baseWidth(ele: cytoscape.SingularElementArgument): number {
  const known = ele.scratch(BASE_WIDTH) as number | undefined;
  if (known !== undefined) return known;
  const width = ele.numericStyle('text-max-width') || 130;
  ele.scratch(BASE_WIDTH, width);
  return width;
}

/**
 * Forgets the remembered font sizes and the grown ones: after a new stylesheet (presentation mode)
 * or new classes (a new focus is drawn bolder), the stylesheet's sizes are read again.
 */
export function resetLabelPlan(cy: cytoscape.Core): void {
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      ele.removeScratch(BASE_FONT);
      ele.removeScratch(BASE_WIDTH);
      ele.removeScratch('cadreGrown');
      ele.removeStyle('font-size text-max-width');
    });
  });
}

/** Where an element's label would sit on screen, drawn at `font` (label-plan.ts estimates its size). */
function labelBox(
  ele: cytoscape.SingularElementArgument,
  font: number,
  zoom: number,
): Omit<PlacedLabel, 'id' | 'priority' | 'always'> {
  const text = String(ele.data('label') ?? '');
  const width = baseWidth(ele) * (font / baseFont(ele));
  const size = estimateLabelSize(text, font, width);
  const w = size.width * zoom;
  const h = size.height * zoom;
  if (ele.isNode()) {
    const p = ele.renderedPosition();
    const top = p.y + ele.renderedHeight() / 2 + 4 * zoom;
    return { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + h };
  }
  // Edge labels run along the edge (autorotate): the box of the turned text.
  const mid = ele.renderedMidpoint();
  const a = ele.source().renderedPosition();
  const b = ele.target().renderedPosition();
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const bw = w * cos + h * sin;
  const bh = w * sin + h * cos;
  return { x1: mid.x - bw / 2, x2: mid.x + bw / 2, y1: mid.y - bh / 2, y2: mid.y + bh / 2 };
}

/** Applies the plan to every element at the current zoom (see label-plan.ts). */
export function applyLabelPlan(cy: cytoscape.Core, { settings, hovered }: LabelPlanState): void {
  const zoom = cy.zoom();
  const key = keyElements(cy);
  const must = mustLabel(cy);
  const degrees = cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) }));
  const degree = new Map(degrees.map((d) => [d.id, d.degree]));
  const top = topByDegree(degrees, settings.topDegree);
  const decisions = new Map<
    string,
    { ele: cytoscape.SingularElementArgument; decision: LabelDecision; key: boolean }
  >();
  const candidates: PlacedLabel[] = [];
  cy.elements().forEach((ele) => {
    const id = ele.id();
    const isKey = key.has(ele) || top.has(id) || id === hovered;
    const base = baseFont(ele);
    const decision = planLabel({ id, baseFont: base, key: isKey }, zoom, settings);
    decisions.set(id, { ele, decision, key: isKey });
    if (!decision.show || !ele.data('label')) return;
    const always = must.has(ele) || id === hovered;
    // Then the labels that matter, node labels before edge labels, hubs before leaves.
    const priority = (isKey ? 10_000 : 0) + (ele.isNode() ? 1000 + (degree.get(id) ?? 0) : 0);
    candidates.push({ id, priority, always, key: isKey, ...labelBox(ele, decision.font ?? base, zoom) });
  });
  const obstacles: Obstacle[] = cy.nodes().map((n) => {
    const p = n.renderedPosition();
    const w = n.renderedWidth() / 2;
    const h = n.renderedHeight() / 2;
    return { owner: n.id(), x1: p.x - w, x2: p.x + w, y1: p.y - h, y2: p.y + h };
  });
  const axisY = cy.scratch(AXIS_SCRATCH) as number | null | undefined;
  if (typeof axisY === 'number') {
    // The axis line and its year labels (19 px under it, in screen pixels whatever the zoom).
    const y = axisY * zoom + cy.pan().y;
    obstacles.push({ owner: '', hard: true, x1: -1e6, x2: 1e6, y1: y - 6, y2: y + 26 });
  }
  // A label cut by the canvas edge is no better than none (those that must show stay).
  const width = cy.width();
  const height = cy.height();
  const inView = candidates.filter(
    (c) => c.always || (c.x1 >= 0 && c.y1 >= 0 && c.x2 <= width && c.y2 <= height),
  );
  const shown = placeLabels(inView, obstacles);
  cy.batch(() => {
    for (const [id, { ele, decision, key: isKey }] of decisions) {
      if (decision.font === null) {
        if (ele.scratch('cadreGrown')) {
          ele.removeStyle('font-size text-max-width');
          ele.removeScratch('cadreGrown');
        }
      } else {
        // The label wraps at the same number of characters, however much it grows.
        const width = baseWidth(ele) * (decision.font / baseFont(ele));
        ele.style({ 'font-size': decision.font, 'text-max-width': `${Math.round(width)}px` });
        ele.scratch('cadreGrown', true);
      }
      const show = shown.has(id);
      if (show === ele.hasClass(LABEL_OFF)) ele.toggleClass(LABEL_OFF, !show);
      if (isKey !== ele.hasClass(LABEL_KEY)) ele.toggleClass(LABEL_KEY, isKey);
    }
  });
}

/** Sizes on screen of the labels the graph draws in view, for the dev hooks (and the e2e tests). */
export function drawnLabelSizes(cy: cytoscape.Core): Array<{ id: string; px: number; text: string }> {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const sizes: Array<{ id: string; px: number; text: string }> = [];
  cy.elements().forEach((ele) => {
    const text = String(ele.style('label') ?? '');
    if (!text || !ele.visible() || ele.numericStyle('text-opacity') === 0) return;
    const box = ele.renderedBoundingBox({ includeLabels: true });
    if (box.x2 < 0 || box.y2 < 0 || box.x1 > width || box.y1 > height) return;
    sizes.push({ id: ele.id(), px: ele.numericStyle('font-size') * zoom, text });
  });
  return sizes;
}
