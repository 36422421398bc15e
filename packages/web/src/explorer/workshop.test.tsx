import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect, useReducer } from 'react';
import { renderWithProviders } from '../test-support/render-with-providers';
import { DEFAULT_VIEW_STATE, stepViewOf, type ViewState } from '../domain/view-state/view-state';
import { viewReducer } from '../domain/view-state/view-reducer';
import { tourText } from '../domain/tour/tour-text';
import { MALI_FRAMEWORK_TOUR } from '../domain/tour/builtin-tours';
import { TourBar } from '../features/tour/TourBar';
import { TourPanel } from '../features/tour/TourPanel';
import { useWorkshop } from './use-workshop';

// The pre-fetch loads the graph view's chunk (Cytoscape), which has no place in jsdom.
jest.mock('../features/tour/use-tour-prefetch', () => ({ useTourPrefetch: () => 'ready' }));

let current: ViewState = DEFAULT_VIEW_STATE;

/** The tour panel and bar over the real reducer, as the explorer wires them. */
function Harness({ initial }: { initial: ViewState }) {
  const [view, dispatch] = useReducer(viewReducer, initial);
  // Noted after each render, for the assertions (a render itself must not write outside).
  useLayoutEffect(() => {
    current = view;
  });
  const workshop = useWorkshop(view, dispatch);
  return (
    <>
      <TourPanel
        tour={view.tour}
        step={view.step}
        currentView={stepViewOf(view)}
        defaultStepTitle="Mali"
        onStart={workshop.start}
        onChange={workshop.change}
        onStep={workshop.goTo}
        onPresent={workshop.present}
        onEnd={workshop.end}
      />
      {view.tour ? (
        <TourBar
          tour={view.tour}
          step={view.step}
          presenting={view.presenting}
          prefetch={workshop.prefetch}
          onStep={workshop.goTo}
          onPresent={workshop.present}
          onEnd={workshop.end}
        />
      ) : null}
    </>
  );
}

const key = (k: string) => act(() => void fireEvent.keyDown(document.body, { key: k }));
const stepHeading = () => screen.getByRole('region', { name: 'Tour' }).querySelector('h2')?.textContent;

describe('tours', () => {
  it('starts the built-in tour and moves with ←/→ and PageUp/PageDown; Esc leaves presentation', () => {
    renderWithProviders(<Harness initial={DEFAULT_VIEW_STATE} />);
    fireEvent.click(screen.getByRole('button', { name: /^Start: Mali's framework/ }));
    const titles = MALI_FRAMEWORK_TOUR.steps.map((s) => (typeof s.title === 'string' ? s.title : s.title.en));
    expect(stepHeading()).toBe(titles[0]);
    expect(current.focus).toBe('un-untoc');
    key('ArrowRight');
    expect(stepHeading()).toBe(titles[1]);
    key('PageDown');
    expect(stepHeading()).toBe(titles[2]);
    key('ArrowLeft');
    key('PageUp');
    expect(stepHeading()).toBe(titles[0]);
    expect(screen.getByText('All steps loaded: the tour works offline.')).toBeTruthy();

    // Present: no Fullscreen API in jsdom, so the CSS full window alone; Esc leaves.
    fireEvent.click(screen.getAllByRole('button', { name: 'Present' })[0]!);
    expect(current.presenting).toBe(true);
    key('Escape');
    expect(current.presenting).toBe(false);
  });

  it('leaves the arrows to fields that use them', () => {
    renderWithProviders(
      <Harness initial={viewReducer(DEFAULT_VIEW_STATE, { type: 'startTour', tour: MALI_FRAMEWORK_TOUR })} />,
    );
    const title = screen.getByRole('textbox', { name: 'Tour title (English)' });
    act(() => void fireEvent.keyDown(title, { key: 'ArrowRight' }));
    expect(current.step).toBe(0);
  });

  it('builds a tour from the current view and edits it', () => {
    renderWithProviders(<Harness initial={{ ...DEFAULT_VIEW_STATE, focus: 'ml-mali', asOf: '2002' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'New tour' }));
    expect(screen.getByText('No steps yet: set up a view, then add it below.')).toBeTruthy();
    // A caption per language: the trainer writes both (the title falls back to the focus's name).
    fireEvent.change(screen.getByRole('textbox', { name: 'Caption (English)' }), {
      target: { value: 'Mali in 2002.' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Caption (French)' }), {
      target: { value: 'Le Mali en 2002.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add current view as a step' }));
    expect(current.tour?.steps).toEqual([
      {
        title: { en: 'Mali', fr: '' },
        caption: { en: 'Mali in 2002.', fr: 'Le Mali en 2002.' },
        view: stepViewOf({ ...DEFAULT_VIEW_STATE, focus: 'ml-mali', asOf: '2002' }),
      },
    ]);
    // The current step's texts are edited in place, in either language.
    fireEvent.change(screen.getByRole('textbox', { name: 'This step’s title (French)' }), {
      target: { value: 'Le Mali' },
    });
    expect(current.tour?.steps[0]?.title).toEqual({ en: 'Mali', fr: 'Le Mali' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Step title (English)' }), {
      target: { value: 'Second' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add current view as a step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move “Second” earlier' }));
    const english = (): string[] => current.tour?.steps.map((s) => tourText(s.title, 'en')) ?? [];
    expect(english()).toEqual(['Second', 'Mali']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Mali”' }));
    expect(english()).toEqual(['Second']);
  });

  it('shows what is wrong with a bad tour file', async () => {
    renderWithProviders(<Harness initial={DEFAULT_VIEW_STATE} />);
    const content = JSON.stringify({ steps: [{ title: 'x', view: { focus: 'ml-mali', layout: 'spiral' } }] });
    // jsdom's File has no text(); every browser's has.
    const file = Object.assign(new File([content], 'bad.json', { type: 'application/json' }), {
      text: async () => content,
    });
    fireEvent.change(screen.getByLabelText('Load a tour from a file'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“bad.json” is not a tour Cadre can read');
    expect(alert.textContent).toContain(
      'steps[0].view.layout: “spiral” is not a layout (fcose, dagre, concentric or timeline).',
    );
    await waitFor(() => expect(current.tour).toBeNull());
  });
});
