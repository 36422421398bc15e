import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import type { GraphStore } from '@cadre/store';
import type { ApiSuiteBinding } from '@cadre/testing/api-suite';
import { createApolloServer, type ApiOptions } from '../create-apollo-server';
import { createContext, type GraphQLContext } from '../context';

/** What a client receives: the status and the body's JSON text (key order included). */
const answerOf = (response: GraphQLResponse<unknown>): string =>
  JSON.stringify({
    status: response.http.status ?? 200,
    body: response.body.kind === 'single' ? response.body.singleResult : response.body.kind,
  });

type Request = Parameters<ApolloServer<GraphQLContext>['executeOperation']>[0];

/**
 * Two servers on one store, graphql-js and graphql-jit (compiling at first sight, so that every
 * operation runs compiled); each operation runs on both, each with its own context, and the jit
 * answer must be the graphql-js answer to the byte.
 */
export function pairOfServers(options: ApiOptions = {}) {
  const reference = createApolloServer({ ...options, executor: 'graphql-js' });
  const jit = createApolloServer({ ...options, executor: 'jit', jit: { compileAtSight: 1 } });
  return {
    start: async () => {
      await Promise.all([reference.start(), jit.start()]);
    },
    stop: async () => {
      await Promise.all([reference.stop(), jit.stop()]);
    },
    /** Runs `request` on both; returns the jit answer after checking it against graphql-js's. */
    compare: async (request: Request, context: () => GraphQLContext) => {
      const expected = await reference.executeOperation(request, { contextValue: context() });
      const actual = await jit.executeOperation(request, { contextValue: context() });
      expect(answerOf(actual)).toBe(answerOf(expected));
      return actual;
    },
  };
}

/**
 * An API-suite binding whose server is such a pair: every query of the suite, errors and bad
 * variables included, is answered by both executors and compared.
 */
export function comparingBinding(createStore: ApiSuiteBinding['createStore']): ApiSuiteBinding {
  let store: GraphStore | undefined;
  return {
    createStore: async (seed) => (store = await createStore(seed)),
    createContext,
    createApolloServer: (options) => {
      const pair = pairOfServers(options);
      return {
        start: pair.start,
        stop: pair.stop,
        executeOperation: (request: Request) => pair.compare(request, () => createContext(store!)),
      } as unknown as ApolloServer<GraphQLContext>;
    },
  };
}
