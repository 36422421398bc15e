import type cytoscape from 'cytoscape';
import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { GraphElement } from './to-cytoscape-elements';
import type { LayoutName, Selection } from '../../domain/view-state/view-state';
import { createCytoscape } from './create-cytoscape';
import { devHooks, layoutSettings } from './dev-hooks';
import { graphStylesheet } from './graph-stylesheet';
import { graphLabelStyles } from './graph-label-styles';
import { AXIS_SCRATCH, drawnLabelSizes } from './apply-label-plan';
import { fitStep, spreadToFrame } from './fit-step';
import { useLabelPlan } from './use-label-plan';
import { exportCanvas, snapshotPng, type CanvasExportFormat } from './export/export-canvas';
import { layoutBenchmark } from './layout-benchmark';
import { hopsFrom, LAYOUT_PADDING, layoutOptions } from './layout-options';
import { spreadStacksAfterDraft } from './separate-stacked-nodes';
import { TimelineAxis } from './TimelineAxis';
import { placeOnTimeline, TIMELINE_SIZES, type TimelineAxis as Axis } from './timeline-layout';
import { KIND_STYLES } from '../../ui/kind-styles';

export interface GraphViewHandle {
  fit(): void;
  relayout(): void;
  /** The view as PNG, SVG or Cytoscape JSON (see export/export-canvas.ts). */
  exportCanvas(format: CanvasExportFormat, metadata?: Record<string, unknown>): Promise<Blob>;
  /** The drawing as a PNG data URL, synchronously (the printed handout); null before it is drawn. */
  snapshot(): string | null;
}

export interface GraphViewProps {
  elements: GraphElement[];
  layout: LayoutName;
  focusId: string | null;
  selected: Selection;
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
  /** Accessible name of the canvas, which points to the list view for its content. */
  label: string;
  /** Presentation mode: large labels, high contrast. Default false. */
  presenting?: boolean;
}

