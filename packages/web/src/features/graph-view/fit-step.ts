import type cytoscape from 'cytoscape';
import { keyElements } from './apply-label-plan';

/** Room around the fitted elements for their labels (grown after the fit) and the canvas edge. */
const PADDING = 56;
/** A step about one or two nodes is not blown up past this zoom. */
const MAX_ZOOM = 1.2;
/** Room for a key node's label under it and beside it, in screen pixels (three lines of 18 px). */
const LABEL_BELOW = 64;
const LABEL_SIDE = 90;
/** The whole view is framed when it fits at this zoom or more (its labels grow less than 1.8×). */
const MIN_CONTEXT_ZOOM = 0.55;

/**
 * Presentation mode: fits the view to what the step is about (keyElements: the focus, the
 * selection and what it touches, the paths) rather than to the whole neighbourhood, so that its
 * labels can be read at 18 px; the rest is still drawn around it, partly out of frame.
 */
export function fitStep(cy: cytoscape.Core, animate = false): void {
  const key = keyElements(cy);
  const focused = key.nodes().nonempty() ? key : cy.elements();
  if (focused.empty()) return;
  const frame = (eles: cytoscape.Collection) => {
    const nodes = eles.boundingBox({ includeLabels: false });
    // The labels (grown to 18 px after the fit) hang under the nodes and past their sides.
    const zoom = Math.min(
      MAX_ZOOM,
      Math.max(cy.width() - 2 * PADDING - 2 * LABEL_SIDE, 1) / Math.max(nodes.w, 1),
      Math.max(cy.height() - 2 * PADDING - LABEL_BELOW, 1) / Math.max(nodes.h, 1),
    );
    return { zoom, box: { x1: nodes.x1, w: nodes.w, y1: nodes.y1, h: nodes.h + LABEL_BELOW / zoom } };
  };
  // The whole view when it fits at a zoom where it still reads (the partners around a programme,
  // the parties around a convention); else what the step is about, the rest around it out of frame.
  const whole = frame(cy.elements());
  const { zoom, box } = whole.zoom >= MIN_CONTEXT_ZOOM ? whole : frame(focused);
  const pan = {
    x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
  // An earlier step's animation still running would end on its own frame, over this one.
  cy.stop(true, false);
  if (animate) cy.animate({ zoom, pan }, { duration: 250 });
  else cy.viewport({ zoom, pan });
}

/** A drawing is stretched at most this much along one axis. */
const MAX_STRETCH = 1.8;

/**
 * Stretches the drawing along its short side until its shape matches the frame's: force-directed
 * and concentric layouts come out about square, and on a 16:9 or 4:3 slide half the width would
 * be lost, when labels of 18 px need all the room there is. (Not the timeline, whose x is time.)
 */
export function spreadToFrame(cy: cytoscape.Core): void {
  const nodes = cy.nodes();
  if (nodes.length < 3) return;
  const box = nodes.boundingBox({ includeLabels: false });
  const frame = Math.max(cy.width() - 2 * PADDING, 1) / Math.max(cy.height() - 2 * PADDING, 1);
  const shape = Math.max(box.w, 1) / Math.max(box.h, 1);
  const sx = shape < frame ? Math.min(frame / shape, MAX_STRETCH) : 1;
  const sy = shape > frame ? Math.min(shape / frame, MAX_STRETCH) : 1;
  if (sx === 1 && sy === 1) return;
  const cx = box.x1 + box.w / 2;
  const cy0 = box.y1 + box.h / 2;
  cy.batch(() => {
    nodes.positions((n) => {
      const p = n.position();
      return { x: cx + (p.x - cx) * sx, y: cy0 + (p.y - cy0) * sy };
    });
  });
}
