import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { StepView } from '../../domain/view-state/view-state';
import type { Prefetch } from '../../lib/graphql/graphql-query';

export interface PrefetchResult {
  /** Requests answered and kept. */
  loaded: number;
  /** Requests that failed (the steps needing them will need the network). */
  failed: number;
}

/**
 * What a tour needs besides the data: the queries that show one step (the explorer composes them
 * from the features that show it), and code to load ahead (the graph view's chunk).
 */
export interface TourNeeds {
  stepQueries(view: StepView): readonly Prefetch[];
  loadCode?(): Promise<unknown>;
}

/**
 * Loads every step's data (the steps' views) into the query client (and the graph view's code) when a tour starts, so
 * that the steps are then shown from memory: a workshop goes on if the network drops. Answers
 * already kept are not asked again; a few requests run at a time so the API is not flooded.
 */
export async function prefetchTour(
  client: QueryClient,
  views: readonly StepView[],
  { stepQueries, loadCode }: TourNeeds,
  { concurrency = 4 }: { concurrency?: number } = {},
): Promise<PrefetchResult> {
  const queries = new Map<string, Prefetch>();
  for (const view of views)
    for (const query of stepQueries(view)) queries.set(hashKey(query.queryKey), query);
  const pending = [...queries.values()].filter(
    (query) => client.getQueryState(query.queryKey)?.status !== 'success',
  );
  const result: PrefetchResult = { loaded: 0, failed: 0 };
  const code = (loadCode?.() ?? Promise.resolve()).then(
    () => undefined,
    () => {
      result.failed += 1;
    },
  );
  const worker = async (): Promise<void> => {
    for (let query = pending.shift(); query; query = pending.shift()) {
      try {
        await query.fetch(client);
        result.loaded += 1;
      } catch {
        result.failed += 1;
      }
    }
  };
  await Promise.all([code, ...Array.from({ length: concurrency }, worker)]);
  return result;
}
