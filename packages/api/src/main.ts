// First, before graphql loads (production-mode.ts).
import './production-mode';
import { createServer } from 'node:http';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createApolloServer } from './create-apollo-server';
import { createStoreFromEnv, syntheticEnvFromArgs } from './create-store-from-env';
import { createHttpApp } from './http/create-http-app';
import { limitsFromEnv } from './limits/server-limits';
import { keepServingOnUnhandledRejections } from './observability/unhandled-rejections';

/**
 * `npm start`: serves the explorer at / and the API at /graphql on PORT (default 4000);
 * `npm start -- --synthetic N [--relations M]` serves a generated graph (README "Serving a big graph").
 */
async function main(): Promise<void> {
  keepServingOnUnhandledRejections();
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '0.0.0.0';
  const limits = limitsFromEnv();
  const frameAncestors = (process.env.CADRE_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean);
  const store = await createStoreFromEnv({ ...process.env, ...syntheticEnvFromArgs(process.argv.slice(2)) });
  const httpServer = createServer();
  // Slow clients cannot hold a connection for long: headers within 10 s, the whole request
  // (body included) within 30 s. The GraphQL work itself has its own budget (CADRE_REQUEST_TIMEOUT_MS).
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 30_000;
  const apollo = createApolloServer({
    limits,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  httpServer.on('request', createHttpApp({ apollo, store, limits, headers: { frameAncestors } }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(
    `Cadre is ready (${store.name} store, ${process.env.NODE_ENV} mode): explorer http://${shown}:${port}/  API http://${shown}:${port}/graphql`,
  );

  const stop = async (signal: string): Promise<void> => {
    console.log(`${signal}: stopping`);
    await apollo.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
