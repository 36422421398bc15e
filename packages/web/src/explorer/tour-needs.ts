import { neighbourhoodQuery } from '../domain/graph-content/use-graph-content';
import type { StepView } from '../domain/view-state/view-state';
import { nodeDetailsQuery, relationDetailsQuery } from '../features/details/details-queries';
import { pathsQuery } from '../features/paths/use-paths';
import type { TourNeeds } from '../features/tour/prefetch-tour';
import { toPrefetch, type Prefetch } from '../lib/graphql/graphql-query';

/**
 * What a tour step shows, for the tour's pre-fetch: the neighbourhood of each centre, the
 * selection's details, the paths, and the graph view's code. Each feature owns its queries; the
 * explorer, which composes the features, knows which of them a step shows.
 */
export const TOUR_NEEDS: TourNeeds = {
  stepQueries(view: StepView): Prefetch[] {
    const queries = [view.focus, ...view.expanded].map((centre) =>
      toPrefetch(neighbourhoodQuery(centre, view.asOf)),
    );
    if (view.selected?.type === 'node')
      queries.push(toPrefetch(nodeDetailsQuery(view.selected.id, view.asOf)));
    if (view.selected?.type === 'relation')
      queries.push(toPrefetch(relationDetailsQuery(view.selected.id, view.asOf)));
    if (view.pathFrom && view.pathTo && view.pathFrom !== view.pathTo)
      queries.push(toPrefetch(pathsQuery(view.pathFrom, view.pathTo, view.asOf, view.avoidKinds)));
    return queries;
  },
  loadCode: () => import('../features/graph-view/GraphView'),
};
