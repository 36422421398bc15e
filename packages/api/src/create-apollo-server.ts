import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { formatApiError } from './format-api-error';
import { executorFromEnv, jitGateway, type ExecutorName, type JitOptions } from './jit-executor';
import { legacyJsonStatusPlugin } from './http/json-status-plugin';
import { chargeAnswerFields } from './limits/charge-answer-fields';
import { documentLimitRules } from './limits/document-limits';
import { requestLimitsPlugin } from './limits/request-limits-plugin';
import { DEFAULT_LIMITS, type ServerLimits } from './limits/server-limits';
import { requestIdPlugin } from './observability/request-id-plugin';
import { serverLog } from './observability/server-log';
import { slowRequestLog } from './observability/slow-request-log';
import { resolvers } from './resolvers';
import { applyArgumentDefaults } from './schema/apply-argument-defaults';
import { loadTypeDefs } from './schema/load-type-defs';

export interface ApiOptions {
  /** The request limits (server-limits.ts); each left out keeps its default. */
  limits?: Partial<ServerLimits>;
  /** Extra Apollo plugins (the HTTP server adds its drain plugin). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  /** What executes operations; CADRE_EXECUTOR (jit-executor.ts) when left out. */
  executor?: ExecutorName;
  /** graphql-jit's cache sizes and when it compiles (jit-executor.ts). */
  jit?: Partial<JitOptions>;
}

/**
 * The executable schema: the SDL of schema/, its resolvers, its argument defaults applied to
 * nulls too, and every field charged to the request's budget.
 */
export function createSchema(): GraphQLSchema {
  return chargeAnswerFields(
    applyArgumentDefaults(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })),
  );
}

/**
 * Cadre's Apollo Server, built without listening (main.ts listens), so tests run operations
 * in-process with `executeOperation`.
 */
export function createApolloServer(options: ApiOptions = {}): ApolloServer<GraphQLContext> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const schema = createSchema();
  const executor = options.executor ?? executorFromEnv();
  return new ApolloServer<GraphQLContext>({
    // Both run the same schema object: graphql-jit calls its (charged) resolvers as they are.
    ...(executor === 'jit' ? { gateway: jitGateway(schema, options.jit) } : { schema }),
    // On by default: analysts explore the typed API from GraphiQL and codegen. Off, "did you
    // mean" suggestions go too, as they would spell out the schema one guess at a time.
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    // Apollo's CSRF prevention: a browser on another site can only send "simple" requests, and
    // those are refused unless they carry a content-type such as application/json (POST) or one
    // of the headers `apollo-require-preflight` / `x-apollo-operation-name` (GET).
    csrfPrevention: true,
    // Never, whatever NODE_ENV says: stacks go to the server log (format-api-error.ts).
    includeStacktraceInErrorResponses: false,
    // The parser stops at this many tokens, before any rule walks the document.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentLimitRules(limits),
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m: unknown) => serverLog.warn(String(m)),
      error: (m: unknown) => serverLog.error(String(m)),
    },
    plugins: [
      // Apollo's default landing page loads from a CDN; Cadre serves its own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      // Cadre sets no cache hints (no @cacheControl in its SDL) and sends no Cache-Control from
      // them; Apollo's default cache-control plugin would still wrap every field to compute a
      // policy nobody reads (5–8% of a neighbourhood's time in the profile).
      ApolloServerPluginCacheControlDisabled(),
      requestLimitsPlugin(schema, limits),
      // After the limits plugin, which keeps one error of each budget code: stamps what is sent.
      requestIdPlugin(),
      slowRequestLog(limits.slowRequestMs),
      legacyJsonStatusPlugin(),
      ...(options.plugins ?? []),
    ],
    formatError: formatApiError,
  });
}
