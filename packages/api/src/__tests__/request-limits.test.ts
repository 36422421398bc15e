import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getIntrospectionQuery,
  isListType,
  getNullableType,
  isObjectType,
  isInterfaceType,
  parse,
} from 'graphql';
import { EmbeddedStore } from '@cadre/store';
import { createApolloServer, createSchema } from '../create-apollo-server';
import { createContext } from '../context';
import { costedFields } from '../limits/cost-model';
import { ConcurrencyGate } from '../limits/concurrency-gate';
import { createCostEstimate } from '../limits/query-cost';
import { DEFAULT_LIMITS, limitsFromEnv, type ServerLimits } from '../limits/server-limits';

const schema = createSchema();
const estimate = createCostEstimate(schema);
const costOf = (query: string, variables: Record<string, unknown> = {}): number => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  const result = estimate(document, operation as never, variables);
  if (result.kind !== 'cost') throw new Error(`no cost: ${result.kind}`);
  return result.cost;
};

/** The explorer's operations, as codegen collected them (packages/web/src/gql/gql.ts). */
function explorerOperations(): Array<{ name: string; document: string }> {
  const text = readFileSync(resolve(__dirname, '../../../web/src/gql/gql.ts'), 'utf8');
  const start = text.indexOf('type Documents = {');
  const block = text.slice(start, text.indexOf('};', start));
  const sources = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
  const all = sources.join('\n');
  return parse(all)
    .definitions.filter((d) => d.kind === 'OperationDefinition')
    .map((d) => ({ name: (d as { name?: { value: string } }).name?.value ?? '?', document: all }));
}

