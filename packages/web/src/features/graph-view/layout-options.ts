import type cytoscape from 'cytoscape';
import type { LayoutName } from '../../domain/view-state/view-state';
import type { TimelinePlacement } from './timeline-layout';

export interface LayoutContext {
  /** The element count (nodes + edges) decides how much quality the view can afford. */
  nodes: number;
  edges: number;
  focusId: string | null;
  /** Keep the nodes already placed and fit new ones around them (after an expansion). */
  incremental: boolean;
  /** Whether nodes already had positions worth animating from (not on a first draw). */
  hadPositions?: boolean;
  /** Width / height of the view; the hierarchy runs along the longer side. Default 1. */
  aspect?: number;
  /** Hops from the focus by node id, for the concentric layout. */
  distanceFromFocus?: (id: string) => number;
  /** Where the timeline layout puts each node (see timeline-layout.ts). */
  timeline?: TimelinePlacement;
}

/**
 * Views up to this many elements (nodes + edges) get fcose's "default" quality; larger ones get
 * "draft" (spectral layout only, no force-directed refinement). Measured in headless Chromium with
 * `window.__cadre.layoutBenchmark` (e2e/performance.spec.ts prints the figures): "default" takes
 * about 0.23 s for 135 nodes + 268 edges, 0.37 s for 200 + 400, 0.8 s for 300 + 600 and 7 s for
 * 1,000 + 2,000, where "draft" takes 0.1–0.4 s. `numIter` barely changes these times, so quality
 * is the lever. Draft stacks nodes with the same neighbours on one spot; the view spreads them
 * afterwards (separate-stacked-nodes.ts).
 */
export const FCOSE_DEFAULT_QUALITY_MAX_ELEMENTS = 600;
/**
 * Views up to this many elements animate from their old positions to the new ones (an expansion,
 * a re-layout); larger ones, and first draws, jump straight there.
 */
export const ANIMATE_MAX_ELEMENTS = 200;

/** Room around the graph when a layout fits it to the view, in pixels. */
export const LAYOUT_PADDING = 36;
const COMMON = { fit: true, padding: LAYOUT_PADDING } as const;

/** fcose's draft quality, which leaves some nodes stacked (separate-stacked-nodes.ts). */
export const isDraft = (options: cytoscape.LayoutOptions): boolean =>
  options.name === 'fcose' && (options as { quality?: string }).quality === 'draft';

export function layoutOptions(name: LayoutName, ctx: LayoutContext): cytoscape.LayoutOptions {
  const elements = ctx.nodes + ctx.edges;
  const animate = Boolean(ctx.hadPositions) && elements <= ANIMATE_MAX_ELEMENTS;
  switch (name) {
    case 'fcose': {
      const quality = elements <= FCOSE_DEFAULT_QUALITY_MAX_ELEMENTS ? 'default' : 'draft';
      return {
        name: 'fcose',
        ...COMMON,
        quality,
        // fcose cannot keep positions in draft quality; large views are laid out afresh.
        randomize: !(ctx.incremental && quality === 'default'),
        animate: animate ? 'end' : false,
        animationDuration: 300,
        // Room for the labels under the nodes; edges at a hub get longer, so its many
        // neighbours (Mali has dozens) form a wide ring instead of a knot.
        // (Tuned on Law 2012-023 with Mali expanded, 46 nodes: weaker repulsion or stronger
        // gravity packs Mali's neighbours into a knot on one side.)
        nodeRepulsion: () => 40000,
        gravity: 0.1,
        idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
          90 + 22 * Math.sqrt(Math.max(edge.source().degree(false), edge.target().degree(false))),
        nodeSeparation: 110,
        numIter: 2500,
        packComponents: false,
      } as cytoscape.LayoutOptions;
    }
    case 'dagre':
      // Instrument chains (government → decree → committee → plan) read along the view's longer
      // side: top to bottom in the usual, nearly square graph area, left to right on wide screens.
      // Tight separations, since the labels already count in the node sizes.
      return {
        name: 'dagre',
        ...COMMON,
        rankDir: (ctx.aspect ?? 1) > 1.6 ? 'LR' : 'TB',
        nodeSep: 12,
        rankSep: 50,
        edgeSep: 8,
        nodeDimensionsIncludeLabels: true,
        animate,
        animationDuration: 300,
      } as cytoscape.LayoutOptions;
    case 'concentric': {
      const distance = ctx.distanceFromFocus ?? (() => 1);
      return {
        name: 'concentric',
        ...COMMON,
        // The focus in the middle, then one ring per hop.
        concentric: (node: cytoscape.NodeSingular) => 100 - distance(node.id()),
        levelWidth: () => 1,
        // Counting the labels in node sizes makes rings so wide that the fitted view is too small
        // to read (zoom 0.5 for Law 2012-023 with Mali expanded); a fixed gap reads better.
        minNodeSpacing: 70,
        startAngle: (3 / 2) * Math.PI,
        nodeDimensionsIncludeLabels: false,
        avoidOverlap: true,
        animate,
        animationDuration: 300,
      } as cytoscape.LayoutOptions;
    }
    case 'timeline': {
      const positions = ctx.timeline?.positions;
      return {
        name: 'preset',
        ...COMMON,
        positions: (node: cytoscape.NodeSingular) => positions?.get(node.id()) ?? { x: 0, y: 0 },
        animate,
        animationDuration: 300,
      } as cytoscape.LayoutOptions;
    }
  }
}

/** Hops from `focusId` over the graph's edges (either direction); unreachable nodes count as far. */
export function hopsFrom(cy: cytoscape.Core, focusId: string | null): (id: string) => number {
  const hops = new Map<string, number>();
  const root = focusId ? cy.getElementById(focusId) : cy.collection();
  if (root.nonempty()) {
    cy.elements().breadthFirstSearch({
      roots: root,
      directed: false,
      visit: (v, _e, _u, _i, depth) => {
        hops.set(v.id(), depth);
      },
    });
  }
  return (id) => hops.get(id) ?? 99;
}
