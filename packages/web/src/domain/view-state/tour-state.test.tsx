import { MALI_FRAMEWORK_TOUR } from '../tour/builtin-tours';
import { decodeTourParam, encodeTourParam } from '../view-url/tour-url';
import { decodeViewState, encodeViewState } from '../view-url/view-state-url';
import { DEFAULT_VIEW_STATE, stepView, type Tour, type ViewState } from './view-state';
import { viewReducer } from './view-reducer';

const tour: Tour = {
  title: 'Atelier de Bamako',
  steps: [
    {
      title: 'La loi',
      caption: 'Adoptée en 2012.',
      view: stepView({ focus: 'ml-law-2012-023', asOf: '2012' }),
    },
    {
      title: { en: 'Paths', fr: 'Chemins' },
      caption: '',
      view: stepView({
        focus: 'ml-mali',
        layout: 'timeline',
        hiddenNodeKinds: ['PLACE'],
        pathFrom: 'ml-decree-2011-036',
        pathTo: 'un-tip-protocol',
        selected: { type: 'relation', id: 'ml-mali.PARTY_TO.un-tip-protocol' },
      }),
    },
  ],
};

describe('tours in the URL', () => {
  it('carries a built-in tour by its id', () => {
    expect(encodeTourParam(MALI_FRAMEWORK_TOUR)).toBe('mali-framework');
    expect(decodeTourParam('mali-framework')).toBe(MALI_FRAMEWORK_TOUR);
  });

  it('carries a trainer’s tour whole, compressed, in base64url', () => {
    const param = encodeTourParam(tour);
    expect(param).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
    expect(decodeTourParam(param)).toEqual(tour);
  });

  it('drops a damaged or unknown tour, as any malformed value', () => {
    const param = encodeTourParam(tour);
    expect(decodeTourParam(param.slice(0, -5))).toBeNull();
    expect(decodeTourParam('z1.not-deflate')).toBeNull();
    expect(decodeTourParam('some-other-tour')).toBeNull();
  });

  it('round-trips the whole view: tour, step, presentation and path ends', () => {
    const state: ViewState = {
      ...viewReducer({ ...DEFAULT_VIEW_STATE, lang: 'fr' }, { type: 'startTour', tour, step: 1 }),
      presenting: true,
    };
    const search = encodeViewState(state);
    expect(search).toContain('step=2');
    expect(search).toContain('present=1');
    expect(search).toContain('from=ml-decree-2011-036&to=un-tip-protocol');
    expect(decodeViewState(search)).toEqual(state);
  });
});

describe('tour actions', () => {
  it('starts a tour at a step, applying its view and keeping the language', () => {
    const state = viewReducer({ ...DEFAULT_VIEW_STATE, lang: 'fr', focus: 'x' }, { type: 'startTour', tour });
    expect(state).toMatchObject({ ...tour.steps[0]!.view, lang: 'fr', tour, step: 0 });
    const second = viewReducer(state, { type: 'goToStep', index: 1 });
    expect(second).toMatchObject({ ...tour.steps[1]!.view, step: 1 });
    // Past either end nothing moves.
    expect(viewReducer(second, { type: 'goToStep', index: 2 })).toBe(second);
    expect(viewReducer(state, { type: 'goToStep', index: -1 })).toBe(state);
  });

  it('edits keep the step in range; ending leaves the view and presentation', () => {
    const state = viewReducer(DEFAULT_VIEW_STATE, { type: 'startTour', tour, step: 1 });
    const shorter = viewReducer(state, {
      type: 'updateTour',
      tour: { title: tour.title, steps: [tour.steps[0]!] },
    });
    expect(shorter.step).toBe(0);
    const ended = viewReducer({ ...shorter, presenting: true }, { type: 'endTour' });
    expect(ended).toMatchObject({ tour: null, step: 0, presenting: false, focus: shorter.focus });
  });

  it('makes the first chosen path end the focus when there is none', () => {
    const state = viewReducer(DEFAULT_VIEW_STATE, { type: 'setPathEnd', end: 'to', id: 'un-tip-protocol' });
    expect(state).toMatchObject({ focus: 'un-tip-protocol', pathTo: 'un-tip-protocol', pathFrom: null });
    const both = viewReducer(state, { type: 'setPathEnd', end: 'from', id: 'ml-decree-2011-036' });
    expect(both).toMatchObject({ focus: 'un-tip-protocol', pathFrom: 'ml-decree-2011-036' });
    expect(viewReducer(both, { type: 'clearPath' })).toMatchObject({ pathFrom: null, pathTo: null });
  });
});
