import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { parseRetryAfter } from './backoff';

/** Where the explorer sends its operations: the API on the same origin (or Vite's proxy in dev). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The API could not be reached or did not answer GraphQL (server down, proxy error page, 502, 503,
 * 504...): worth asking again later, unlike a GraphQLResponseError.
 */
export class ApiUnavailableError extends Error {
  /** When the server said to come back (a 503's Retry-After), in ms from when it answered. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options?: { cause?: unknown; retryAfterMs?: number | undefined }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiUnavailableError';
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** Statuses a gateway or an overloaded server sends while the API itself is away. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** The API answered with GraphQL errors; `code` is the first error's `extensions.code`. */
export class GraphQLResponseError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined) {
    super(message);
    this.name = 'GraphQLResponseError';
    this.code = code;
  }
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

// The client preset emits documents as ASTs; printing one is cheap but done once per document.
const printed = new WeakMap<object, string>();
function queryText(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** Defaults to the global fetch; tests replace the global, not this. */
  endpoint?: string;
}

/**
 * POSTs one typed operation and returns its data. Components do not call it: they go through the
 * query client (graphql-query.ts), which caches, dedupes, aborts and pre-fetches.
 */
export async function fetchGraphQL<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  { signal, endpoint = GRAPHQL_ENDPOINT }: FetchOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: queryText(document as TypedDocumentNode<unknown, unknown>), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiUnavailableError(`The network request to ${endpoint} failed`, { cause: error });
  }
  if (UNAVAILABLE_STATUSES.has(response.status)) {
    throw new ApiUnavailableError(`${endpoint} answered HTTP ${response.status}`, {
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
  const text = await response.text();
  let body: GraphQLResponseBody<TResult>;
  try {
    body = JSON.parse(text) as GraphQLResponseBody<TResult>;
  } catch {
    throw new ApiUnavailableError(`${endpoint} answered HTTP ${response.status} without a GraphQL response`);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLResponseError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiUnavailableError(`${endpoint} answered HTTP ${response.status} without data`);
  return body.data;
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
