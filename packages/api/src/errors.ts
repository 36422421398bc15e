import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '@cadre/store';

/**
 * The API's errors and their `extensions.code`s, in one place: what a client can rely on.
 * BAD_USER_INPUT and NOT_FOUND name the argument at fault; SERVICE_UNAVAILABLE, QUERY_TOO_DEEP and
 * QUERY_TOO_COSTLY say why a well-formed request got no answer.
 */
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
export function tooCostly(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `Query is too costly: estimated ${cost}, the limit is ${maxCost}. Ask for fewer fields or smaller pages.`,
    { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
  );
}

/** Finds a StoreUnavailableError anywhere in an error's cause chain. */
function unavailableCause(error: unknown): StoreUnavailableError | undefined {
  for (let e: unknown = error, i = 0; e && i < 5; i++) {
    if (e instanceof StoreUnavailableError) return e;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Apollo's `formatError`: a store outage becomes SERVICE_UNAVAILABLE, a too deep query QUERY_TOO_DEEP. */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
}
