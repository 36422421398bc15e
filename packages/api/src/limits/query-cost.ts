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
 * in practice. Law as law: a treaty has some 50 articles at most (UNTOC has 41), each with a few
 * linked provisions and measures; an instrument a dozen stages; a participation a few claims.
 */
const UNSIZED_LISTS: Record<string, number> = {
  nodes: CAPS.nodeIds,
  relations: 50,
  articles: 60,
  provisions: 60,
  relatedMeasures: 20,
  treatyMeasures: 20,
  stages: 12,
  alternatives: 10,
  signature: 5,
  consent: 5,
  entryIntoForce: 5,
  partyBy: 5,
  // Compare jurisdictions and the ratification map: a few dozen countries in all; a state's
  // national texts and the links of one coverage cell.
  jurisdictions: 60,
  rows: 60,
  instruments: 40,
  links: 20,
};

/**
 * Fields whose resolver does several store reads whatever is selected below them, by name and
 * what they cost on their own: the implementation map reads the treaty's articles and every
 * node linked to them (five batched reads); a path search runs up to two bounded searches.
 */
const FIXED_COSTS: Record<string, number> = {
  implementationMap: 100,
  paths: 20,
  // A comparison: about seven batched reads whatever the number of states, then up to 4 × 6
  // implementation maps computed in process.
  compareJurisdictions: 300,
  // The places, then one batched read of their participation.
  ratificationMap: 50,
  jurisdictions: 20,
};

/**
 * A field costs 1; a list field's cost is multiplied by what it may return: its size argument
 * (graphql-js has filled in the SDL default when the client left it out; an explicit null gets the
 * same default, as the resolvers do), never more than the largest cap.
 */
const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const fixed = FIXED_COSTS[field.name];
  const sizeArgument = field.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
  const size: unknown = sizeArgument
    ? (args[sizeArgument.name] ?? sizeArgument.defaultValue)
    : UNSIZED_LISTS[field.name];
  const own = fixed ?? 1;
  if (typeof size !== 'number') return fixed === undefined ? undefined : own + childComplexity;
  return own + (Math.max(childComplexity, 1) * Math.min(size, CAPS.limit)) / 10;
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
