import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { EmbeddedStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createHttpApp } from '../http/create-http-app';

/** graphql-http's GraphQL-over-HTTP audit against the real HTTP server (Express + Apollo). */
describe('GraphQL over HTTP (graphql-http server audit)', () => {
  let http: Server;
  let url: string;
  const apollo = createApolloServer();
  const store = EmbeddedStore.fromSeeds();

  beforeAll(async () => {
    await apollo.start();
    http = createServer(createHttpApp({ apollo, store, webDist: '/nonexistent' }));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => http.close(resolve));
  });

  /**
   * CSRF prevention is on (create-apollo-server.ts): a GET must carry a header that a browser
   * would only send after a CORS preflight. A client that is not a browser sends it as this one
   * does; POSTs with a JSON content-type need nothing.
   */
  const fetchWithPreflightHeader: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), 'apollo-require-preflight': 'true' },
    });

  for (const audit of serverAudits({ url: () => url, fetchFn: fetchWithPreflightHeader })) {
    it(`${audit.name}`, async () => {
      const result = await audit.fn();
      // Every audit passes: no error and no warning.
      expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  }

  it('serves /health', async () => {
    const res = await fetch(url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, store: 'embedded' });
  });
});
