/**
 * Replaces fetch, the network boundary, with a function answering GraphQL POSTs by operation
 * name. Answers are real API responses (src/__fixtures__) or built per test.
 */
export interface GraphQLCall {
  operationName: string;
  variables: Record<string, unknown>;
}

export type Responder = (call: GraphQLCall) => unknown | Promise<unknown>;

export function mockGraphQLFetch(respond: Responder): { calls: GraphQLCall[]; restore(): void } {
  const calls: GraphQLCall[] = [];
  const original = globalThis.fetch;
  const fetchMock = async (_url: unknown, init?: { body?: unknown; signal?: AbortSignal }) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const call = { operationName, variables: body.variables };
    calls.push(call);
    if (init?.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    const answer = await respond(call);
    const text = JSON.stringify(answer);
    return { ok: true, status: 200, text: async () => text };
  };
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    calls,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

/** A fetch that fails like a refused connection does in a browser. */
export function mockFetchDown(): { restore(): void } {
  const original = globalThis.fetch;
  globalThis.fetch = (async () => {
    throw new TypeError('Failed to fetch');
  }) as unknown as typeof fetch;
  return {
    restore: () => {
      globalThis.fetch = original;
    },
  };
}
