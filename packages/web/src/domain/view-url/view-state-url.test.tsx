import { DEFAULT_VIEW_STATE, type ViewState } from '../view-state/view-state';
import { decodeViewState, encodeViewState, refusedLinkDate } from './view-state-url';
import { viewReducer } from '../view-state/view-reducer';

describe('view state in the URL', () => {
  const full: ViewState = {
    ...DEFAULT_VIEW_STATE,
    focus: 'ml-law-2012-023',
    expanded: ['ml-mali', 'ml-decree-2011-036'],
    removed: ['un-tip-protocol'],
    hiddenNodeKinds: ['PLACE', 'EVENT'],
    hiddenRelationKinds: ['ADDRESSES'],
    layout: 'dagre',
    lang: 'fr',
    asOf: '2015-06',
    selected: { type: 'relation', id: 'ml-law-2012-023.IMPLEMENTS.un-tip-protocol' },
  };

  it('round-trips every field', () => {
    const search = encodeViewState(full);
    expect(decodeViewState(search)).toEqual(full);
  });

  it('keeps links readable: commas and colons unescaped, defaults left out', () => {
    expect(encodeViewState(full)).toBe(
      '?focus=ml-law-2012-023&expand=ml-mali,ml-decree-2011-036&remove=un-tip-protocol&hideKinds=PLACE,EVENT&hideRelations=ADDRESSES&layout=dagre&lang=fr&asOf=2015-06&sel=relation:ml-law-2012-023.IMPLEMENTS.un-tip-protocol',
    );
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, focus: 'ml-mali' })).toBe('?focus=ml-mali');
  });

  it('round-trips the default view and a node selection', () => {
    expect(decodeViewState(encodeViewState(DEFAULT_VIEW_STATE))).toEqual(DEFAULT_VIEW_STATE);
    const state = {
      ...DEFAULT_VIEW_STATE,
      focus: 'ml-mali',
      selected: { type: 'node' as const, id: 'ml-mali' },
    };
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it('drops malformed or unknown values from a hand-edited link', () => {
    const state = decodeViewState(
      '?focus=<script>&expand=ok-id,bad id,ok-id&hideKinds=place,PLACE&layout=spiral&lang=de&asOf=2015-13-01&sel=edge:x',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, expanded: ['ok-id'], hiddenNodeKinds: ['PLACE'] });
  });

  it('keeps a link’s date that is not a date, to be named rather than silently shown as today', () => {
    expect(refusedLinkDate('?focus=ml-mali&asOf=2015-13-01')).toBe('2015-13-01');
    expect(refusedLinkDate('?asOf=13%2F07%2F2012')).toBe('13/07/2012');
    expect(refusedLinkDate('?focus=ml-mali&asOf=2015-12')).toBeNull();
    expect(refusedLinkDate('?focus=ml-mali')).toBeNull();
    expect(refusedLinkDate('?asOf=')).toBeNull();
  });
});

describe('viewReducer', () => {
  const base: ViewState = {
    ...DEFAULT_VIEW_STATE,
    focus: 'a',
    expanded: ['b'],
    removed: ['c'],
    layout: 'concentric',
    hiddenNodeKinds: ['PLACE'],
  };

  it('starts a new exploration on focus, keeping filters and layout', () => {
    expect(viewReducer(base, { type: 'focus', id: 'z' })).toEqual({
      ...base,
      focus: 'z',
      expanded: [],
      removed: [],
      selected: { type: 'node', id: 'z' },
    });
  });

  it('expands and collapses, bringing a removed node back when it is expanded', () => {
    const expanded = viewReducer(base, { type: 'expand', id: 'c' });
    expect(expanded.expanded).toEqual(['b', 'c']);
    expect(expanded.removed).toEqual([]);
    expect(viewReducer(expanded, { type: 'collapse', id: 'b' }).expanded).toEqual(['c']);
    expect(viewReducer(base, { type: 'expand', id: 'a' }).expanded).toEqual(['b']);
  });

  it('removes a node (never the focus) and clears its selection', () => {
    const selected = { ...base, selected: { type: 'node' as const, id: 'b' } };
    const removed = viewReducer(selected, { type: 'remove', id: 'b' });
    expect(removed).toMatchObject({ removed: ['c', 'b'], expanded: [], selected: null });
    expect(viewReducer(base, { type: 'remove', id: 'a' })).toBe(base);
  });

  it('toggles filters', () => {
    const shown = viewReducer(base, { type: 'setNodeKindVisible', kind: 'PLACE', visible: true });
    expect(shown.hiddenNodeKinds).toEqual([]);
    const hidden = viewReducer(shown, { type: 'setRelationKindVisible', kind: 'ADOPTED', visible: false });
    expect(hidden.hiddenRelationKinds).toEqual(['ADOPTED']);
  });
});

