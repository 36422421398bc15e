import type cytoscape from 'cytoscape';
import { isDraft } from './layout-options';

/** Nodes closer than this (model pixels) count as drawn on one spot. */
const SAME_SPOT = 4;

/**
 * Spreads nodes that a layout left on one spot over a ring around it, and says how many it moved.
 *
 * Why: fcose's "draft" quality (spectral only, for views over 600 elements, layout-options.ts)
 * gives nodes with the same neighbours the same coordinates: the leaves of one hub end up stacked,
 * 40% of a 500-node tree in the layout benchmark, and a stack reads as one node. The force-directed
 * pass that would separate them costs seconds at that size; this costs one pass over the nodes.
 */
export function separateStackedNodes(nodes: cytoscape.NodeCollection, spacing = 44): number {
  const spots = new Map<string, cytoscape.NodeSingular[]>();
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const key = `${Math.round(x / SAME_SPOT)},${Math.round(y / SAME_SPOT)}`;
    const stack = spots.get(key);
    if (stack) stack.push(node);
    else spots.set(key, [node]);
  });
  let moved = 0;
  for (const stack of spots.values()) {
    if (stack.length < 2) continue;
    const { x, y } = stack[0]!.position();
    // A ring on which neighbours are `spacing` apart (the chord between them).
    const radius = spacing / (2 * Math.sin(Math.PI / stack.length));
    stack.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / stack.length;
      node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    });
    moved += stack.length;
  }
  return moved;
}

/**
 * What the view and the layout benchmark do when a layout stops: spread the stacks a draft
 * layout left (other layouts and qualities place every node apart). Returns how many moved.
 */
export function spreadStacksAfterDraft(
  options: cytoscape.LayoutOptions,
  nodes: cytoscape.NodeCollection,
): number {
  return isDraft(options) ? separateStackedNodes(nodes) : 0;
}
