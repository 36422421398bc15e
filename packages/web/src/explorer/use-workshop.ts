import { useCallback } from 'react';
import { exitFullscreen, requestFullscreen, useFullscreenFollows } from '../features/presentation/fullscreen';
import { useStepKeys } from '../features/presentation/use-step-keys';
import type { Tour, ViewState } from '../domain/view-state/view-state';
import type { ViewAction } from '../domain/view-state/view-reducer';
import { useTourPrefetch } from '../features/tour/use-tour-prefetch';
import { TOUR_NEEDS } from './tour-needs';

/**
 * A workshop's controls: the tour's steps (buttons and keys), presentation mode with full screen,
 * and the pre-fetch that lets the tour go on offline.
 */
export function useWorkshop(view: ViewState, dispatch: (action: ViewAction) => void) {
  const prefetch = useTourPrefetch(view.tour, TOUR_NEEDS);
  const stepCount = view.tour?.steps.length ?? 0;

  const goTo = useCallback((index: number) => dispatch({ type: 'goToStep', index }), [dispatch]);
  // Full screen must be asked for in the click or key press itself, so not in an effect.
  const present = useCallback(() => {
    requestFullscreen();
    dispatch({ type: 'setPresenting', presenting: true });
  }, [dispatch]);
  const leave = useCallback(() => {
    exitFullscreen();
    dispatch({ type: 'setPresenting', presenting: false });
  }, [dispatch]);
  const start = useCallback((tour: Tour) => dispatch({ type: 'startTour', tour }), [dispatch]);
  const change = useCallback((tour: Tour) => dispatch({ type: 'updateTour', tour }), [dispatch]);
  const end = useCallback(() => {
    exitFullscreen();
    dispatch({ type: 'endTour' });
  }, [dispatch]);

  useFullscreenFollows(view.presenting, leave);
  useStepKeys({
    stepping: stepCount > 0,
    presenting: view.presenting,
    onPrevious: () => goTo(view.step - 1),
    onNext: () => goTo(view.step + 1),
    onLeave: leave,
  });

  return { prefetch, goTo, present, leave, start, change, end };
}
