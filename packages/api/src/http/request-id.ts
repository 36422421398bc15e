import type { RequestHandler } from 'express';
import { newRequestId } from '../observability/request-scope';

export const REQUEST_ID_HEADER = 'X-Request-Id';

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
