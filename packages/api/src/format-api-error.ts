import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '@cadre/store';
import { API_ERROR_CODES } from './errors';
import { currentRequestId } from './observability/request-scope';
import { serverLog } from './observability/server-log';

/**
 * Codes whose messages are written for clients: ours, and Apollo's and graphql-js's request errors
 * (syntax, validation, variables, unknown operation, malformed HTTP request). Every other error
 * is a fault of the server and is answered "Internal server error" (its message and stack go to
 * the server log, under the request id).
 */
const CLIENT_CODES = new Set<string>([
  ...API_ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions a client may read besides `code` and `requestId`; nothing else leaves the server. */
const KEPT_EXTENSIONS = ['argumentName', 'cost', 'maxCost', 'limit'];

/** Validation rules cannot set a code (Apollo makes every validation error GRAPHQL_VALIDATION_FAILED), so they name it here. */
export const LIMIT_CODE_EXTENSION = 'cadreCode';

/** Messages may quote what the client sent (a variable's value); they are cut to this length. */
const MAX_MESSAGE_LENGTH = 500;
const cut = (message: string): string =>
  message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;

// graphql-js 16 writes "more that"; either spelling is accepted.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** Finds a StoreUnavailableError anywhere in an error's cause chain. */
function isUnavailable(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 5; i++) {
    if (e instanceof StoreUnavailableError) return true;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions[LIMIT_CODE_EXTENSION] === 'string') return extensions[LIMIT_CODE_EXTENSION];
  if (isUnavailable(error)) return 'SERVICE_UNAVAILABLE';
  const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) return 'QUERY_TOO_LARGE';
  return code;
}

/**
 * Apollo's `formatError`: every error leaves with a message meant for clients, its code, the
 * request id (also in the X-Request-Id header), and the few extensions listed above; never a
 * stack trace, a file path or a library's own message.
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentRequestId();
  const code = codeOf(formatted, error);
  const kept = Object.fromEntries(
    KEPT_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
      k,
      formatted.extensions![k],
    ]),
  );
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (code === 'SERVICE_UNAVAILABLE') {
    return {
      message: 'The graph store is unavailable; try again shortly.',
      ...where,
      extensions: { code, ...(requestId ? { requestId } : {}) },
    };
  }
  if (!CLIENT_CODES.has(code) || !(error instanceof GraphQLError)) {
    serverLog.error(`Internal error answered as such: ${formatted.message}`, originalOf(error));
    return {
      message: 'Internal server error',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  }
  return {
    message: cut(formatted.message),
    ...where,
    extensions: { code, ...kept, ...(requestId ? { requestId } : {}) },
  };
}

/** The error a resolver threw, rather than graphql-js's wrapper around it (for the log's stack). */
function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
