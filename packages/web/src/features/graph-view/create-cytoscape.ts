import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { graphStylesheet } from './graph-stylesheet';
import { graphLabelStyles } from './graph-label-styles';

let registered = false;

/** The one place Cytoscape instances are made, with the kept layout extensions registered once. */
export function createCytoscape(
  container: HTMLElement,
  options: cytoscape.CytoscapeOptions = {},
): cytoscape.Core {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  return cytoscape({
    container,
    style: [...graphStylesheet(), ...graphLabelStyles()],
    // A hierarchy of a hundred nodes can be 20 000 model pixels wide: fitting it needs a small
    // zoom, and the label plan keeps the labels that matter readable at any zoom.
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...options,
  });
}
