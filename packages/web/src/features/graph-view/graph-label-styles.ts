import type cytoscape from 'cytoscape';
import { LABEL_KEY, LABEL_OFF } from './apply-label-plan';

/**
 * Label rules appended to graph-stylesheet.ts: the label plan (label-plan.ts) decides which labels
 * show, so Cytoscape's own zoom threshold is off; presentation mode starts from 18 px labels.
 */
export function graphLabelStyles({ large = false }: { large?: boolean } = {}): cytoscape.StylesheetJson {
  return [
    { selector: 'node, edge', style: { 'min-zoomed-font-size': 0 } },
    ...(large
      ? [
          { selector: 'node', style: { 'font-size': 18 } },
          { selector: 'node.focus', style: { 'font-size': 21 } },
          { selector: 'edge', style: { 'font-size': 16 } },
        ]
      : []),
    // Labels that matter are drawn over the others.
    { selector: `node.${LABEL_KEY}`, style: { 'z-index': 15 } },
    { selector: `.${LABEL_OFF}`, style: { label: '' } },
  ];
}
