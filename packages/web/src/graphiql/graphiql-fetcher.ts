import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherParams = Parameters<Fetcher>[0];

/**
 * GraphiQL keeps the operation name of the tab it last ran, so running another tab right after a
 * switch can send that tab's query with the previous tab's name, which the server rightly refuses
 * ("Unknown operation named …"). A name the query does not define is dropped: a one-operation
 * document runs as it is, and a document with several still names which one it wants.
 */
export function withKnownOperationName(params: FetcherParams): FetcherParams {
  const name = params.operationName;
  if (!name) return params;
  // A GraphQL name is letters, digits and underscores, so it is safe inside the pattern below.
  const defined =
    /^[_A-Za-z]\w*$/.test(name) &&
    new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(params.query);
  if (defined) return params;
  const { operationName: _dropped, ...rest } = params;
  return rest;
}

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
      body: JSON.stringify(withKnownOperationName(params)),
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
