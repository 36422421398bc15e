import { useEffect, useMemo, useRef, useState } from 'react';
import { fetchGraphQL } from '../api/fetch-graphql';
import { mergeSubgraphs, type GraphContent, type Subgraph } from './graph-content';
import { NeighborhoodQuery } from './neighborhood-query';

/** The API's default; a hub with more neighbours is shown cut, with a notice. */
const NEIGHBOURHOOD_LIMIT = 500;

/** The variables exactly as the view asks for a neighbourhood (a tour's pre-fetch asks the same). */
export const neighbourhoodVariables = (id: string, asOf: string | null) => ({
  id,
  asOf,
  limit: NEIGHBOURHOOD_LIMIT,
});

type Entry =
  { status: 'loading' } | { status: 'done'; subgraph: Subgraph } | { status: 'error'; error: Error };

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
 * once per centre and date, and merges them. Expanding a node fetches only that node's neighbourhood.
 */
export function useGraphContent(centres: readonly string[], asOf: string | null): GraphContentState {
  const cache = useRef(new Map<string, Entry>());
  const [version, setVersion] = useState(0);
  const key = (centre: string): string => `${centre}@${asOf ?? ''}`;

  useEffect(() => {
    for (const centre of centres) {
      const k = key(centre);
      if (cache.current.has(k)) continue;
      cache.current.set(k, { status: 'loading' });
      fetchGraphQL(NeighborhoodQuery, neighbourhoodVariables(centre, asOf))
        .then(
          (data) => cache.current.set(k, { status: 'done', subgraph: data.neighborhood }),
          (error: unknown) =>
            cache.current.set(k, {
              status: 'error',
              error: error instanceof Error ? error : new Error(String(error)),
            }),
        )
        .finally(() => setVersion((v) => v + 1));
    }
    // `key` only depends on asOf.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centres.join(','), asOf, version]);

  return useMemo(() => {
    const loaded: Array<{ centre: string; subgraph: Subgraph }> = [];
    let loading = false;
    let error: GraphContentState['error'] = null;
    for (const centre of centres) {
      const entry = cache.current.get(key(centre));
      if (!entry || entry.status === 'loading') loading = true;
      else if (entry.status === 'error') error ??= { centre, error: entry.error };
      else loaded.push({ centre, subgraph: entry.subgraph });
    }
    const retry = (): void => {
      for (const [k, entry] of cache.current) if (entry.status === 'error') cache.current.delete(k);
      setVersion((v) => v + 1);
    };
    return { content: mergeSubgraphs(loaded), loading, error, retry };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centres.join(','), asOf, version]);
}
