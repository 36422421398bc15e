import type { NodeKind, RelationKind } from '../gql/graphql';
import type { Tour } from './tour';

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** What the details panel shows: a node or a relation, by id. */
export type Selection = { type: 'node' | 'relation'; id: string } | null;

/**
 * Everything that decides what the explorer shows. It lives in the URL (see view-state-url.ts), so a
 * reload or a shared link gives the same view. Features add a field here, a key in the URL codec
 * and an action in the reducer; components never keep view state of their own.
 */
export interface ViewState {
  /** The node whose neighbourhood is shown; null shows the welcome. */
  focus: string | null;
  /** Nodes whose neighbourhood is added to the focus's, in the order they were expanded. */
  expanded: string[];
  /** Nodes taken out of the view (with what was reached only through them). */
  removed: string[];
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
  /** The tour being shown or edited (see tour.ts), and the index of its current step. */
  tour: Tour | null;
  step: number;
  /** Presentation mode: full screen, large type, no side panels. */
  presenting: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  focus: null,
  expanded: [],
  removed: [],
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
  layout: 'fcose',
  lang: 'en',
  asOf: null,
  selected: null,
  pathFrom: null,
  pathTo: null,
  tour: null,
  step: 0,
  presenting: false,
};
