import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '@cadre/store';
import { API_ERROR_CODES } from './errors';

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
 * The errors answered "Internal server error", by the answer's error object, with what was
 * actually thrown: Apollo's `formatError` knows nothing of the request, so the request-id plugin
 * (request-id-plugin.ts), which does, logs them under the request's id.
 */
const internalErrors = new WeakMap<GraphQLFormattedError, InternalError>();

export interface InternalError {
  /** The message the client was not told. */
  message: string;
  /** What was thrown (a resolver's own error rather than graphql-js's wrapper), for its stack. */
  thrown: unknown;
}

/** What lies behind an error `formatApiError` answered "Internal server error"; undefined for any other. */
export const internalErrorBehind = (formatted: GraphQLFormattedError): InternalError | undefined =>
  internalErrors.get(formatted);

/**
 * Apollo's `formatError`: every error leaves with a message meant for clients, its code, and the
 * few extensions listed above; never a stack trace, a file path or a library's own message. The
 * request id (also in the X-Request-Id header) is stamped on afterwards, by the request-id plugin
 * or, for errors Apollo answers before any plugin runs, by the HTTP layer.
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
      extensions: { code },
    };
  }
  if (!CLIENT_CODES.has(code) || !(error instanceof GraphQLError)) {
    const answer: GraphQLFormattedError = {
      message: 'Internal server error',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    internalErrors.set(answer, { message: formatted.message, thrown: originalOf(error) });
    return answer;
  }
  return { message: cut(formatted.message), ...where, extensions: { code, ...kept } };
}

/** The error a resolver threw, rather than graphql-js's wrapper around it (for the log's stack). */
function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