describe('law views in the URL: articles, kinds left out of paths, the implementation map', () => {
  const law: ViewState = {
    ...DEFAULT_VIEW_STATE,
    focus: 'ml-mali',
    articles: ['un-tip-protocol'],
    pathFrom: 'ml-decree-2011-036',
    pathTo: 'un-tip-protocol',
    avoidKinds: ['PLACE'],
    asOf: '2004-01-01',
    mapTreaty: 'un-tip-protocol',
    mapJurisdiction: 'ml-mali',
    panel: 'map',
  };

  it('round-trips them with short, readable keys', () => {
    const search = encodeViewState(law);
    expect(search).toBe(
      '?focus=ml-mali&articles=un-tip-protocol&asOf=2004-01-01&from=ml-decree-2011-036&to=un-tip-protocol&avoid=PLACE&map=un-tip-protocol&in=ml-mali&show=map',
    );
    expect(decodeViewState(search)).toEqual(law);
  });

  it('shows the graph when a link names a map without its treaty or jurisdiction', () => {
    expect(decodeViewState('?map=un-tip-protocol&show=map')).toEqual(DEFAULT_VIEW_STATE);
    expect(decodeViewState('?show=elsewhere&map=un-tip-protocol&in=ml-mali')).toMatchObject({
      panel: 'graph',
      mapTreaty: 'un-tip-protocol',
    });
  });

  it('opens the map, goes back to the graph, and reveals a provision from the map', () => {
    const opened = viewReducer(DEFAULT_VIEW_STATE, {
      type: 'openMap',
      treaty: 'un-tip-protocol',
      jurisdiction: 'ml-mali',
    });
    expect(opened).toMatchObject({ mapTreaty: 'un-tip-protocol', mapJurisdiction: 'ml-mali', panel: 'map' });
    expect(viewReducer(opened, { type: 'showPanel', panel: 'graph' }).panel).toBe('graph');
    expect(viewReducer(DEFAULT_VIEW_STATE, { type: 'showPanel', panel: 'map' }).panel).toBe('graph');
    const revealed = viewReducer(opened, {
      type: 'reveal',
      id: 'ml-law-2012-023-art-3',
      instrument: 'ml-law-2012-023',
    });
    expect(revealed).toMatchObject({
      focus: 'ml-law-2012-023',
      expanded: ['ml-law-2012-023-art-3'],
      articles: ['ml-law-2012-023'],
      selected: { type: 'node', id: 'ml-law-2012-023-art-3' },
      panel: 'graph',
      mapTreaty: 'un-tip-protocol',
    });
    expect(viewReducer(opened, { type: 'reveal', id: 'ml-committee-tip' })).toMatchObject({
      focus: 'ml-committee-tip',
      expanded: [],
      selected: { type: 'node', id: 'ml-committee-tip' },
    });
  });

  it('leaves kinds out of the paths and draws articles on demand', () => {
    const avoided = viewReducer(DEFAULT_VIEW_STATE, { type: 'setAvoidKind', kind: 'PLACE', avoid: true });
    expect(avoided.avoidKinds).toEqual(['PLACE']);
    expect(viewReducer(avoided, { type: 'setAvoidKind', kind: 'PLACE', avoid: false }).avoidKinds).toEqual(
      [],
    );
    const shown = viewReducer(law, { type: 'setArticlesShown', id: 'un-untoc', shown: true });
    expect(shown.articles).toEqual(['un-tip-protocol', 'un-untoc']);
    expect(
      viewReducer(shown, { type: 'setArticlesShown', id: 'un-tip-protocol', shown: false }).articles,
    ).toEqual(['un-untoc']);
    expect(viewReducer(shown, { type: 'focus', id: 'un-untoc' }).articles).toEqual([]);
  });
});