describe('the cost model', () => {
  it('sizes every list field of the schema (a new list field must say how long it can be)', () => {
    const sized = costedFields(schema);
    const lists = Object.values(schema.getTypeMap()).flatMap((t) =>
      (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__')
        ? Object.values(t.getFields())
            .filter((f) => isListType(getNullableType(f.type)))
            .map((f) => `${t.name}.${f.name}`)
        : [],
    );
    expect(lists.filter((name) => !sized.has(name))).toEqual([]);
  });

  it("counts a node's relations at their `first`, so the issue's deep query is refused", () => {
    const nest = (levels: number): string =>
      levels === 0 ? 'id' : `relations { to { ${nest(levels - 1)} } }`;
    expect(costOf(`{ node(id: "ml-mali") { ${nest(5)} } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(costOf(`{ node(id: "ml-mali") { ${nest(4)} } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(costOf(`{ node(id: "ml-mali") { ${nest(1)} } }`)).toBeLessThan(DEFAULT_LIMITS.expensiveCost);
    expect(
      costOf(`{ node(id: "ml-mali") { relations(first: 5) { to { relations(first: 5) { id } } } } }`),
    ).toBeLessThan(
      costOf(`{ node(id: "ml-mali") { relations(first: 50) { to { relations(first: 50) { id } } } } }`),
    );
  });

  it('weighs store work: six hops cost far more than two, and aliases add up', () => {
    const paths = (hops: number): string =>
      `paths(from: "a", to: "b", maxHops: ${hops}, first: 10) { length }`;
    expect(costOf(`{ ${paths(6)} }`)).toBeGreaterThan(100 * costOf(`{ ${paths(2)} }`));
    const aliased = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${paths(6)}`).join(' ')} }`;
    expect(costOf(aliased)).toBeGreaterThanOrEqual(10 * costOf(`{ ${paths(6)} }`));
    expect(costOf(aliased)).toBeGreaterThan(DEFAULT_LIMITS.expensiveCost);
  });

  it("keeps the explorer's own queries and GraphiQL's introspection out of the expensive lane", () => {
    const operations = explorerOperations();
    expect(operations.length).toBeGreaterThan(3);
    const fill = {
      id: 'ml-mali',
      from: 'ml-mali',
      to: 'un-untoc',
      text: 'mali',
      // Two ids, as the explorer's evidence requests send (a comparison sends up to four: below).
      ids: ['ml-mali', 'ne-niger'],
      suggested: ['ml-mali'],
      treaty: 'un-tip-protocol',
      treaties: ['un-untoc', 'un-tip-protocol', 'un-som-protocol'],
      jurisdiction: 'ml-mali',
      lang: 'EN',
    };
    for (const { name, document } of operations) {
      const doc = parse(document);
      const op = doc.definitions.find((d) => d.kind === 'OperationDefinition' && d.name?.value === name)!;
      const variables =
        name === 'CompareJurisdictions'
          ? { ...fill, ids: ['ml-mali', 'ne-niger', 'sn-senegal', 'bf-burkina-faso'] }
          : fill;
      const result = estimate(doc, op as never, variables);
      expect({ name, kind: result.kind }).toEqual({ name, kind: 'cost' });
      if (result.kind === 'cost')
        expect({ name, expensive: result.cost >= DEFAULT_LIMITS.expensiveCost }).toEqual({
          name,
          expensive: false,
        });
    }
    expect(costOf(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBeLessThan(
      DEFAULT_LIMITS.expensiveCost,
    );
  });

  it('refuses bad variables to the executor and gives up on fragment explosions', () => {
    const document = parse('query($f: Int) { search(text: "a", first: $f) { id } }');
    expect(estimate(document, document.definitions[0] as never, { f: 1.5 })).toEqual({
      kind: 'bad-variables',
    });
    const levels = 4;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { stats { nodes } }`
        : `fragment F${i} on Query { ${Array(30)
            .fill(`...F${i + 1}`)
            .join(' ')} }`,
    );
    const bomb = parse(`{ ...F0 } ${fragments.join(' ')}`);
    expect(estimate(bomb, bomb.definitions[0] as never, {}).kind).toBe('too-many-fields');
  });
});

describe('the per-request budget', () => {
  const store = EmbeddedStore.fromSeeds();
  const server = createApolloServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  /** Runs `query` with a context made `waitMs` before execution (the budget's clock starts with it). */
  const run = async (query: string, limits: Partial<ServerLimits>, waitMs = 0) => {
    const contextValue = createContext(store, { limits: { ...DEFAULT_LIMITS, ...limits } });
    if (waitMs) await new Promise((r) => setTimeout(r, waitMs));
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  const wide =
    '{ stats { nodes } neighborhood(id: "ml-mali", depth: 3, limit: 300) { nodes { id nameEn validFrom sources { quote } } } }';

  it.each([
    ['RESPONSE_TOO_LARGE', { maxResponseBytes: 5_000 }],
    ['STORE_BUDGET_EXCEEDED', { maxElements: 50 }],
    ['STORE_BUDGET_EXCEEDED', { maxStoreCalls: 1 }],
  ] as const)('stops a request with %s, reported once', async (code, limits) => {
    const result = await run(wide, limits);
    expect((result.errors ?? []).map((e) => e.extensions?.code)).toEqual([code]);
  });

  it('stops a request whose time is spent with TIME_BUDGET_EXCEEDED', async () => {
    const result = await run(wide, { requestTimeoutMs: 1 }, 10);
    expect((result.errors ?? []).map((e) => e.extensions?.code)).toEqual(['TIME_BUDGET_EXCEEDED']);
  });

  it('lets the same query through with the default budget', async () => {
    const result = await run(wide, {});
    expect(result.errors).toBeUndefined();
  });
});

describe('the expensive lane', () => {
  it('runs at most `concurrency` at once, queues `queue`, refuses the rest at once, and loses no turn', async () => {
    const gate = new ConcurrencyGate(1, 1);
    const first = await gate.tryEnter()!;
    const queued = gate.tryEnter()!;
    expect(gate.tryEnter()).toBeUndefined();
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    first();
    first();
    const second = await queued;
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    second();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});

describe('limits from the environment', () => {
  it('reads CADRE_* settings and refuses what is not a number', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(
      limitsFromEnv({
        CADRE_REQUEST_TIMEOUT_MS: '2500',
        CADRE_INTROSPECTION: 'false',
        CADRE_EXPENSIVE_QUEUE: '0',
      }),
    ).toMatchObject({
      requestTimeoutMs: 2500,
      introspection: false,
      expensiveQueue: 0,
    });
    expect(() => limitsFromEnv({ CADRE_MAX_COST: '50k' })).toThrow(/CADRE_MAX_COST must be a whole number/);
    expect(() => limitsFromEnv({ CADRE_INTROSPECTION: 'no' })).toThrow(
      /CADRE_INTROSPECTION must be true or false/,
    );
  });
});
