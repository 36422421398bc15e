import type { NodeKind } from '../../gql/graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { PathsQuery } from './paths-query';

/**
 * The shortest paths between two nodes as of a date, leaving out nodes of some kinds, as the view
 * asks for them (a tour's pre-fetch too). The kinds are sorted so the cache key does not depend on
 * the order they were ticked in.
 */
export const pathsQuery = (
  from: string,
  to: string,
  asOf: string | null,
  avoidKinds: readonly NodeKind[] = [],
) =>
  graphqlQuery(PathsQuery, { from, to, asOf, avoidKinds: avoidKinds.length ? [...avoidKinds].sort() : null });

/** The paths between the view's two ends as of its date; idle until both ends are chosen. */
export function usePaths(
  from: string | null,
  to: string | null,
  asOf: string | null,
  avoidKinds: readonly NodeKind[] = [],
) {
  const ready = Boolean(from && to && from !== to);
  return { ready, ...useGraphQLQuery(pathsQuery(from ?? '', to ?? '', asOf, avoidKinds), { skip: !ready }) };
}
