import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { parse } from 'graphql';
import { ApiOutage } from './api-outage';
import { ApiUnavailableError, GraphQLResponseError } from './fetch-graphql';
import { graphqlQuery } from './graphql-query';
import { createQueryClient } from './query-client';

// lib/ knows nothing of the explorer's queries or test support: a query of its own, a fetch of its own.
const PingQuery = parse('query Ping { __typename }') as TypedDocumentNode<{ __typename: string }, object>;
const PONG = { data: { __typename: 'Query' } };

/** Replaces fetch: `answer` gives the status, headers and body of each request; returns the calls. */
function mockFetch(
  answer: () => { status?: number; headers?: Record<string, string>; body: unknown } | 'refused',
) {
  const calls: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (url: string) => {
    calls.push(url);
    const a = answer();
    if (a === 'refused') throw new TypeError('Failed to fetch');
    const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    return {
      ok: (a.status ?? 200) < 300,
      status: a.status ?? 200,
      headers: new Headers(a.headers),
      text: async () => text,
    };
  }) as unknown as typeof fetch;
  return { calls, restore: () => void (globalThis.fetch = original) };
}
const mockFetchDown = () => mockFetch(() => 'refused');

const noJitter = { backoff: { random: () => 0 } };

/** The query, watched as a component would (only watched queries are retried). */
function watchPing(client: QueryClient) {
  const observer = new QueryObserver(client, graphqlQuery(PingQuery, {}));
  const unsubscribe = observer.subscribe(() => undefined);
  return { observer, unsubscribe };
}

describe('the outage watcher', () => {
  let client: QueryClient;
  let outage: ApiOutage;
  let stop: () => void;
  let restore: () => void = () => undefined;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    client = createQueryClient();
    outage = new ApiOutage(client, noJitter);
    stop = outage.start();
  });
  afterEach(() => {
    stop();
    restore();
    client.clear();
    jest.useRealTimers();
  });

  it('says at once that the API is away, retries with backoff, and ends by itself when it answers', async () => {
    restore = mockFetchDown().restore;
    const started = Date.now();
    const { observer, unsubscribe } = watchPing(client);
    await jest.advanceTimersByTimeAsync(0);
    // The failure shows at once: the query is in error, the watcher down, the first retry in 1 s.
    expect(observer.getCurrentResult().error).toBeInstanceOf(ApiUnavailableError);
    expect(outage.getSnapshot()).toMatchObject({ down: true, attempt: 0, nextRetryAt: started + 1_000 });

    await jest.advanceTimersByTimeAsync(1_000);
    expect(outage.getSnapshot()).toMatchObject({ down: true, attempt: 1, nextRetryAt: Date.now() + 2_000 });
    await jest.advanceTimersByTimeAsync(2_000);
    expect(outage.getSnapshot()).toMatchObject({ down: true, attempt: 2, nextRetryAt: Date.now() + 4_000 });
    // Retries failing again are not new failures: a dismissed notice stays dismissed.
    expect(outage.getSnapshot().newFailures).toBe(1);

    restore();
    const api = mockFetch(() => ({ body: PONG }));
    restore = api.restore;
    await jest.advanceTimersByTimeAsync(3_999);
    expect(api.calls).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(api.calls).toEqual(['/graphql']);
    expect(outage.getSnapshot()).toEqual({ down: false, nextRetryAt: null, attempt: 0, newFailures: 0 });
    expect(observer.getCurrentResult().data).toBeTruthy();
    unsubscribe();
  });

  it('retries now when asked, without waiting for the timer', async () => {
    restore = mockFetchDown().restore;
    const { observer, unsubscribe } = watchPing(client);
    await jest.advanceTimersByTimeAsync(0);
    expect(outage.getSnapshot().down).toBe(true);
    restore();
    restore = mockFetch(() => ({ body: PONG })).restore;
    outage.retryNow();
    await jest.advanceTimersByTimeAsync(0);
    expect(outage.getSnapshot().down).toBe(false);
    expect(observer.getCurrentResult().data).toBeTruthy();
    unsubscribe();
  });

  it('waits as long as a 503 says in Retry-After', async () => {
    restore = mockFetch(() => ({
      status: 503,
      headers: { 'retry-after': '7' },
      body: 'Service Unavailable',
    })).restore;
    const started = Date.now();
    const { unsubscribe } = watchPing(client);
    await jest.advanceTimersByTimeAsync(0);
    expect(outage.getSnapshot()).toMatchObject({ down: true, nextRetryAt: started + 7_000 });
    unsubscribe();
  });

  it('never retries an answer, such as an unknown id', async () => {
    const api = mockFetch(() => ({
      body: { errors: [{ message: 'No node', extensions: { code: 'NOT_FOUND' } }] },
    }));
    restore = api.restore;
    const { observer, unsubscribe } = watchPing(client);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(observer.getCurrentResult().error).toBeInstanceOf(GraphQLResponseError);
    expect(outage.getSnapshot().down).toBe(false);
    expect(api.calls).toHaveLength(1);
    unsubscribe();
  });
});
