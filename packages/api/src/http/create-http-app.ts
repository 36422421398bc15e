import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphStore } from '@cadre/store';
import { createContext, type GraphQLContext } from '../context';
import { registerPublicConfig } from './public-config';

/** The explorer's production build, served on the same origin as the API. */
export const WEB_DIST = resolve(__dirname, '../../../web/dist');

export interface HttpAppOptions {
  apollo: ApolloServer<GraphQLContext>;
  store: GraphStore;
  /** Folder of the built explorer; nothing is served at / when it does not exist. */
  webDist?: string;
}

/**
 * One origin for everything a browser needs: /graphql, /health and the explorer (with its own
 * GraphiQL), so a trainer's laptop with no network serves the whole product.
 */
export function createHttpApp({ apollo, store, webDist = WEB_DIST }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', async (_req, res) => {
    const health = await store
      .health()
      .catch((e: unknown) => ({ ok: false, store: store.name, message: String(e) }));
    res.status(health.ok ? 200 : 503).json(health);
  });

  registerPublicConfig(app);

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(store) }),
  );

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
  return app;
}
