import { EmbeddedStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';
import type { ExecutorName } from '../jit-executor';

const store = EmbeddedStore.fromSeeds();

/**
 * What the budget charged for an answer against the answer's real JSON text. Plain leaves (ids,
 * kinds) are charged with their object (charge-object-leaves.ts), every other field by its
 * wrapper; numbers and booleans are charged 6 bytes whatever they write, so the charge is near the
 * text, not equal to it.
 */
describe.each<ExecutorName>(['graphql-js', 'jit'])('the answer-size charge (%s)', (executor) => {
  // Compiled at first sight, so that the jit run is compiled code.
  const server = createApolloServer({ executor, jit: { compileAtSight: 1 } });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const charged = async (query: string, variables: Record<string, unknown> = {}) => {
    const contextValue = createContext(store);
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    expect(errors).toBeUndefined();
    return { bytes: contextValue.budget.used.bytes, text: JSON.stringify(data).length };
  };

  it.each([
    [
      'a neighbourhood of ids, kinds and names',
      '{ neighborhood(id: "ml-mali", depth: 2) { truncated nodes { id kind name } relations { id kind from { id } to { id } } } }',
    ],
    [
      'plain leaves behind aliases and fragments on the Node interface',
      '{ n: node(id: "ml-mali") { ...F ... on Institution { k2: kind } } } fragment F on Node { identifier: id kind }',
    ],
    ['a search, leaves only', '{ search(text: "traite") { id kind } }'],
  ])('is within a fifth of the JSON text for %s', async (_, query) => {
    const { bytes, text } = await charged(query);
    expect(text).toBeGreaterThan(20);
    expect(bytes).toBeGreaterThanOrEqual(0.8 * text);
    expect(bytes).toBeLessThanOrEqual(1.2 * text);
  });

  it('charges plain leaves only when asked (@skip, @include) and once per response key', async () => {
    const query = `query($skip: Boolean!) {
      neighborhood(id: "ml-mali", depth: 2) { nodes { id id kind @skip(if: $skip) ... on Node { id } } }
    }`;
    const asked = await charged(query, { skip: false });
    const skipped = await charged(query, { skip: true });
    expect(skipped.bytes).toBeLessThan(asked.bytes);
    for (const { bytes, text } of [asked, skipped]) {
      expect(bytes).toBeGreaterThanOrEqual(0.8 * text);
      expect(bytes).toBeLessThanOrEqual(1.2 * text);
    }
  });

  it('stops an answer of plain leaves at the byte budget', async () => {
    const contextValue = createContext(store, {
      limits: { requestTimeoutMs: 10_000, maxStoreCalls: 100, maxElements: 100_000, maxResponseBytes: 2_000 },
    });
    const response = await server.executeOperation(
      {
        query:
          '{ neighborhood(id: "ml-mali", depth: 3, limit: 300) { nodes { id kind } relations { id kind } } }',
      },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
  });
});
