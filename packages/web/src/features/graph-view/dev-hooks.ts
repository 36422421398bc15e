/**
 * Numbers and handles for the end-to-end tests and for whoever tunes the layouts, on
 * `window.__cadre` (production builds too: they are small and read-only).
 */
export interface LayoutRun {
  layout: string;
  nodes: number;
  edges: number;
  ms: number;
  settings: Record<string, unknown>;
  /** Nodes at distinct finite positions after the run (benchmark runs only): a layout that did nothing leaves 1. */
  placed?: number;
}

export interface CadreDevHooks {
  /** Milliseconds from navigation start to the first non-empty graph being laid out and painted. */
  firstDrawMs?: number;
  lastLayout?: LayoutRun;
  layoutRuns: number;
  /** Lays out a synthetic graph of `nodes` nodes in a hidden instance with the view's own settings. */
  layoutBenchmark?: (
    nodes: number,
    options?: { edgesPerNode?: number; layout?: string; overrides?: Record<string, unknown> },
  ) => Promise<LayoutRun>;
  /** What the graph shows, and where (for tests that click on the canvas). */
  graph?: {
    nodeIds(): string[];
    edgeIds(): string[];
    selectedIds(): string[];
    /** Style classes of an element ("focus", "on-path", "dimmed"...), or [] when it is not drawn. */
    classes(id: string): string[];
    /** Centre of a node in page coordinates, or null when it is not drawn. */
    pagePosition(id: string): { x: number; y: number } | null;
    zoom(): number;
    /** Every label drawn in view, with its size on screen in CSS pixels (see label-plan.ts). */
    labelSizes(): Array<{ id: string; px: number; text: string }>;
  };
}

declare global {
  interface Window {
    __cadre?: CadreDevHooks;
  }
}

export function devHooks(): CadreDevHooks {
  window.__cadre ??= { layoutRuns: 0 };
  return window.__cadre;
}

/** The settings worth reporting from a layout's options (not its callbacks). */
export function layoutSettings(options: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function'));
}
