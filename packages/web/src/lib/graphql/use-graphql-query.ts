import { useQuery } from '@tanstack/react-query';
import { ApiUnavailableError } from './fetch-graphql';
import type { GraphQLQuery } from './graphql-query';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }
  | { status: 'done'; data: T; error?: undefined };

/**
 * One operation (see graphqlQuery) through the query client, as the components read it: loading,
 * error or done. `skip` holds it back; `retry` asks again (after the API came back, say).
 */
export function useGraphQLQuery<TResult, TVariables>(
  query: GraphQLQuery<TResult, TVariables>,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TResult> & { retry: () => void } {
  const result = useQuery({ ...query, enabled: !skip });
  const retry = (): void => void result.refetch();
  // Asking again after a failure shows as loading, as a first request does; but not the outage
  // watcher's retries while the API is away (api-outage.ts): the box would flicker every round.
  const waitingForApi = result.error instanceof ApiUnavailableError;
  if (result.status === 'error' && result.fetchStatus === 'fetching' && !waitingForApi)
    return { status: 'loading', retry };
  if (result.status === 'error') return { status: 'error', error: result.error, retry };
  if (result.status === 'success') return { status: 'done', data: result.data, retry };
  return { status: 'loading', retry };
}
