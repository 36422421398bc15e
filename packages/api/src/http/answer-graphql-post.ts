import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { newRequestId, runInRequestScope } from '../observability/request-scope';
import { REQUEST_ID_HEADER } from './request-id';
import { setSecurityHeaders } from './security-headers';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface GraphQLPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: () => Promise<TContext>;
  /** The same JSON body parser Express uses on /graphql (its size limit included). */
  parseJson: RequestHandler;
  /** The security headers of every response (security-headers.ts). */
  headers: ReadonlyArray<[string, string]>;
  /** Where every other request goes, and every POST this path does not answer itself: the Express app. */
  express: Listener;
}

const isGraphQLPath = (url = ''): boolean => url === '/graphql' || url.startsWith('/graphql?');

/**
 * POST /graphql without Express: the request id and its scope, the security headers and the JSON
 * body parser that Express would apply, then Apollo, as `@as-integrations/express5` would call it.
 * Why not through Express: its request and response objects, router and `res.send` cost about as
 * much again as a whole small GraphQL answer (the API bench's node and depth 1). Anything out of
 * the ordinary goes to Express and is answered there as before: another method or path, a body
 * that is not JSON (left unread), and a body the parser refused or an error from Apollo (their
 * error is handed on, `handOver`, so Express's error handler answers it with its own headers).
 */
export function graphqlPostFastPath<TContext extends BaseContext>(
  options: GraphQLPostOptions<TContext>,
): { listener: Listener; handOver: RequestHandler } {
  const failures = new WeakMap<IncomingMessage, unknown>();
  const toExpress = (req: IncomingMessage, res: ServerResponse, error?: unknown): void => {
    if (error !== undefined) failures.set(req, error);
    options.express(req, res);
  };
  const listener: Listener = (req, res) => {
    if (req.method !== 'POST' || !isGraphQLPath(req.url)) return options.express(req, res);
    const body = req as IncomingMessage & { body?: unknown };
    options.parseJson(body as never, res as never, (error?: unknown) => {
      if (error !== undefined || body.body === undefined) return toExpress(req, res, error);
      const requestId = newRequestId(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      setSecurityHeaders(res, options.headers);
      runInRequestScope({ requestId }, () =>
        answer(options, body, res).catch((e: unknown) => {
          if (res.headersSent) res.destroy();
          else toExpress(req, res, e);
        }),
      );
    });
  };
  // In Express, before /graphql's own parser: a failure of the fast path becomes Express's error.
  const handOver: RequestHandler = (req, _res, next) => next(failures.get(req));
  return { listener, handOver };
}

async function answer<TContext extends BaseContext>(
  { apollo, context }: GraphQLPostOptions<TContext>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const query = req.url!.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers,
      search: query < 0 ? '' : req.url!.slice(query),
      body: req.body,
    },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    // Encoded once: Buffer.byteLength of a string and then writing it would encode it twice.
    const body = Buffer.from(response.body.string, 'utf8');
    res.setHeader('Content-Length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
