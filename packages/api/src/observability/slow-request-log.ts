import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { serverLog } from './server-log';

/**
 * Logs every request answered `thresholdMs` or more after Apollo began it (body already read),
 * as a warning with its operation name, its time and its request id. A client that saw a slow
 * answer can then tell, by its X-Request-Id, whether the time went in the server or before it
 * (connection, network, the client's own queue): the load figures' few multi-second maxima were
 * the load client's, not the server's, found this way.
 */
export function slowRequestLog(thresholdMs: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, contextValue, response }) {
          const ms = performance.now() - started;
          if (ms < thresholdMs) return;
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          serverLog.warn(
            `Slow request: ${operationName ?? 'anonymous operation'} answered in ${Math.round(ms)} ms` +
              (errors ? ` with ${errors} error${errors === 1 ? '' : 's'}` : ''),
            contextValue.requestId,
          );
        },
      };
    },
  };
}
