import { z } from 'zod';
import { LANGS } from '../../lib/i18n/langs';
import {
  idSchema,
  layoutSchema,
  nodeKindSchema,
  partialDateSchema,
  relationKindSchema,
} from '../view-state/value-schemas';
import { comparedIds } from '../view-state/regional-views';
import {
  DEFAULT_VIEW_STATE,
  isPanelOpen,
  PANELS,
  type Selection,
  type ViewState,
} from '../view-state/view-state';
import { decodeTourParam, encodeTourParam } from './tour-url';

/** Query-string keys; short enough for a shared link, plain enough to edit by hand. */
const KEY = {
  focus: 'focus',
  expanded: 'expand',
  removed: 'remove',
  articles: 'articles',
  hiddenNodeKinds: 'hideKinds',
  hiddenRelationKinds: 'hideRelations',
  layout: 'layout',
  lang: 'lang',
  asOf: 'asOf',
  selected: 'sel',
  pathFrom: 'from',
  pathTo: 'to',
  avoidKinds: 'avoid',
  mapTreaty: 'map',
  mapJurisdiction: 'in',
  panel: 'show',
  compare: 'compare',
  ratificationTreaty: 'ratification',
  tour: 'tour',
  step: 'step',
  presenting: 'present',
} as const satisfies Record<keyof ViewState, string>;

// A parameter is a string, or null when absent. Anything malformed in a hand-edited or truncated
// link falls back to the default rather than being sent to the API.
const param = z.string().nullable();

const optional = <T>(schema: z.ZodType<T>) => schema.nullable().catch(null);

/** "a,b,c": the valid items, each once. */
const commaList = <T>(item: z.ZodType<T>) =>
  param.transform((value): T[] => {
    const items = (value ? value.split(',') : []).flatMap((v) => {
      const result = item.safeParse(v);
      return result.success ? [result.data] : [];
    });
    return [...new Set(items)];
  });

/** "node:<id>" or "relation:<id>". */
const selection = param.transform((value): Selection => {
  const match = value ? /^(node|relation):(.+)$/.exec(value) : null;
  const id = idSchema.safeParse(match?.[2]);
  return match && id.success ? { type: match[1] as 'node' | 'relation', id: id.data } : null;
});

/** The URL's parameters, by view field, as the view wants them (the step is checked against the tour after). */
const urlSchema = z.object({
  focus: optional(idSchema),
  expanded: commaList(idSchema),
  removed: commaList(idSchema),
  articles: commaList(idSchema),
  hiddenNodeKinds: commaList(nodeKindSchema),
  hiddenRelationKinds: commaList(relationKindSchema),
  layout: layoutSchema.catch(DEFAULT_VIEW_STATE.layout),
  lang: z.enum(LANGS).catch(DEFAULT_VIEW_STATE.lang),
  asOf: optional(partialDateSchema),
  selected: selection,
  pathFrom: optional(idSchema),
  pathTo: optional(idSchema),
  avoidKinds: commaList(nodeKindSchema),
  mapTreaty: optional(idSchema),
  mapJurisdiction: optional(idSchema),
  panel: z.enum(PANELS).catch(DEFAULT_VIEW_STATE.panel),
  compare: commaList(idSchema).transform(comparedIds),
  ratificationTreaty: optional(idSchema),
  tour: param.transform(decodeTourParam),
  // Steps are counted from 1 in links, as people count them.
  step: param.transform((value) => Number.parseInt(value ?? '1', 10) - 1),
  presenting: param.transform((value) => value === '1'),
});

/** Reads a view from a query string ("?focus=...&expand=..."); unknown or malformed values fall back to defaults. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const raw = Object.fromEntries(Object.entries(KEY).map(([field, key]) => [field, params.get(key)]));
  const view = urlSchema.parse(raw);
  const { tour, step } = view;
  // The map needs a treaty and a jurisdiction; a panel whose view has nothing to show gives the graph.
  const map = view.mapTreaty && view.mapJurisdiction;
  const state: ViewState = {
    ...view,
    ...(map ? {} : { mapTreaty: null, mapJurisdiction: null }),
    step: tour && step > 0 && step < tour.steps.length ? step : 0,
  };
  return isPanelOpen(state, state.panel) ? state : { ...state, panel: 'graph' };
}

/**
 * The link's date when it is there but not a date ("asOf=2013-13"): the view falls back to today
 * like any malformed value, but a wrong date must be said, or today's graph passes for that date's.
 */
export function refusedLinkDate(search: string): string | null {
  const value = new URLSearchParams(search).get(KEY.asOf);
  return value && !partialDateSchema.safeParse(value).success ? value : null;
}

/** Writes a view as a query string (with its "?", or "" for the default view); defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set(KEY.focus, state.focus);
  if (state.expanded.length) params.set(KEY.expanded, state.expanded.join(','));
  if (state.removed.length) params.set(KEY.removed, state.removed.join(','));
  if (state.articles.length) params.set(KEY.articles, state.articles.join(','));
  if (state.hiddenNodeKinds.length) params.set(KEY.hiddenNodeKinds, state.hiddenNodeKinds.join(','));
  if (state.hiddenRelationKinds.length)
    params.set(KEY.hiddenRelationKinds, state.hiddenRelationKinds.join(','));
  if (state.layout !== DEFAULT_VIEW_STATE.layout) params.set(KEY.layout, state.layout);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set(KEY.lang, state.lang);
  if (state.asOf) params.set(KEY.asOf, state.asOf);
  if (state.selected) params.set(KEY.selected, `${state.selected.type}:${state.selected.id}`);
  if (state.pathFrom) params.set(KEY.pathFrom, state.pathFrom);
  if (state.pathTo) params.set(KEY.pathTo, state.pathTo);
  if (state.avoidKinds.length) params.set(KEY.avoidKinds, state.avoidKinds.join(','));
  if (state.mapTreaty && state.mapJurisdiction) {
    params.set(KEY.mapTreaty, state.mapTreaty);
    params.set(KEY.mapJurisdiction, state.mapJurisdiction);
  }
  if (state.compare.length) params.set(KEY.compare, state.compare.join(','));
  if (state.ratificationTreaty) params.set(KEY.ratificationTreaty, state.ratificationTreaty);
  if (state.panel !== DEFAULT_VIEW_STATE.panel && isPanelOpen(state, state.panel))
    params.set(KEY.panel, state.panel);
  if (state.tour) {
    params.set(KEY.tour, encodeTourParam(state.tour));
    params.set(KEY.step, String(state.step + 1));
  }
  if (state.presenting) params.set(KEY.presenting, '1');
  // Ids and kinds never need escaping; keeping commas and colons readable makes links editable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
