import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { tooCostly } from '../errors';
import { CAPS } from './argument-caps';

/** The arguments that size a list field, where it has one. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/**
 * Lists without a size argument, by field name: `Query.nodes` returns at most its cap of ids; a
 * node's (or a subgraph's, or a path's) `relations` are not paged, and 50 is what a node has at most
 * in practice.
 */
const UNSIZED_LISTS: Record<string, number> = { nodes: CAPS.nodeIds, relations: 50 };

/**
 * A field costs 1; a list field's cost is multiplied by what it may return: its size argument
 * (graphql-js has filled in the SDL default when the client left it out; an explicit null gets the
 * same default, as the resolvers do), never more than the largest cap.
 */
const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const sizeArgument = field.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
  const size: unknown = sizeArgument
    ? (args[sizeArgument.name] ?? sizeArgument.defaultValue)
    : UNSIZED_LISTS[field.name];
  if (typeof size !== 'number') return undefined;
  return 1 + (Math.max(childComplexity, 1) * Math.min(size, CAPS.limit)) / 10;
};

/**
 * Refuses operations whose estimated cost is over `maxCost` before any resolver runs.
 * graphql-query-complexity (kept, widely used) does the estimate.
 */
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
            estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) throw tooCostly(Math.round(cost), maxCost);
        },
      };
    },
  };
}
