import { fetchGraphQL } from '../api/fetch-graphql';
import { isKept, keepResponse } from '../api/kept-responses';
import { NodeDetailsQuery, RelationDetailsQuery } from '../details/details-queries';
import { NeighborhoodQuery } from '../graph-data/neighborhood-query';
import { neighbourhoodVariables } from '../graph-data/use-graph-content';
import { PathsQuery } from '../paths/paths-query';
import { pathsVariables } from '../paths/use-paths';
import type { Tour } from '../view-state';

export interface PrefetchResult {
  /** Requests answered and kept. */
  loaded: number;
  /** Requests that failed (the steps needing them will need the network). */
  failed: number;
}

type Request = { document: object; variables: unknown; run: () => Promise<unknown> };

/** Everything a step shows: the neighbourhood of each centre, the selection's details, the paths. */
function stepRequests(tour: Tour): Request[] {
  const requests: Request[] = [];
  const add = <R, V>(document: Parameters<typeof fetchGraphQL<R, V>>[0], variables: V): void => {
    const same = (r: Request): boolean =>
      r.document === document && JSON.stringify(r.variables) === JSON.stringify(variables);
    if (!requests.some(same))
      requests.push({ document, variables, run: () => fetchGraphQL(document, variables) });
  };
  for (const { view } of tour.steps) {
    for (const centre of [view.focus, ...view.expanded])
      add(NeighborhoodQuery, neighbourhoodVariables(centre, view.asOf));
    if (view.selected?.type === 'node') add(NodeDetailsQuery, { id: view.selected.id, asOf: view.asOf });
    if (view.selected?.type === 'relation') add(RelationDetailsQuery, { id: view.selected.id });
    if (view.pathFrom && view.pathTo && view.pathFrom !== view.pathTo)
      add(PathsQuery, pathsVariables(view.pathFrom, view.pathTo, view.asOf));
  }
  return requests;
}

/**
 * Loads and keeps every step's data (and the graph view's code) when a tour starts, so that the
 * steps are then shown from memory: a workshop goes on if the network drops. Requests already
 * kept are not sent again; a few run at a time so the API is not flooded.
 */
export async function prefetchTour(
  tour: Tour,
  { concurrency = 4 }: { concurrency?: number } = {},
): Promise<PrefetchResult> {
  const pending = stepRequests(tour).filter((r) => !isKept(r.document, r.variables));
  const result: PrefetchResult = { loaded: 0, failed: 0 };
  const graphView = import('../graph-view/GraphView').then(
    () => undefined,
    () => {
      result.failed += 1;
    },
  );
  const worker = async (): Promise<void> => {
    for (let request = pending.shift(); request; request = pending.shift()) {
      try {
        keepResponse(request.document, request.variables, await request.run());
        result.loaded += 1;
      } catch {
        result.failed += 1;
      }
    }
  };
  await Promise.all([graphView, ...Array.from({ length: concurrency }, worker)]);
  return result;
}
