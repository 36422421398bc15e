import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses operations whose estimated cost is over `maxCost` before any resolver runs.
 * graphql-query-complexity (kept, widely used) does the estimate; a field costs 1, and a list
 * field's cost is multiplied by what it may return, taken from its size argument when it has one.
 */
const LIST_DEFAULTS: Record<string, number> = {
  search: 20,
  neighborhood: 500,
  paths: 3,
  listNodes: 50,
  nodes: 200,
  relations: 50,
};

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [
              ({ field, args, childComplexity }) => {
                const size = args.first ?? args.limit ?? LIST_DEFAULTS[field.name];
                if (typeof size !== 'number') return undefined;
                return 1 + (Math.max(childComplexity, 1) * Math.min(size, 2000)) / 10;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query is too costly: estimated ${Math.round(cost)}, the limit is ${maxCost}. Ask for fewer fields or smaller pages.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COSTLY',
                  cost: Math.round(cost),
                  maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
