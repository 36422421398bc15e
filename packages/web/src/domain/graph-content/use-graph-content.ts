import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { NeighborhoodQuery as Neighborhood } from '../../gql/graphql';
import { mergeSubgraphs, type GraphContent, type Subgraph } from './graph-content';
import { NeighborhoodQuery } from './neighborhood-query';

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
  retry: () => void;
}

/**
 * Loads the depth-1 neighbourhood of each centre (focus first, then expanded nodes) as of a date,
 * once per centre and date (the query client keeps them), and merges them. Expanding a node
 * fetches only that node's neighbourhood.
 */
export function useGraphContent(centres: readonly string[], asOf: string | null): GraphContentState {
  const combine = useCallback(
    (results: ReadonlyArray<UseQueryResult<Neighborhood>>): GraphContentState => {
      const loaded: Array<{ centre: string; subgraph: Subgraph }> = [];
      let loading = false;
      let error: GraphContentState['error'] = null;
      results.forEach((result, i) => {
        const centre = centres[i] ?? '';
        if (result.data) loaded.push({ centre, subgraph: result.data.neighborhood });
        // Asked again after a failure: loading, as the first time.
        else if (result.error && !result.isFetching) error ??= { centre, error: result.error };
        else loading = true;
      });
      const retry = (): void => {
        for (const result of results) if (result.error) void result.refetch();
      };
      return { content: mergeSubgraphs(loaded), loading, error, retry };
    },
    [centres],
  );
  return useQueries({ queries: centres.map((centre) => neighbourhoodQuery(centre, asOf)), combine });
}
