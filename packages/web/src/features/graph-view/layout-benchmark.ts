import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../../domain/view-state/view-state';
import { seededRandom } from '@cadre/model/seeded-random';
import { createCytoscape } from './create-cytoscape';
import { layoutSettings, type LayoutRun } from './dev-hooks';
import { KIND_STYLES } from '../../ui/kind-styles';
import { hopsFrom, layoutOptions } from './layout-options';
import { spreadStacksAfterDraft } from './separate-stacked-nodes';

/** A connected graph shaped like Cadre's: a random tree plus extra edges, all kinds mixed. */
export function syntheticElements(nodes: number, edgesPerNode: number): ElementDefinition[] {
  const random = seededRandom(2012023);
  const kinds = Object.keys(KIND_STYLES);
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) {
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, kind: kinds[i % kinds.length], label: `Synthetic node number ${i}` },
    });
  }
  const edges = Math.max(nodes - 1, Math.round(nodes * edgesPerNode));
  for (let e = 0; e < edges; e++) {
    // The first n-1 edges make a tree (each node to an earlier one), the rest join random pairs.
    const target = e < nodes - 1 ? e + 1 : Math.floor(random() * nodes);
    const source = e < nodes - 1 ? Math.floor(random() * (e + 1)) : Math.floor(random() * nodes);
    if (source === target) continue;
    elements.push({
      group: 'edges',
      data: { id: `e${e}`, source: `n${source}`, target: `n${target}`, label: 'Implements' },
    });
  }
  return elements;
}

export interface BenchmarkOptions {
  /** Edges per node (a tree has just under 1). Default 1. */
  edgesPerNode?: number;
  /** Default 'fcose'. */
  layout?: string;
  /** Options laid over the view's own, to compare settings (e.g. { quality: 'default' }). */
  overrides?: Record<string, unknown>;
}

export async function layoutBenchmark(
  nodes: number,
  { edgesPerNode = 1, layout = 'fcose', overrides = {} }: BenchmarkOptions = {},
): Promise<LayoutRun> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // Sized like the real view so the layout and the renderer do the same work, but off screen.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: '1000px',
    height: '700px',
  });
  document.body.append(container);
  const cy = createCytoscape(container, { elements: syntheticElements(nodes, edgesPerNode) });
  try {
    const options = {
      ...layoutOptions(layout as LayoutName, {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        focusId: 'n0',
        incremental: false,
        distanceFromFocus: hopsFrom(cy, 'n0'),
      }),
      ...overrides,
    } as cytoscape.LayoutOptions;
    const started = performance.now();
    const run = cy.layout(options);
    const stopped = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
    run.run();
    await stopped;
    spreadStacksAfterDraft(options, cy.nodes());
    const ms = performance.now() - started;
    const positions = new Set(
      cy
        .nodes()
        .map((n) => n.position())
        .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
        .map((p) => `${Math.round(p.x)},${Math.round(p.y)}`),
    );
    return {
      placed: positions.size,
      layout,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      ms: Math.round(ms),
      settings: layoutSettings(options),
    };
  } finally {
    cy.destroy();
    container.remove();
  }
}