/** The graph drawn with Cytoscape.js: the only component that touches Cytoscape. */
export const GraphView = forwardRef<GraphViewHandle, GraphViewProps>(function GraphView(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const running = useRef<{ layout: cytoscape.Layouts; run: number } | null>(null);
  const appliedLayout = useRef<LayoutName | null>(null);
  // The instance and the timeline's axis as state too: the axis overlay renders from them.
  const [cyState, setCyState] = useState<cytoscape.Core | null>(null);
  const [timelineAxis, setTimelineAxis] = useState<Axis | null>(null);
  const appliedLarge = useRef(false);
  const { elements, layout, selected, presenting, label } = props;
  // Handlers read the latest props without re-binding Cytoscape events on every render; noted
  // before the other layout effects of a render run (effects run in the order they are declared).
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  // Which labels are drawn, and how big, at the current zoom (label-plan.ts).
  const refreshLabels = useLabelPlan(cyRef, cyState, Boolean(presenting));
  const labelsRef = useRef(refreshLabels);
  useLayoutEffect(() => {
    labelsRef.current = refreshLabels;
  });

  // Reads only refs (and sets state), so it is the same function for the component's life.
  const runLayout = useCallback((incremental: boolean, hadPositions = true): void => {
    const cy = cyRef.current;
    const box = container.current;
    if (!cy || !box) return;
    running.current?.layout.stop();
    // A step's framing still animating would end over the new layout's fit.
    cy.stop(true, false);
    // The stage may have changed size with the panels around it (a tour bar, presentation mode):
    // Cytoscape only notices window resizes, and the layout fits to the size it knows.
    cy.resize();
    const { layout: wanted, focusId } = latest.current;
    appliedLayout.current = wanted;
    const timeline =
      wanted === 'timeline'
        ? placeOnTimeline(
            cy.nodes().map((n) => ({
              id: n.id(),
              validFrom: n.data('validFrom') as string | undefined,
              kind: n.data('kind') as string,
            })),
            focusId,
            TIMELINE_SIZES,
            Object.keys(KIND_STYLES),
          )
        : undefined;
    setTimelineAxis(timeline?.axis ?? null);
    cy.scratch(AXIS_SCRATCH, timeline?.axis?.axisY ?? null);
    const options = layoutOptions(wanted, {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      focusId,
      incremental,
      hadPositions,
      aspect: cy.width() / Math.max(cy.height(), 1),
      distanceFromFocus: hopsFrom(cy, focusId),
      timeline,
    });
    const hooks = devHooks();
    const run = ++hooks.layoutRuns;
    const started = performance.now();
    box.dataset.layoutState = 'running';
    const instance = cy.layout(options);
    running.current = { layout: instance, run };
    instance.one('layoutstop', () => {
      if (running.current?.run !== run) return;
      if (spreadStacksAfterDraft(options, cy.nodes()) > 0) cy.fit(undefined, LAYOUT_PADDING);
      const ms = performance.now() - started;
      hooks.lastLayout = {
        layout: wanted,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        ms: Math.round(ms),
        settings: layoutSettings(options),
      };
      // A slide shows what its step is about, large enough to read (fit-step.ts).
      if (latest.current.presenting) {
        if (wanted !== 'timeline') spreadToFrame(cy);
        fitStep(cy);
      }
      labelsRef.current({ now: true });
      // After the next paint, so the number includes drawing the graph.
      requestAnimationFrame(() => {
        if (running.current?.run !== run) return;
        box.dataset.layoutState = 'idle';
        if (hooks.firstDrawMs === undefined && cy.nodes().length > 0) {
          hooks.firstDrawMs = Math.round(performance.now());
          performance.mark('cadre:first-draw');
        }
      });
    });
    instance.run();
  }, []);

  useLayoutEffect(() => {
    const box = container.current;
    if (!box) return undefined;
    const cy = createCytoscape(box);
    cyRef.current = cy;
    setCyState(cy);
    const resized = new ResizeObserver(() => cy.resize());
    resized.observe(box);
    cy.on('tap', 'node', (e) => latest.current.onSelect({ type: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => latest.current.onSelect({ type: 'relation', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) latest.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => latest.current.onExpand(e.target.id()));
    const hooks = devHooks();
    hooks.layoutBenchmark = layoutBenchmark;
    hooks.graph = {
      nodeIds: () => cy.nodes().map((n) => n.id()),
      edgeIds: () => cy.edges().map((e) => e.id()),
      selectedIds: () => cy.$(':selected').map((e) => e.id()),
      classes: (id) => {
        const element = cy.getElementById(id);
        return element.empty() ? [] : element.classes();
      },
      zoom: () => cy.zoom(),
      labelSizes: () => drawnLabelSizes(cy),
      pagePosition: (id) => {
        const node = cy.getElementById(id);
        if (node.empty()) return null;
        const p = node.renderedPosition();
        const rect = box.getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
    };
    return () => {
      running.current?.layout.stop();
      resized.disconnect();
      running.current = null;
      appliedLayout.current = null;
      delete hooks.graph;
      cy.destroy();
      cyRef.current = null;
      setCyState(null);
    };
  }, []);

  // Elements: add, update and remove in place so positions survive; lay out only when the
  // structure changed (a language switch only relabels). A layout effect, so that no frame ever
  // shows the new React state with the old graph (tests wait on data-layout-state).
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    const hadNodes = cy.nodes().length > 0;
    let changed = false;
    cy.batch(() => {
      const gone = cy.elements().filter((e) => !wanted.has(e.id()));
      if (gone.nonempty()) {
        changed = true;
        cy.remove(gone);
      }
      const added: GraphElement[] = [];
      for (const element of elements) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) {
          existing.data(element.data);
          existing.classes(element.classes);
        } else {
          added.push(element);
        }
      }
      if (added.length === 0) return;
      changed = true;
      // New nodes start next to a node already placed, so an incremental layout moves little.
      const placed = (id: string | undefined) => (id ? cy.getElementById(id) : cy.collection());
      const nodes = added
        .filter((e) => e.group === 'nodes')
        .map((e) => {
          const edge = added.find(
            (a) =>
              a.group === 'edges' &&
              (a.data.source === e.data.id || a.data.target === e.data.id) &&
              placed(a.data.source === e.data.id ? a.data.target : a.data.source).nonempty(),
          );
          const anchor = edge
            ? placed(edge.data.source === e.data.id ? edge.data.target : edge.data.source)
            : cy.collection();
          const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
          return {
            ...e,
            position: { x: origin.x + (Math.random() - 0.5) * 60, y: origin.y + (Math.random() - 0.5) * 60 },
          };
        });
      cy.add([...nodes, ...added.filter((e) => e.group === 'edges')]);
    });
    // New classes (a new focus, a path) may change the stylesheet's label sizes.
    labelsRef.current({ reset: true });
    if (changed || appliedLayout.current === null) runLayout(hadNodes, hadNodes);
  }, [elements, runLayout]);

  useLayoutEffect(() => {
    if (appliedLayout.current !== null && appliedLayout.current !== layout) runLayout(false);
  }, [layout, runLayout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!selected) return;
    const element = cy.getElementById(selected.id);
    if (element.empty()) return;
    element.select();
    // In presentation mode, a new selection (the next step's) is framed like a step.
    if (latest.current.presenting && container.current?.dataset.layoutState === 'idle') {
      fitStep(cy, true);
      return;
    }
    // Bring it into view when it was chosen elsewhere (list view, details panel) off screen.
    const box = element.renderedBoundingBox({});
    const width = cy.width();
    const height = cy.height();
    if (box.x2 < 0 || box.y2 < 0 || box.x1 > width || box.y1 > height) {
      cy.animate({ center: { eles: element } }, { duration: 250 });
    }
    // Again when the elements change: the selected one may just have been drawn.
  }, [selected, elements]);

  useImperativeHandle(ref, () => ({
    fit: () =>
      cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 36 } }, { duration: 250 }),
    relayout: () => runLayout(false),
    snapshot: () => (cyRef.current && cyRef.current.nodes().nonempty() ? snapshotPng(cyRef.current) : null),
    exportCanvas: (format, metadata) =>
      cyRef.current
        ? exportCanvas(cyRef.current, format, metadata)
        : Promise.reject(new Error('The graph is not drawn yet')),
  }));

  useEffect(() => {
    const cy = cyRef.current;
    const large = Boolean(presenting);
    if (!cy || large === appliedLarge.current) return;
    appliedLarge.current = large;
    cy.style([...graphStylesheet({ large }), ...graphLabelStyles({ large })]);
    labelsRef.current({ reset: true });
    // Larger labels need room: lay out again, keeping the layout's kind.
    runLayout(false);
  }, [presenting, runLayout]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={label}
        data-layout-state="idle"
        data-testid="graph-canvas"
      />
      <TimelineAxis cy={cyState} axis={timelineAxis} />
    </>
  );
});
