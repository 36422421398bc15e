import { EmbeddedStore, type GraphStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';

/** A store that counts the calls made to it: one call is one round trip on Neo4j. */
function counting(store: GraphStore): { store: GraphStore; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls };
}

/**
 * A comparison and a ratification map read the store in a few batched calls whatever the number of
 * states: the map for every jurisdiction and a four-state comparison cost about what one state would.
 */
describe('store reads of comparisons and maps', () => {
  const seeded = EmbeddedStore.fromSeeds();
  const server = createApolloServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const reads = async (query: string): Promise<number> => {
    const { store, calls } = counting(seeded);
    const response = await server.executeOperation({ query }, { contextValue: createContext(store) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return calls();
  };
  const compare = (ids: string[]) => `{
    compareJurisdictions(ids: ${JSON.stringify(ids)}, asOf: "2020") {
      profiles {
        participation { status sources { quote } }
        instruments { instrument { id } status { status } }
        coverage { status links { concept { id } } }
        coordinationBodies { body { id } }
        implementation { statusCounts { count } }
      }
    }
  }`;

  it('compares two states or four in about ten reads', async () => {
    const two = await reads(compare(['ml-mali', 'ne-niger']));
    const four = await reads(compare(['ml-mali', 'ne-niger', 'sn-senegal', 'bf-burkina-faso']));
    // Loads, the states' and treaties' relations, one read per level of places (three at most),
    // articles and national things, provisions, the nodes reached, then sources for citations.
    expect(two).toBeLessThanOrEqual(11);
    expect(four).toBeLessThanOrEqual(11);
  });

  it('maps every jurisdiction in a handful of reads', async () => {
    expect(
      await reads(
        '{ ratificationMap(treaty: "un-tip-protocol", asOf: "2010") { rows { status sources { quote } } } }',
      ),
    ).toBeLessThanOrEqual(4);
  });
});
