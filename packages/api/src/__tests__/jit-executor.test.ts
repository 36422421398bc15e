import { HeaderMap } from '@apollo/server';
import { parse } from 'graphql';
import * as graphqlJit from 'graphql-jit';
import { EmbeddedStore } from '@cadre/store';
import { loadSeeds } from '@cadre/model';
import { defineApiSuite } from '@cadre/testing/api-suite';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';
import { BUDGET_CODES } from '../errors';
import { executorFromEnv, hasJitMarker } from '../jit-executor';
import { DEFAULT_LIMITS, type ServerLimits } from '../limits/server-limits';
import { comparingBinding, pairOfServers } from './compare-executors';

// A pass-through spy, to see when a document is compiled.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof graphqlJit>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileQuery = graphqlJit.compileQuery as jest.MockedFunction<typeof graphqlJit.compileQuery>;

defineApiSuite(
  'embedded, graphql-jit checked against graphql-js',
  comparingBinding(async (seed) => new EmbeddedStore(seed)),
);

describe('graphql-jit answers as graphql-js does', () => {
  const store = new EmbeddedStore(loadSeeds());
  const pair = pairOfServers();
  beforeAll(() => pair.start());
  afterAll(() => pair.stop());

  const run = (query: string, variables?: Record<string, unknown>, limits?: Partial<ServerLimits>) =>
    pair.compare({ query, variables }, () =>
      createContext(store, { limits: { ...DEFAULT_LIMITS, ...limits } }),
    );

  const neighbourhood = /* GraphQL */ `
    query Around($id: ID!, $depth: Int, $asOf: PartialDate) {
      neighborhood(id: $id, depth: $depth, asOf: $asOf) {
        truncated
        nodes {
          id
          nameEn
        }
      }
    }
  `;

  // The status a client accepting application/graphql-response+json sees (legacy JSON clients get
  // 200 for variable errors, json-status-plugin.ts): Apollo's 400 for variable coercion stays.
  it.each([
    ['good variables', { id: 'ml-mali', depth: 1 }, 200],
    ['a required variable left out', { depth: 1 }, 400],
    ['a variable of the wrong type', { id: 'ml-mali', depth: 'one' }, 400],
    ['a null for a non-null variable', { id: null }, 400],
    ['an invalid PartialDate variable', { id: 'ml-mali', asOf: '2012-13' }, 400],
    ['an unknown node (a resolver error)', { id: 'ml-nowhere' }, 200],
  ])('with %s, twice (compiled, then from the cache)', async (_, variables, status) => {
    const http = {
      method: 'POST',
      headers: new HeaderMap([['accept', 'application/graphql-response+json']]),
      search: '',
      body: {},
    };
    for (let i = 0; i < 2; i++) {
      const response = await pair.compare({ query: neighbourhood, variables, http }, () =>
        createContext(store),
      );
      expect(response.http.status ?? 200).toBe(status);
    }
  });

  // graphql-jit lists nullable fields' errors before non-null ones and goes on past a failed
  // non-null field; the answer keeps the error of the field where the budget ran out
  // (charge-answer-fields.ts), so the cut answer is the same.
  const wide = (fields: string) =>
    `{ stats { nodes } neighborhood(id: "ml-mali", depth: 3, limit: 300) { nodes { ${fields} } } }`;
  it.each([
    [wide('id nameEn validFrom'), { maxResponseBytes: 2_000 }],
    [wide('id nameEn validFrom sources { quote }'), { maxResponseBytes: 5_000 }],
    [wide('id nameEn validFrom sources { quote }'), { maxElements: 50 }],
    [wide('id nameEn validFrom sources { quote }'), { maxStoreCalls: 1 }],
    [wide('id typeLabel(lang: FR) aliases { name } undated'), { maxResponseBytes: 3_000 }],
    [
      '{ a: node(id: "ml-mali") { id nameEn } b: stats { nodes } c: search(text: "loi") { id nameFr validTo } }',
      { maxResponseBytes: 300 },
    ],
  ] as const)('cuts %s on %j the same way (the per-field charge still runs)', async (query, limits) => {
    const response = await run(query, undefined, limits);
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(body?.errors?.map((e) => BUDGET_CODES.has(String(e.extensions?.code)))).toContain(true);
  });

  it('propagates nulls and picks operations by name the same way', async () => {
    await run('{ a: node(id: "ml-mali") { id } b: node(id: "ml-nowhere") { id } }');
    const two = 'query A { node(id: "ml-mali") { id } } query B { stats { nodes } }';
    await run(two);
    for (const operationName of ['B', 'C', ''])
      await pair.compare({ query: two, operationName }, () => createContext(store));
    // An empty operationName names no operation for graphql-js, even in a document with one
    // anonymous operation; graphql-jit would run that one (it once crashed the executor: a 500).
    for (const query of ['{ stats { nodes } }', '{ __schema { types { name } } }'])
      for (let sight = 0; sight < 2; sight++)
        await pair.compare({ query, operationName: '' }, () => createContext(store));
  });

  it("never lets graphql-jit's date marker in a string literal become code", async () => {
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const query = `{ node(id: "${marker}1,(globalThis.cadreJitProbe=1)") { id } }`;
    await run(query);
    await run(query);
    expect((globalThis as { cadreJitProbe?: number }).cadreJitProbe).toBeUndefined();
    expect(hasJitMarker(parse('{ node(id: "\\u005F_MAGIC_x") { id } }'))).toBe(true);
    expect(hasJitMarker(parse('{ node(id: "ml-mali") { id } }'))).toBe(false);
  });
});

describe('when graphql-jit compiles', () => {
  const store = new EmbeddedStore(loadSeeds());
  const server = createApolloServer({ executor: 'jit', jit: { seen: 4, compiled: 4 } });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const run = (query: string) => server.executeOperation({ query }, { contextValue: createContext(store) });

  it('compiles a document at its second sight only, once, and never a flood of one-off documents', async () => {
    compileQuery.mockClear();
    const query = '{ node(id: "ml-mali") { id } }';
    await run(query);
    expect(compileQuery).not.toHaveBeenCalled();
    await run(query);
    await run(query);
    expect(compileQuery).toHaveBeenCalledTimes(1);
    compileQuery.mockClear();
    for (let i = 0; i < 50; i++) await run(`{ node(id: "flood-${i}") { id } }`);
    expect(compileQuery).not.toHaveBeenCalled();
  });
});

describe('CADRE_EXECUTOR', () => {
  it('is jit by default, takes graphql-js, and stops the start on anything else', () => {
    expect(executorFromEnv(undefined)).toBe('jit');
    expect(executorFromEnv('')).toBe('jit');
    expect(executorFromEnv('jit')).toBe('jit');
    expect(executorFromEnv(' graphql-js ')).toBe('graphql-js');
    expect(() => executorFromEnv('fast')).toThrow(/CADRE_EXECUTOR/);
  });
});
