import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import depthLimit from 'graphql-depth-limit';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { formatApiError } from './errors';
import { legacyJsonStatusPlugin } from './http/json-status-plugin';
import { queryCostPlugin } from './limits/query-cost';
import { resolvers } from './resolvers';
import { applyArgumentDefaults } from './schema/apply-argument-defaults';
import { loadTypeDefs } from './schema/load-type-defs';

export interface ApiOptions {
  /** Deepest selection allowed (graphql-depth-limit). Default 12: a path's node's relations' sources' source. */
  maxDepth?: number;
  /** Highest estimated cost allowed (graphql-query-complexity). Default 50,000. */
  maxCost?: number;
  /** Extra Apollo plugins (the HTTP server adds its drain plugin). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

/** The executable schema: the SDL of schema/, its resolvers, and its argument defaults applied to nulls too. */
export function createSchema(): GraphQLSchema {
  return applyArgumentDefaults(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
}

/**
 * Cadre's Apollo Server, built without listening (main.ts listens), so tests run operations
 * in-process with `executeOperation`.
 */
export function createApolloServer(options: ApiOptions = {}): ApolloServer<GraphQLContext> {
  const schema = createSchema();
  return new ApolloServer<GraphQLContext>({
    schema,
    // Introspection stays on: analysts explore the typed API from GraphiQL and codegen.
    introspection: true,
    // The API is read-only and has no cookies or credentials, so there is nothing for a
    // cross-site request to forge; the preflight requirement would only break plain GET
    // requests that the GraphQL-over-HTTP spec allows (and graphql-http's audit checks).
    csrfPrevention: false,
    validationRules: [depthLimit(options.maxDepth ?? 12)],
    plugins: [
      // Apollo's default landing page loads from a CDN; Cadre serves its own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(schema, options.maxCost ?? 50_000),
      legacyJsonStatusPlugin(),
      ...(options.plugins ?? []),
    ],
    formatError: formatApiError,
  });
}
