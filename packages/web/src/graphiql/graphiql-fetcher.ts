import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * POSTs to the API on the same origin. Cadre has no subscriptions or incremental delivery, so a
 * plain fetch is all GraphiQL needs (@graphiql/toolkit's fetcher would also bundle a websocket
 * client for nothing). The API answers GraphQL errors as JSON with a 4xx status; GraphiQL should
 * show them, so the body is returned whatever the status.
 */
export function createCadreFetcher(endpoint = '/graphql'): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options?.headers ?? {}),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Awaited<ReturnType<Fetcher>>;
    } catch {
      throw new Error(
        `${endpoint} answered HTTP ${response.status} without a GraphQL response: ${text.slice(0, 200)}`,
      );
    }
  };
}
