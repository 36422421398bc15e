import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tour } from '../../domain/view-state/view-state';
import { prefetchTour, type TourNeeds } from './prefetch-tour';

/** 'ready': every step is kept and can be shown offline; 'partial': some could not be loaded. */
export type TourPrefetchStatus = 'idle' | 'loading' | 'ready' | 'partial';

/**
 * Pre-fetches the tour's steps whenever the tour starts or changes (only what is not kept yet). The
 * pre-fetch is itself a query, keyed by the steps' views (titles and captions do not matter here),
 * forgotten when the tour ends so that starting it again fetches what failed.
 */
export function useTourPrefetch(tour: Tour | null, needs: TourNeeds): TourPrefetchStatus {
  const client = useQueryClient();
  const views = tour ? tour.steps.map((s) => s.view) : [];
  const query = useQuery({
    queryKey: ['tour-prefetch', views],
    queryFn: () => prefetchTour(client, views, needs),
    enabled: views.length > 0,
    staleTime: 0,
    gcTime: 0,
  });
  if (views.length === 0) return 'idle';
  if (!query.data) return 'loading';
  return query.data.failed > 0 ? 'partial' : 'ready';
}
