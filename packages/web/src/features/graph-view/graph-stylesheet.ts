import type cytoscape from 'cytoscape';
import {
  EDGE_COLOR,
  KIND_STYLES,
  PATH_COLOR,
  SELECTED_COLOR,
  UNKNOWN_KIND_STYLE,
} from '../../ui/kind-styles';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Labels sit under nodes on a white plate so they stay readable over edges; they hide when zoomed
 * out too far to read (min-zoomed-font-size) instead of turning into noise.
 */
export interface StylesheetOptions {
  /** Presentation mode: labels and nodes readable from the back of a room, darker lines. Default false. */
  large?: boolean;
}

export function graphStylesheet({ large = false }: StylesheetOptions = {}): cytoscape.StylesheetJson {
  const kinds: cytoscape.StylesheetJson = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': UNKNOWN_KIND_STYLE.color,
        shape: UNKNOWN_KIND_STYLE.shape,
        width: 26,
        height: 26,
        'border-width': 1.5,
        'border-color': '#333333',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    ...kinds,
    {
      selector: 'node.focus',
      style: {
        width: 40,
        height: 40,
        'border-width': 3,
        'border-color': '#000000',
        'font-weight': 'bold',
        'font-size': 12,
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#000000' },
    },
    // Articles are small tags hanging off their instrument.
    { selector: 'node[kind = "PROVISION"]', style: { width: 20, height: 16, 'font-size': 10 } },
    // On the view's date: adopted but not yet in force (dashed), or undated (dotted). A line style,
    // not a colour, so it reads in greyscale and on a projector; the legend names both.
    {
      selector: 'node.not-in-force',
      style: {
        'border-style': 'dashed',
        'border-width': 3,
        'border-dash-pattern': [7, 4],
        'border-color': '#000000',
        'background-opacity': 0.55,
      },
    },
    {
      selector: 'node.undated',
      style: { 'border-style': 'dotted', 'border-width': 3, 'border-color': '#000000' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': EDGE_COLOR,
        'target-arrow-color': EDGE_COLOR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#333333',
        // Along the edge: labels of neighbouring edges overlap far less than when all are horizontal.
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': SELECTED_COLOR,
        'overlay-color': SELECTED_COLOR,
        'overlay-opacity': 0.12,
        'overlay-padding': 6,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3.5,
        'line-color': SELECTED_COLOR,
        'target-arrow-color': SELECTED_COLOR,
        color: '#000000',
        'font-weight': 'bold',
      },
    },
    // "How are these connected?": the paths stand out (a halo, thick lines), the rest steps back.
    { selector: '.dimmed', style: { opacity: 0.22 } },
    {
      selector: 'node.on-path',
      style: {
        'underlay-color': PATH_COLOR,
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 4.5,
        'line-color': PATH_COLOR,
        'target-arrow-color': PATH_COLOR,
        color: '#000000',
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.on-path:selected',
      style: { 'line-color': SELECTED_COLOR, 'target-arrow-color': SELECTED_COLOR },
    },
    ...(large ? largeStyles() : []),
  ];
}

/** Presentation mode: big type and high contrast (black text on full-opacity white, darker edges). */
function largeStyles(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 34,
        height: 34,
        'border-width': 2.5,
        'border-color': '#000000',
        'font-size': 17,
        color: '#000000',
        'text-max-width': '190px',
        'text-background-opacity': 1,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.focus', style: { width: 50, height: 50, 'border-width': 4, 'font-size': 19 } },
    {
      selector: 'edge',
      style: {
        width: 2.5,
        'line-color': '#333333',
        'target-arrow-color': '#333333',
        'font-size': 14,
        color: '#000000',
        'text-background-opacity': 1,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'edge.on-path', style: { width: 6 } },
  ];
}
