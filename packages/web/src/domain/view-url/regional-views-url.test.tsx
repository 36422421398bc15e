import { viewReducer } from '../view-state/view-reducer';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view-state/view-state';
import { viewAddress } from './view-address';
import { decodeViewState, encodeViewState } from './view-state-url';

describe('the comparison and the ratification map in the URL', () => {
  it('reads and writes a comparison of two to four states as of a date', () => {
    const search = '?asOf=2012&compare=ml-mali,ne-niger,sn-senegal&show=compare';
    const view = decodeViewState(search);
    expect(view).toEqual<ViewState>({
      ...DEFAULT_VIEW_STATE,
      asOf: '2012',
      compare: ['ml-mali', 'ne-niger', 'sn-senegal'],
      panel: 'compare',
    });
    expect(encodeViewState(view)).toBe(search);
    expect(
      viewAddress({ compare: ['ml-mali', 'ne-niger'], panel: 'compare' }, { origin: 'http://x', path: '/' }),
    ).toBe('http://x/?compare=ml-mali,ne-niger&show=compare');
  });

  it('keeps each state once, at most four, and drops what is not an id', () => {
    expect(
      decodeViewState('?compare=ml-mali,ml-mali,ne-niger,sn-senegal,bf-burkina-faso,tg-togo').compare,
    ).toEqual(['ml-mali', 'ne-niger', 'sn-senegal', 'bf-burkina-faso']);
    expect(decodeViewState('?compare=ml-mali,<script>').compare).toEqual(['ml-mali']);
  });

  it('reads and writes the ratification map’s treaty beside the time slider’s date', () => {
    const search = '?asOf=2003&ratification=un-tip-protocol&show=ratification';
    const view = decodeViewState(search);
    expect(view).toMatchObject({
      ratificationTreaty: 'un-tip-protocol',
      panel: 'ratification',
      asOf: '2003',
    });
    expect(encodeViewState(view)).toBe(search);
  });

  it('shows the graph when a link names a view without what it shows', () => {
    expect(decodeViewState('?show=compare')).toEqual(DEFAULT_VIEW_STATE);
    expect(decodeViewState('?show=ratification&compare=ml-mali').panel).toBe('graph');
    // The views opened stay open (as tabs) behind the one shown.
    expect(
      decodeViewState('?compare=ml-mali,ne-niger&ratification=un-untoc&show=ratification'),
    ).toMatchObject({
      compare: ['ml-mali', 'ne-niger'],
      ratificationTreaty: 'un-untoc',
      panel: 'ratification',
    });
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, panel: 'compare' })).toBe('');
  });

  it('opens, switches and closes the views through the reducer', () => {
    const compared = viewReducer(DEFAULT_VIEW_STATE, {
      type: 'compare',
      ids: ['ml-mali', 'ne-niger', 'ml-mali'],
    });
    expect(compared).toMatchObject({ compare: ['ml-mali', 'ne-niger'], panel: 'compare' });
    const mapped = viewReducer(compared, { type: 'openRatificationMap', treaty: 'un-tip-protocol' });
    expect(mapped).toMatchObject({ ratificationTreaty: 'un-tip-protocol', panel: 'ratification' });
    expect(viewReducer(mapped, { type: 'showPanel', panel: 'compare' }).panel).toBe('compare');
    expect(viewReducer(mapped, { type: 'showPanel', panel: 'map' }).panel).toBe('graph');
    expect(viewReducer(compared, { type: 'compare', ids: [] }).panel).toBe('graph');
    // Choosing a state opens its framework in the graph; the views stay as tabs.
    const revealed = viewReducer(mapped, { type: 'reveal', id: 'ml-mali' });
    expect(revealed).toMatchObject({
      focus: 'ml-mali',
      selected: { type: 'node', id: 'ml-mali' },
      panel: 'graph',
    });
    expect(revealed.ratificationTreaty).toBe('un-tip-protocol');
    expect(viewReducer(mapped, { type: 'home' })).toEqual(DEFAULT_VIEW_STATE);
  });
});
