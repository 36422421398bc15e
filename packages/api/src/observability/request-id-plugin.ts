import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { internalErrorBehind } from '../format-api-error';
import { serverLog } from './server-log';

/**
 * Stamps the request's id on every error of its answer, and logs each error answered "Internal
 * server error" under that id with what was really thrown. Apollo runs `willSendResponse` for
 * every answer of its request pipeline, parse and validation errors included; the few errors it
 * answers before the pipeline (a malformed HTTP request) are stamped by the HTTP layer
 * (answer-graphql.ts). In-process operations (tests) have no request id and keep none.
 */
export function requestIdPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { requestId } = contextValue;
          for (const e of response.body.singleResult.errors ?? []) {
            const internal = internalErrorBehind(e);
            if (internal)
              serverLog.error(
                `Internal error answered as such: ${internal.message}`,
                internal.thrown,
                requestId,
              );
            if (requestId !== undefined)
              (e as { extensions?: Record<string, unknown> }).extensions = { ...e.extensions, requestId };
          }
        },
      };
    },
  };
}
