import type { NodeKind, RelationKind } from '../../gql/graphql';
import type { Lang } from '../../lib/i18n/langs';
import { comparedIds } from './regional-views';
import {
  DEFAULT_VIEW_STATE,
  isPanelOpen,
  type LayoutName,
  type Panel,
  type Selection,
  type Tour,
  type ViewState,
} from './view-state';

export type ViewAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'restoreRemoved' }
  | { type: 'select'; selection: Selection }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setAsOf'; asOf: string | null }
  | { type: 'setNodeKindVisible'; kind: NodeKind; visible: boolean }
  | { type: 'setRelationKindVisible'; kind: RelationKind; visible: boolean }
  | { type: 'home' }
  /** One end of "How are these connected?"; null clears it. */
  | { type: 'setPathEnd'; end: 'from' | 'to'; id: string | null }
  | { type: 'clearPath' }
  /** Lets the paths pass through nodes of a kind, or not. */
  | { type: 'setAvoidKind'; kind: NodeKind; avoid: boolean }
  /** Draws an instrument's articles, or takes them away. */
  | { type: 'setArticlesShown'; id: string; shown: boolean }
  /** Opens the implementation map of a treaty for a jurisdiction (the date is the view's). */
  | { type: 'openMap'; treaty: string; jurisdiction: string }
  | { type: 'showPanel'; panel: Panel }
  /** Compares these jurisdictions (two to four; fewer shows the chooser) as of the view's date. */
  | { type: 'compare'; ids: string[] }
  /** Opens the ratification map of a treaty (as of the view's date). */
  | { type: 'openRatificationMap'; treaty: string }
  /**
   * Shows a node from the implementation map in the graph: its instrument (for a provision) as the
   * focus with its articles drawn, the node expanded and selected.
   */
  | { type: 'reveal'; id: string; instrument?: string }
  /** Shows a tour from `step` (default the first); a tour without steps is started for editing. */
  | { type: 'startTour'; tour: Tour; step?: number }
  | { type: 'goToStep'; index: number }
  /** An edited tour (steps added, moved, removed, renamed); the view stays as it is. */
  | { type: 'updateTour'; tour: Tour }
  | { type: 'endTour' }
  | { type: 'setPresenting'; presenting: boolean }
  | { type: 'replace'; state: ViewState };

/**
 * Actions that change what is in the graph get their own browser history entry (Back undoes an
 * expansion); selection, filters, layout and language replace the current one.
 */
export const HISTORY_ACTIONS: ReadonlySet<ViewAction['type']> = new Set([
  'focus',
  'expand',
  'collapse',
  'remove',
  'restoreRemoved',
  'home',
  'setPathEnd',
  'clearPath',
  'openMap',
  'showPanel',
  'compare',
  'openRatificationMap',
  'reveal',
  'startTour',
  'goToStep',
  'endTour',
]);

const without = <T>(items: readonly T[], item: T): T[] => items.filter((x) => x !== item);
const withItem = <T>(items: readonly T[], item: T): T[] =>
  items.includes(item) ? [...items] : [...items, item];
const toggled = <T>(hidden: readonly T[], item: T, visible: boolean): T[] =>
  visible ? without(hidden, item) : withItem(hidden, item);

/** The view at step `index` of `tour` (the language and presentation mode stay as they are). */
export function applyStep(state: ViewState, tour: Tour, index: number): ViewState {
  const step = tour.steps[index];
  if (!step) return { ...state, tour, step: Math.max(0, Math.min(state.step, tour.steps.length - 1)) };
  // A step shows a graph, whatever the main area showed before.
  return { ...state, ...step.view, tour, step: index, panel: 'graph' };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'focus':
      // A new centre starts a new exploration; filters, layout, language and date stay.
      return {
        ...state,
        focus: action.id,
        expanded: [],
        removed: [],
        articles: [],
        selected: { type: 'node', id: action.id },
      };
    case 'expand':
      if (action.id === state.focus) return { ...state, removed: without(state.removed, action.id) };
      return {
        ...state,
        expanded: withItem(state.expanded, action.id),
        removed: without(state.removed, action.id),
      };
    case 'collapse':
      return { ...state, expanded: without(state.expanded, action.id) };
    case 'remove': {
      if (action.id === state.focus) return state;
      const selected =
        state.selected?.type === 'node' && state.selected.id === action.id ? null : state.selected;
      return {
        ...state,
        removed: withItem(state.removed, action.id),
        expanded: without(state.expanded, action.id),
        selected,
      };
    }
    case 'restoreRemoved':
      return { ...state, removed: [] };
    case 'select':
      return { ...state, selected: action.selection };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setAsOf':
      return { ...state, asOf: action.asOf };
    case 'setNodeKindVisible':
      return { ...state, hiddenNodeKinds: toggled(state.hiddenNodeKinds, action.kind, action.visible) };
    case 'setRelationKindVisible':
      return {
        ...state,
        hiddenRelationKinds: toggled(state.hiddenRelationKinds, action.kind, action.visible),
      };
    case 'home':
      return { ...DEFAULT_VIEW_STATE, lang: state.lang, layout: state.layout };
    case 'setPathEnd': {
      const key = action.end === 'from' ? 'pathFrom' : 'pathTo';
      const next = { ...state, [key]: action.id };
      // Paths are drawn around a focus: with none yet, the first end chosen becomes it.
      if (!state.focus && action.id)
        return {
          ...next,
          focus: action.id,
          expanded: [],
          removed: [],
          selected: { type: 'node', id: action.id },
        };
      return next;
    }
    case 'clearPath':
      return { ...state, pathFrom: null, pathTo: null };
    case 'setAvoidKind':
      return {
        ...state,
        avoidKinds: action.avoid
          ? withItem(state.avoidKinds, action.kind)
          : without(state.avoidKinds, action.kind),
      };
    case 'setArticlesShown':
      return {
        ...state,
        articles: action.shown ? withItem(state.articles, action.id) : without(state.articles, action.id),
      };
    case 'openMap':
      return { ...state, mapTreaty: action.treaty, mapJurisdiction: action.jurisdiction, panel: 'map' };
    case 'showPanel':
      return { ...state, panel: isPanelOpen(state, action.panel) ? action.panel : 'graph' };
    case 'compare': {
      const compare = comparedIds(action.ids);
      return { ...state, compare, panel: compare.length > 0 ? 'compare' : 'graph' };
    }
    case 'openRatificationMap':
      return { ...state, ratificationTreaty: action.treaty, panel: 'ratification' };
    case 'reveal': {
      const focus = action.instrument ?? action.id;
      return {
        ...state,
        focus,
        expanded: focus === action.id ? [] : [action.id],
        removed: [],
        articles: action.instrument ? withItem(state.articles, action.instrument) : state.articles,
        selected: { type: 'node', id: action.id },
        panel: 'graph',
      };
    }
    case 'startTour':
      return applyStep({ ...state, step: 0 }, action.tour, action.step ?? 0);
    case 'goToStep':
      return state.tour && action.index >= 0 && action.index < state.tour.steps.length
        ? applyStep(state, state.tour, action.index)
        : state;
    case 'updateTour':
      return {
        ...state,
        tour: action.tour,
        step: Math.max(0, Math.min(state.step, action.tour.steps.length - 1)),
      };
    case 'endTour':
      return { ...state, tour: null, step: 0, presenting: false };
    case 'setPresenting':
      return { ...state, presenting: action.presenting };
    case 'replace':
      return action.state;
  }
}
