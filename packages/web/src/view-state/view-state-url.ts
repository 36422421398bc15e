import type { NodeKind, RelationKind } from '../gql/graphql';
import { decodeTourParam, encodeTourParam } from './tour-url';
import {
  DEFAULT_VIEW_STATE,
  LANGS,
  LAYOUTS,
  type Lang,
  type LayoutName,
  type Selection,
  type ViewState,
} from './view-state';

/** Query-string keys; short enough for a shared link, plain enough to edit by hand. */
const KEY = {
  focus: 'focus',
  expanded: 'expand',
  removed: 'remove',
  hiddenNodeKinds: 'hideKinds',
  hiddenRelationKinds: 'hideRelations',
  layout: 'layout',
  lang: 'lang',
  asOf: 'asOf',
  selected: 'sel',
  pathFrom: 'from',
  pathTo: 'to',
  tour: 'tour',
  step: 'step',
  presenting: 'present',
} as const;

// Anything else in a hand-edited or truncated link is dropped rather than sent to the API.
const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const KIND = /^[A-Z][A-Z_]{0,39}$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const list = (value: string | null, pattern: RegExp): string[] =>
  value ? [...new Set(value.split(',').filter((v) => pattern.test(v)))] : [];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

function decodeSelection(value: string | null): Selection {
  const match = value ? /^(node|relation):(.+)$/.exec(value) : null;
  const id = match?.[2];
  return match && id && ID.test(id) ? { type: match[1] as 'node' | 'relation', id } : null;
}

/** Reads a view from a query string ("?focus=...&expand=..."); unknown or malformed values fall back to defaults. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focus = params.get(KEY.focus);
  const asOf = params.get(KEY.asOf);
  const pathFrom = params.get(KEY.pathFrom);
  const pathTo = params.get(KEY.pathTo);
  const tour = decodeTourParam(params.get(KEY.tour));
  // Steps are counted from 1 in links, as people count them.
  const step = Number.parseInt(params.get(KEY.step) ?? '1', 10) - 1;
  return {
    focus: focus && ID.test(focus) ? focus : null,
    expanded: list(params.get(KEY.expanded), ID),
    removed: list(params.get(KEY.removed), ID),
    hiddenNodeKinds: list(params.get(KEY.hiddenNodeKinds), KIND) as NodeKind[],
    hiddenRelationKinds: list(params.get(KEY.hiddenRelationKinds), KIND) as RelationKind[],
    layout: oneOf<LayoutName>(params.get(KEY.layout), LAYOUTS, DEFAULT_VIEW_STATE.layout),
    lang: oneOf<Lang>(params.get(KEY.lang), LANGS, DEFAULT_VIEW_STATE.lang),
    asOf: asOf && PARTIAL_DATE.test(asOf) ? asOf : null,
    selected: decodeSelection(params.get(KEY.selected)),
    pathFrom: pathFrom && ID.test(pathFrom) ? pathFrom : null,
    pathTo: pathTo && ID.test(pathTo) ? pathTo : null,
    tour,
    step: tour && step > 0 && step < tour.steps.length ? step : 0,
    presenting: params.get(KEY.presenting) === '1',
  };
}

/** Writes a view as a query string (with its "?", or "" for the default view); defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set(KEY.focus, state.focus);
  if (state.expanded.length) params.set(KEY.expanded, state.expanded.join(','));
  if (state.removed.length) params.set(KEY.removed, state.removed.join(','));
  if (state.hiddenNodeKinds.length) params.set(KEY.hiddenNodeKinds, state.hiddenNodeKinds.join(','));
  if (state.hiddenRelationKinds.length)
    params.set(KEY.hiddenRelationKinds, state.hiddenRelationKinds.join(','));
  if (state.layout !== DEFAULT_VIEW_STATE.layout) params.set(KEY.layout, state.layout);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set(KEY.lang, state.lang);
  if (state.asOf) params.set(KEY.asOf, state.asOf);
  if (state.selected) params.set(KEY.selected, `${state.selected.type}:${state.selected.id}`);
  if (state.pathFrom) params.set(KEY.pathFrom, state.pathFrom);
  if (state.pathTo) params.set(KEY.pathTo, state.pathTo);
  if (state.tour) {
    params.set(KEY.tour, encodeTourParam(state.tour));
    params.set(KEY.step, String(state.step + 1));
  }
  if (state.presenting) params.set(KEY.presenting, '1');
  // Ids and kinds never need escaping; keeping commas and colons readable makes links editable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
