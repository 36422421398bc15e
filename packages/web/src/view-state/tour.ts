import type { NodeKind, RelationKind } from '../gql/graphql';
import type { Lang, LayoutName, Selection, ViewState } from './view-state';

/** A trainer's text (in the one language they wrote it in), or a built-in tour's text in both. */
export type TourText = string | { en: string; fr: string };

/** What a step shows: the view without the language, the tour and presentation. */
export interface StepView {
  focus: string;
  expanded: string[];
  removed: string[];
  hiddenNodeKinds: NodeKind[];
  hiddenRelationKinds: RelationKind[];
  layout: LayoutName;
  asOf: string | null;
  selected: Selection;
  pathFrom: string | null;
  pathTo: string | null;
}

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

export const tourText = (text: TourText, lang: Lang): string =>
  typeof text === 'string' ? text : text[lang];

/** A step's view with the defaults filled in, so steps written by hand stay short. */
export function stepView(view: Partial<StepView> & { focus: string }): StepView {
  return {
    expanded: [],
    removed: [],
    hiddenNodeKinds: [],
    hiddenRelationKinds: [],
    layout: 'fcose',
    asOf: null,
    selected: null,
    pathFrom: null,
    pathTo: null,
    ...view,
  };
}

/** The current view as a step view, or null when there is nothing to show (no focus). */
export function stepViewOf(state: ViewState): StepView | null {
  if (!state.focus) return null;
  const {
    focus,
    expanded,
    removed,
    hiddenNodeKinds,
    hiddenRelationKinds,
    layout,
    asOf,
    selected,
    pathFrom,
    pathTo,
  } = state;
  return {
    focus,
    expanded: [...expanded],
    removed: [...removed],
    hiddenNodeKinds: [...hiddenNodeKinds],
    hiddenRelationKinds: [...hiddenRelationKinds],
    layout,
    asOf,
    selected,
    pathFrom,
    pathTo,
  };
}

/** The view at step `index` of `tour` (the language and presentation mode stay as they are). */
export function applyStep(state: ViewState, tour: Tour, index: number): ViewState {
  const step = tour.steps[index];
  if (!step) return { ...state, tour, step: Math.max(0, Math.min(state.step, tour.steps.length - 1)) };
  return { ...state, ...step.view, tour, step: index };
}
