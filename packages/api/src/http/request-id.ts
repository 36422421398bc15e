import type { RequestHandler } from 'express';
import { newRequestId, runInRequestScope } from '../observability/request-scope';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the caller's X-Request-Id when it is plain, else a new UUID), sends
 * it back in the X-Request-Id header and runs the rest of the request in its scope, so every
 * error answer and every log line of the request carries it.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = newRequestId(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, id);
    runInRequestScope({ requestId: id }, next);
  };
}
