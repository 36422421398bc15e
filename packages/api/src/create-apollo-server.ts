import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '@cadre/store';
import type { GraphQLContext } from './context';
import { legacyJsonStatusPlugin } from './http/json-status-plugin';
import { queryCostPlugin } from './limits/query-cost';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema/load-type-defs';

export interface ApiOptions {
  /** Deepest selection allowed (graphql-depth-limit). Default 12: a path's node's relations' sources' source. */
  maxDepth?: number;
  /** Highest estimated cost allowed (graphql-query-complexity). Default 50,000. */
  maxCost?: number;
  /** Extra Apollo plugins (the HTTP server adds its drain plugin). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

export function createSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

/** Finds a StoreUnavailableError anywhere in an error's cause chain. */
function unavailableCause(error: unknown): StoreUnavailableError | undefined {
  for (let e: unknown = error, i = 0; e && i < 5; i++) {
    if (e instanceof StoreUnavailableError) return e;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
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
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const unavailable = unavailableCause(error);
      if (unavailable) {
        return {
          ...formatted,
          message: `The graph store is unavailable: ${unavailable.message}`,
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        };
      }
      if (error instanceof GraphQLError && /exceeds maximum operation depth/.test(error.message)) {
        return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_DEEP' } };
      }
      return formatted;
    },
  });
}
