import { graphqlQuery } from '../../lib/graphql/graphql-query';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { PathsQuery } from './paths-query';

/** The shortest paths between two nodes as of a date, as the view asks for them (a tour's pre-fetch too). */
export const pathsQuery = (from: string, to: string, asOf: string | null) =>
  graphqlQuery(PathsQuery, { from, to, asOf });

/** The paths between the view's two ends as of its date; idle until both ends are chosen. */
export function usePaths(from: string | null, to: string | null, asOf: string | null) {
  const ready = Boolean(from && to && from !== to);
  return { ready, ...useGraphQLQuery(pathsQuery(from ?? '', to ?? '', asOf), { skip: !ready }) };
}
