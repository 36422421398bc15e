import { useEffect, useState } from 'react';
import type { Tour } from '../view-state';
import { prefetchTour } from './prefetch-tour';

/** 'ready': every step is kept and can be shown offline; 'partial': some could not be loaded. */
export type TourPrefetchStatus = 'idle' | 'loading' | 'ready' | 'partial';

/** Pre-fetches the tour's steps whenever the tour starts or changes (only what is not kept yet). */
export function useTourPrefetch(tour: Tour | null): TourPrefetchStatus {
  const [status, setStatus] = useState<TourPrefetchStatus>('idle');
  const key = tour ? JSON.stringify(tour.steps.map((s) => s.view)) : '';
  useEffect(() => {
    if (!tour || tour.steps.length === 0) {
      setStatus('idle');
      return undefined;
    }
    let current = true;
    setStatus('loading');
    void prefetchTour(tour).then((result) => {
      if (current) setStatus(result.failed > 0 ? 'partial' : 'ready');
    });
    return () => {
      current = false;
    };
    // The steps' views are what is fetched; titles and captions do not matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return status;
}
