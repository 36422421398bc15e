import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { Kind } from 'graphql';
import { fetchGraphQL } from './fetch-graphql';

const names = new WeakMap<object, string>();

/** The operation's name ("Neighborhood"): codegen's client preset requires one, unique, per operation. */
function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  let name = names.get(document);
  if (name === undefined) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    name = operation && 'name' in operation ? (operation.name?.value ?? '') : '';
    names.set(document, name);
  }
  return name;
}

export interface GraphQLQueryOptions {
  /**
   * Abort the request when nobody waits for its answer any more (a newer search text). Default
   * false: the answer is let in and kept, since the view often comes back to it (the time slider,
   * Back, a tour's steps).
   */
  abortable?: boolean;
}

/**
 * One typed operation as a query of the query client: the key is the operation's name and its
 * variables, so whoever asks the same question (the view, a tour's pre-fetch, a citation) shares
 * one cache entry and one request without knowing of each other.
 */
export function graphqlQuery<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  { abortable = false }: GraphQLQueryOptions = {},
) {
  return queryOptions({
    queryKey: ['graphql', operationName(document as TypedDocumentNode<unknown, unknown>), variables] as const,
    // The query client aborts only a request whose signal was read, so the other kind never reads it.
    queryFn: abortable
      ? ({ signal }) => fetchGraphQL(document, variables, { signal })
      : () => fetchGraphQL(document, variables),
  });
}

export type GraphQLQuery<TResult, TVariables> = ReturnType<typeof graphqlQuery<TResult, TVariables>>;

/** A query to fetch ahead, whatever its data: its key (to tell whether it is kept) and how to fetch it. */
export interface Prefetch {
  queryKey: readonly unknown[];
  fetch(client: QueryClient): Promise<unknown>;
}

export function toPrefetch<TResult, TVariables>(query: GraphQLQuery<TResult, TVariables>): Prefetch {
  return { queryKey: query.queryKey, fetch: (client) => client.fetchQuery(query) };
}
