import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { fetchGraphQL, isAbort } from './fetch-graphql';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }
  | { status: 'done'; data: T; error?: undefined };

/**
 * Runs one operation when `variables` change (compared as JSON) and aborts the previous one.
 * `skip` holds it back. `retry` runs it again (after the API came back, say).
 */
export function useGraphQLQuery<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TResult> & { retry: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchGraphQL(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!isAbort(error))
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
