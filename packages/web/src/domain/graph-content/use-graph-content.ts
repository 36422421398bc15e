import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiUnavailableError } from '../../lib/graphql/fetch-graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { NeighborhoodQuery as Neighborhood } from '../../gql/graphql';
import { mergeSubgraphs, type GraphContent, type Subgraph } from './graph-content';
import { NeighborhoodQuery } from './neighborhood-query';
import { keepShownGraph, type ShownGraph } from './keep-shown-graph';

/** The API's default; a hub with more neighbours is shown cut, with a notice. */
const NEIGHBOURHOOD_LIMIT = 500;

/** The depth-1 neighbourhood of `id` as of a date, as the view asks for it (a tour's pre-fetch too). */
export const neighbourhoodQuery = (id: string, asOf: string | null) =>
  graphqlQuery(NeighborhoodQuery, { id, asOf, limit: NEIGHBOURHOOD_LIMIT });

export interface GraphContentState {
  content: GraphContent;
  /** True while some neighbourhood is still on its way (what is loaded stays shown). */
  loading: boolean;
  /** The first failure, with the centre it was for. */
  error: { centre: string; error: Error } | null;
  /**
   * Set when `content` is not the date asked for: the new date's neighbourhoods could not be
   * loaded, so the graph last shown for this focus stays, as of its own date (null: today).
   */
  kept: { asOf: string | null } | null;
  retry: () => void;
}

interface LoadedContent extends Omit<GraphContentState, 'kept'> {
  /**
   * Some neighbourhood failed because the API could not be reached, and has not loaded since (it
   * may be being asked again). Another failure (an unknown id among the expanded nodes) is an
   * answer: the graph without it is the graph of that date.
   */
  unavailable: boolean;
}

/**
 * Loads the depth-1 neighbourhood of each centre (focus first, then expanded nodes) as of a date,
 * once per centre and date (the query client keeps them), and merges them. Expanding a node
 * fetches only that node's neighbourhood. When a new date fails to load, the last complete graph
 * of the same focus stays shown, flagged as `kept` (see keep-shown-graph.ts).
 */
export function useGraphContent(centres: readonly string[], asOf: string | null): GraphContentState {
  const combine = useCallback(
    (results: ReadonlyArray<UseQueryResult<Neighborhood>>): LoadedContent => {
      const loaded: Array<{ centre: string; subgraph: Subgraph }> = [];
      let loading = false;
      let unavailable = false;
      let error: GraphContentState['error'] = null;
      results.forEach((result, i) => {
        const centre = centres[i] ?? '';
        if (result.data) loaded.push({ centre, subgraph: result.data.neighborhood });
        // Asked again after a failure, a query without data is pending again, with no error: it
        // counts as loading, as the first time (the date that failed stays kept, below).
        else if (result.error) error ??= { centre, error: result.error };
        else loading = true;
        if (!result.data && result.error instanceof ApiUnavailableError) unavailable = true;
      });
      const retry = (): void => {
        for (const result of results) if (result.error) void result.refetch();
      };
      return { content: mergeSubgraphs(loaded), loading, unavailable, error, retry };
    },
    [centres],
  );
  const { unavailable, ...current } = useQueries({
    queries: centres.map((centre) => neighbourhoodQuery(centre, asOf)),
    combine,
  });
  const focus = centres[0] ?? null;
  // The last graph shown whole, remembered as it is shown (state set while rendering, as React
  // advises for a value derived from the previous render's).
  const [lastComplete, setLastComplete] = useState<ShownGraph | null>(null);
  const complete = focus !== null && !current.loading && !unavailable;
  const { content } = current;
  if (
    complete &&
    (lastComplete?.content !== content || lastComplete.focus !== focus || lastComplete.asOf !== asOf)
  )
    setLastComplete({ focus, asOf, content });
  // A request asked again after failing for want of the API loses its error while on its way
  // (the query client resets a query without data to pending), so, for the date that failed,
  // loading still counts as unavailable until it loads or is answered: else the kept graph would
  // blink out at each of the outage watcher's retries.
  const [failedDate, setFailedDate] = useState<{ focus: string | null; asOf: string | null } | null>(null);
  const isFailedDate = failedDate?.focus === focus && failedDate.asOf === asOf;
  if (unavailable && !isFailedDate) setFailedDate({ focus, asOf });
  else if (!unavailable && !current.loading && failedDate) setFailedDate(null);
  const stillUnavailable = unavailable || (current.loading && isFailedDate);
  const kept = keepShownGraph({ focus, asOf, unavailable: stillUnavailable }, lastComplete);
  return kept ? { ...current, content: kept.content, kept: { asOf: kept.asOf } } : { ...current, kept: null };
}
