import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '@cadre/neo4j-local';
import { loadSeeds } from '@cadre/model';
import { Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';
import { createApolloServer } from '../create-apollo-server';
import { createHttpApp } from '../http/create-http-app';

/**
 * Neo4j goes away while the API runs, then comes back: queries get SERVICE_UNAVAILABLE (not a
 * crash), /health says 503, and service resumes by itself. Uses its own Neo4j, stopped and
 * restarted on the same port and data folder.
 */
describe('Neo4j outage', () => {
  const home = mkdtempSync(join(tmpdir(), 'cadre-outage-'));
  let port: number;
  let neo4jServer: LocalNeo4j;
  let store: Neo4jStore;
  let http: Server;
  let base: string;
  const apollo = createApolloServer();
  const logs: string[] = [];

  const query = async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "ml-law-2012-023") { name } }' }),
    });
    const body = (await res.json()) as {
      data?: { node: { name: string } | null };
      errors?: Array<{ message: string; extensions: { code: string } }>;
    };
    return { ...body, status: res.status, retryAfter: res.headers.get('retry-after') };
  };

  beforeAll(async () => {
    port = await findFreePort();
    neo4jServer = await startLocalNeo4j({ port, home });
    store = await Neo4jStore.fromEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}` }, (m) => logs.push(m));
    await store.ensureSchema();
    await writeSeedGraph(store.executor, loadSeeds());
    await apollo.start();
    http = createServer(createHttpApp({ apollo, store, webDist: '/nonexistent' }));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => http.close(resolve));
    await store.close();
    await neo4jServer.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('answers, fails cleanly while Neo4j is down, and recovers when it is back', async () => {
    expect((await query()).data?.node?.name).toMatch(/2012-023/);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    await neo4jServer.stop();
    const during = await query();
    expect(during.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(during.errors?.[0]?.message).toMatch(/graph store is unavailable/);
    expect(during.status).toBe(503);
    expect(Number(during.retryAfter)).toBeGreaterThan(0);
    // Known down now: the next queries fail before the driver is asked anything.
    expect(store.executor.availability.isDown).toBe(true);
    const next = await query();
    expect([next.status, next.errors?.[0]?.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(logs.some((m) => /Neo4j is unreachable .*failing fast/.test(m))).toBe(true);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: 'neo4j' });

    neo4jServer = await startLocalNeo4j({ port, home });
    let after = await query();
    for (let i = 0; i < 20 && after.errors; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await query();
    }
    expect(after.errors).toBeUndefined();
    expect(after.data?.node?.name).toMatch(/2012-023/);
    expect(logs.some((m) => /Neo4j answers again after/.test(m))).toBe(true);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('starts while Neo4j is unreachable, says so, and keeps retrying', async () => {
    const deadPort = await findFreePort();
    const messages: string[] = [];
    const lonely = await Neo4jStore.fromEnv({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}` }, (m) =>
      messages.push(m),
    );
    await new Promise((r) => setTimeout(r, 3500));
    expect(messages[0]).toMatch(
      new RegExp(`Neo4j at bolt://127.0.0.1:${deadPort} is unreachable .*; retrying in 1 s`),
    );
    expect(messages.some((m) => /retrying in 2 s/.test(m))).toBe(true);
    expect(await lonely.health()).toMatchObject({ ok: false, store: 'neo4j' });
    await lonely.close();
  });
});
