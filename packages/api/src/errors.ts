import { GraphQLError } from 'graphql';

/**
 * The API's errors and their `extensions.code`s, in one place: what a client can rely on.
 * BAD_USER_INPUT and NOT_FOUND name the argument at fault; the others say why a well-formed
 * request got no (or only part of its) answer. How they reach the client is in format-api-error.ts.
 */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  // Refused before any resolver runs (limits/).
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
  // The per-request budget ran out while the answer was being made (limits/request-budget.ts).
  'TIME_BUDGET_EXCEEDED',
  'STORE_BUDGET_EXCEEDED',
  'RESPONSE_TOO_LARGE',
  // Not the client's doing: try again (HTTP 503 with Retry-After).
  'SERVER_BUSY',
  'SERVICE_UNAVAILABLE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}"`, {
    extensions: { code: 'NOT_FOUND', argumentName: 'id' },
  });
}

/** Refused before any resolver runs (see limits/query-cost.ts); a 400 for every client. */
export function tooCostly(cost: number | string, maxCost: number): GraphQLError {
  return new GraphQLError(
    `Query is too costly: estimated ${cost}, the limit is ${maxCost}. Ask for fewer fields or smaller pages.`,
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        ...(typeof cost === 'number' ? { cost } : {}),
        maxCost,
        http: { status: 400 },
      },
    },
  );
}

/** Codes of a spent budget: every field resolved after it fails with the same error. */
export const BUDGET_CODES: ReadonlySet<string> = new Set([
  'TIME_BUDGET_EXCEEDED',
  'STORE_BUDGET_EXCEEDED',
  'RESPONSE_TOO_LARGE',
]);

export const isBudgetExceeded = (error: unknown): boolean =>
  error instanceof GraphQLError && BUDGET_CODES.has(String(error.extensions.code));

/** A request whose budget ran out: the fields not yet answered are null, with this error. */
export function budgetExceeded(
  code: 'TIME_BUDGET_EXCEEDED' | 'STORE_BUDGET_EXCEEDED' | 'RESPONSE_TOO_LARGE',
  message: string,
  limit: number,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit } });
}

/** 503 with Retry-After: the server or its store cannot take this request now; it may later. */
export function tryAgainLater(
  code: 'SERVER_BUSY' | 'SERVICE_UNAVAILABLE',
  message: string,
  retryAfterSeconds: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
