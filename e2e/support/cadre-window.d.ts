// The explorer's dev hooks (packages/web/src/graph-view/dev-hooks.ts), as the specs use them.
interface CadreLayoutRun {
  layout: string;
  nodes: number;
  edges: number;
  ms: number;
  settings: Record<string, unknown>;
}

interface Window {
  __cadre?: {
    firstDrawMs?: number;
    lastLayout?: CadreLayoutRun;
    layoutRuns: number;
    layoutBenchmark?: (nodes: number, options?: { edgesPerNode?: number; layout?: string; overrides?: Record<string, unknown> }) => Promise<CadreLayoutRun>;
    graph?: {
      nodeIds(): string[];
      edgeIds(): string[];
      selectedIds(): string[];
      classes(id: string): string[];
      pagePosition(id: string): { x: number; y: number } | null;
      zoom(): number;
    };
  };
}
