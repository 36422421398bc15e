import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { serverLog } from '../observability/server-log';
import { requestIdOf } from './request-id';

/** What a client is told about an HTTP-level problem with its request, by body-parser's error type. */
const CLIENT_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'charset.unsupported': 'The request body must be UTF-8 JSON.',
  'encoding.unsupported': 'The request body uses an unsupported content encoding.',
  'request.aborted': 'The request was aborted before its body arrived.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length says.',
};

/** A GraphQL-shaped error answer, in the media type the client accepts. */
export function sendHttpError(req: Request, res: Response, status: number, message: string): void {
  const requestId = requestIdOf(res);
  const graphqlResponse = (req.headers.accept ?? '').includes('application/graphql-response+json');
  res
    .status(status)
    .type(graphqlResponse ? 'application/graphql-response+json' : 'application/json')
    .send(
      JSON.stringify({
        errors: [
          {
            message,
            extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId },
          },
        ],
      }),
    );
}

/**
 * Express's last error handler. Express's own prints an HTML page with the stack (outside
 * production); this answers every client mistake (malformed, oversized or wrongly encoded bodies)
 * with its 4xx status and a plain message, and anything else with a 500 that says nothing but its
 * request id, the error itself going to the server log.
 */
export function httpErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendHttpError(req, res, status, CLIENT_MESSAGES[String(type)] ?? 'The request is malformed.');
      return;
    }
    serverLog.error(`Unhandled error on ${req.method} ${req.path}`, error, requestIdOf(res));
    sendHttpError(req, res, 500, 'Internal server error');
  };
}

/** Unknown addresses: a plain 404 rather than Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    res.status(404).type('text/plain').send('Not found.');
  };
}
