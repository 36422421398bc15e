import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A caller's own id is kept when it is short and plain (a proxy's or a client's trace id). */
const CALLER_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * The id of one request: the caller's X-Request-Id when it is plain, else a new UUID. It travels
 * explicitly (the response header, the GraphQL context, the log call) rather than in an
 * AsyncLocalStorage: on Node 20 an AsyncLocalStorage turns on promise hooks for every promise of
 * the process, and the API bench's small questions ran 3–14% faster without them (README,
 * "Benchmarks").
 */
export function newRequestId(callerId?: string | string[]): string {
  return typeof callerId === 'string' && CALLER_ID.test(callerId) ? callerId : randomUUID();
}

/**
 * Gives every request Express answers an id (the caller's X-Request-Id when it is plain, else a
 * new UUID) and sends it back in the X-Request-Id header, where the rest of the request reads it
 * (`requestIdOf`): every error answer and every log line of the request carries it.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = newRequestId(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** The id `requestId()` gave this response's request. */
export function requestIdOf(res: { getHeader(name: string): unknown }): string | undefined {
  const id = res.getHeader(REQUEST_ID_HEADER);
  return typeof id === 'string' ? id : undefined;
}
