import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { serverLog } from '../observability/server-log';
import { REQUEST_ID_HEADER, newRequestId, requestIdOf } from './request-id';
import { setSecurityHeaders } from './security-headers';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** The request's GraphQL context, made for its request id. */
export type ContextFor<TContext> = (requestId: string) => Promise<TContext>;

export interface GraphQLPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFor<TContext>;
  /** The same JSON body parser Express uses on /graphql (its size limit included). */
  parseJson: RequestHandler;
  /** The security headers of every response (security-headers.ts). */
  headers: ReadonlyArray<[string, string]>;
  /** Where every other request goes, and every POST this path does not answer itself: the Express app. */
  express: Listener;
}

const isGraphQLPath = (url = ''): boolean => url === '/graphql' || url.startsWith('/graphql?');

/**
 * POST /graphql without Express: the request id, the security headers and the JSON body parser
 * that Express would apply, then Apollo (`answerGraphQL`). Why not through Express: its request
 * and response objects, router and `res.send` cost about as much again as a whole small GraphQL
 * answer (the API bench's node and depth 1). Anything out of the ordinary goes to Express and is
 * answered there as before: another method or path, a body that is not JSON (left unread), and a
 * body the parser refused or an error from Apollo (their error is handed on, `handOver`, so
 * Express's error handler answers it with its own headers).
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
      answerGraphQL(options, body, res, requestId).catch((e: unknown) => {
        if (res.headersSent) res.destroy();
        else toExpress(req, res, e);
      });
    });
  };
  // In Express, before /graphql's own parser: a failure of the fast path becomes Express's error.
  const handOver: RequestHandler = (req, _res, next) => next(failures.get(req));
  return { listener, handOver };
}

/**
 * /graphql in Express (GET, and bodies that are not JSON), answered as the fast path answers
 * (what Apollo's Express integration does, with the request id that Express's request-id
 * middleware gave the request).
 */
export function graphqlHandler<TContext extends BaseContext>(options: {
  apollo: ApolloServer<TContext>;
  context: ContextFor<TContext>;
}): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdOf(res) ?? newRequestId();
    answerGraphQL(options, req, res, requestId).catch(next);
  };
}

async function answerGraphQL<TContext extends BaseContext>(
  { apollo, context }: { apollo: ApolloServer<TContext>; context: ContextFor<TContext> },
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  requestId: string,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const query = req.url!.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method!.toUpperCase(),
      headers,
      search: query < 0 ? '' : req.url!.slice(query),
      body: req.body,
    },
    context: () => context(requestId),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    // A string, not a Buffer made first: writing the string is 2–3% cheaper on a small answer
    // (measured). No Content-Length of ours: `end` with the whole body and no header sent yet
    // measures the string and sends Content-Length itself, so setting it here read the string
    // twice (a 45 KB neighbourhood: 2–3% of its request).
    res.end(stampedBefore(response.body.string, res.statusCode, requestId));
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Errors Apollo answers before its request pipeline runs (a malformed request: a missing query,
 * variables that are not an object, an unsupported method, CSRF prevention) reach no plugin, so
 * the request-id plugin cannot stamp them: this does, on the answer's text. They are all 4xx
 * answers of a few hundred bytes; an answer that already carries request ids is left as it is.
 */
function stampedBefore(text: string, status: number, requestId: string): string {
  if (status < 400 || text.includes('"requestId"')) return text;
  let answer: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return text;
  }
  if (!Array.isArray(answer.errors)) return text;
  for (const e of answer.errors) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
      serverLog.error('Internal error answered before the GraphQL pipeline', undefined, requestId);
    e.extensions = { ...e.extensions, requestId };
  }
  return JSON.stringify(answer);
}
