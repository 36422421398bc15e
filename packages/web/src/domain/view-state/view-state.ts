import type { NodeKind, RelationKind } from '../../gql/graphql';
import type { Lang } from '../../lib/i18n/langs';
import { REGIONAL_DEFAULTS, type RegionalViews } from './regional-views';

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** What the details panel shows: a node or a relation, by id. */
export type Selection = { type: 'node' | 'relation'; id: string } | null;

/**
 * What the main area shows: the graph (or the welcome without a focus), the implementation map,
 * the comparison of jurisdictions, or the ratification map.
 */
export const PANELS = ['graph', 'map', 'compare', 'ratification'] as const;
export type Panel = (typeof PANELS)[number];

/**
 * Everything that decides what the explorer shows. It lives in the URL (see domain/view-url), so a
 * reload or a shared link gives the same view. Features add a field here, a key in the URL codec
 * and an action in the reducer; components never keep view state of their own.
 */
export interface ViewState extends RegionalViews {
  /** The node whose neighbourhood is shown; null shows the welcome. */
  focus: string | null;
  /** Nodes whose neighbourhood is added to the focus's, in the order they were expanded. */
  expanded: string[];
  /** Nodes taken out of the view (with what was reached only through them). */
  removed: string[];
  /**
   * Instruments whose articles (provisions) are drawn. A treaty has dozens: they are left out of the
   * graph unless asked for here, or reached by another relation than "is part of".
   */
  articles: string[];
  /** Filters are kept as what is hidden, so the default (everything) is an empty URL. */
  hiddenNodeKinds: NodeKind[];
  hiddenRelationKinds: RelationKind[];
  layout: LayoutName;
  lang: Lang;
  /** Show the framework as it stood on this date (ISO partial date); null for today. */
  asOf: string | null;
  selected: Selection;
  /** "How are these connected?": the two ends whose shortest paths are drawn and explained. */
  pathFrom: string | null;
  pathTo: string | null;
  /** Node kinds the paths may not pass through ("leave places out"). */
  avoidKinds: NodeKind[];
  /** The implementation map: a treaty, article by article, for a jurisdiction (as of `asOf`). */
  mapTreaty: string | null;
  mapJurisdiction: string | null;
  panel: Panel;
  /** The tour being shown or edited, and the index of its current step. */
  tour: Tour | null;
  step: number;
  /** Presentation mode: full screen, large type, no side panels. */
  presenting: boolean;
}

/** The one place the view's defaults are written: the URL codec leaves them out, steps fill them in. */
export const DEFAULT_VIEW_STATE: ViewState = {
  focus: null,
  expanded: [],
  removed: [],
  articles: [],
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
  layout: 'fcose',
  lang: 'en',
  asOf: null,
  selected: null,
  pathFrom: null,
  pathTo: null,
  avoidKinds: [],
  mapTreaty: null,
  mapJurisdiction: null,
  panel: 'graph',
  ...REGIONAL_DEFAULTS,
  tour: null,
  step: 0,
  presenting: false,
};

/** Whether the main area can show `panel`: the graph always, another view once it has what it shows. */
export function isPanelOpen(state: ViewState, panel: Panel): boolean {
  switch (panel) {
    case 'graph':
      return true;
    case 'map':
      return Boolean(state.mapTreaty && state.mapJurisdiction);
    case 'compare':
      return state.compare.length > 0;
    case 'ratification':
      return Boolean(state.ratificationTreaty);
  }
}

/**
 * What a tour step records of the view: everything but the language, the tour, presentation,
 * the implementation map, the comparison and the ratification map (a step shows a graph).
 */
export const STEP_VIEW_KEYS = [
  'focus',
  'expanded',
  'removed',
  'articles',
  'hiddenNodeKinds',
  'hiddenRelationKinds',
  'layout',
  'asOf',
  'selected',
  'pathFrom',
  'pathTo',
  'avoidKinds',
] as const satisfies ReadonlyArray<keyof ViewState>;

/** What a step shows; a step always has a focus. */
export type StepView = Pick<ViewState, (typeof STEP_VIEW_KEYS)[number]> & { focus: string };

/**
 * A tour's title or caption: in English and French ("" where a language is not written yet: the
 * other is shown), or a plain text from a tour file of version 1, shown in both languages.
 */
export type TourText = string | { en: string; fr: string };

export interface TourStep {
  title: TourText;
  caption: TourText;
  view: StepView;
}

/**
 * A sequence of saved views with a title and a caption each, for workshops. `id` names a built-in
 * tour (so a link carries its id, not its text); any edit makes a copy without it.
 */
export interface Tour {
  id?: string;
  title: TourText;
  steps: TourStep[];
}

/** The step view of `state` (arrays copied), whatever its focus. */
function pickStepView(state: ViewState, focus: string): StepView {
  const view = Object.fromEntries(
    STEP_VIEW_KEYS.map((key) => {
      const value = state[key];
      return [key, Array.isArray(value) ? [...value] : value];
    }),
  ) as StepView;
  return { ...view, focus };
}

/** A step's view with the defaults filled in, so steps written by hand stay short. */
export function stepView(view: Partial<StepView> & { focus: string }): StepView {
  return { ...pickStepView(DEFAULT_VIEW_STATE, view.focus), ...view };
}

/** The current view as a step view, or null when there is nothing to show (no focus). */
export function stepViewOf(state: ViewState): StepView | null {
  return state.focus ? pickStepView(state, state.focus) : null;
}
