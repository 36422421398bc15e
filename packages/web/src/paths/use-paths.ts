import { useGraphQLQuery } from '../api/use-graphql-query';
import { PathsQuery } from './paths-query';

/** The paths between the view's two ends as of its date; idle until both ends are chosen. */
export function usePaths(from: string | null, to: string | null, asOf: string | null) {
  const ready = Boolean(from && to && from !== to);
  return {
    ready,
    ...useGraphQLQuery(PathsQuery, pathsVariables(from ?? '', to ?? '', asOf), { skip: !ready }),
  };
}

/** The variables exactly as usePaths sends them (the tour pre-fetch must ask the same). */
export const pathsVariables = (from: string, to: string, asOf: string | null) => ({ from, to, asOf });
