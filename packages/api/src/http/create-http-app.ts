import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { GraphStore } from '@cadre/store';
import { createContext, type GraphQLContext } from '../context';
import { DEFAULT_LIMITS, type ServerLimits } from '../limits/server-limits';
import { graphqlHandler, graphqlPostFastPath } from './answer-graphql';
import { httpErrorHandler, notFoundHandler } from './http-errors';
import { requestId } from './request-id';
import { securityHeaderList, setSecurityHeaders, type SecurityHeaderOptions } from './security-headers';
import { registerPublicConfig } from './public-config';

/** The explorer's production build, served on the same origin as the API. */
export const WEB_DIST = resolve(__dirname, '../../../web/dist');

/** Largest JSON body /graphql reads; the parser's token limit cuts long documents well before. */
const MAX_BODY = '100kb';

export interface HttpAppOptions {
  apollo: ApolloServer<GraphQLContext>;
  store: GraphStore;
  /** Folder of the built explorer; nothing is served at / when it does not exist. */
  webDist?: string;
  /** The per-request budget of each GraphQL request (server-limits.ts); defaults when omitted. */
  limits?: ServerLimits;
  /** Security header settings (security-headers.ts). */
  headers?: SecurityHeaderOptions;
}

/** What `http.createServer` or its 'request' event takes. */
export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * One origin for everything a browser needs: /graphql, /health and the explorer (with its own
 * GraphiQL), so a trainer's laptop with no network serves the whole product. Every response
 * carries the security headers and the request id. GraphQL POSTs, nearly all the traffic, take
 * a path around Express that applies the same headers, parser and Apollo server
 * (answer-graphql.ts); the rest is an Express app.
 */
export function createHttpApp({
  apollo,
  store,
  webDist = WEB_DIST,
  limits = DEFAULT_LIMITS,
  headers,
}: HttpAppOptions): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  const securityHeaders = securityHeaderList(headers);
  const parseJson = express.json({ limit: MAX_BODY });
  const context = async (requestId: string): Promise<GraphQLContext> =>
    createContext(store, { limits, requestId });
  const fast = graphqlPostFastPath({ apollo, context, parseJson, headers: securityHeaders, express: app });
  app.use(requestId());
  app.use((_req, res, next) => {
    setSecurityHeaders(res, securityHeaders);
    next();
  });

  // For load balancers and orchestrators: 200 or 503, and which store. Why a store is down goes
  // to the server log (the store reports outages and recoveries), not to whoever asks.
  app.get('/health', async (_req, res) => {
    const health = await store.health().catch(() => ({ ok: false }));
    res.status(health.ok ? 200 : 503).json({
      ok: health.ok,
      store: store.name,
      ...(health.ok ? {} : { message: 'the graph store is unreachable' }),
    });
  });

  registerPublicConfig(app);

  app.use('/graphql', fast.handOver, parseJson, graphqlHandler({ apollo, context }));

  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    // GraphiQL is its own page of the explorer's build (graphiql.html); give it a plain address.
    if (existsSync(resolve(webDist, 'graphiql.html')))
      app.get('/graphiql', (_req, res) => res.redirect(302, '/graphiql.html'));
    // Client-side routes (and shared links with view state) all load the explorer.
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(resolve(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Cadre API: POST GraphQL to /graphql. The explorer is not built (npm run build).');
    });
  }
  app.use(notFoundHandler());
  app.use(httpErrorHandler());
  return fast.listener;
}
