import { EmbeddedStore, type GraphStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';

/** The store methods one request called, in order: each call is one round trip on Neo4j. */
function recordingCalls(store: GraphStore): { store: GraphStore; called: string[] } {
  const called: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        called.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, called };
}

/**
 * The explorer's questions each cost one store call: a node page (the node, its relations and
 * their ends), a neighbourhood, paths between two nodes.
 */
describe('store calls of the explorer questions', () => {
  const seeded = EmbeddedStore.fromSeeds();
  const server = createApolloServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const ask = async (
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: unknown; called: string[] }> => {
    const { store, called } = recordingCalls(seeded);
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext(store) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { data: response.body.singleResult.data, called };
  };
  const REL = 'id kind from { id name } to { id name }';

  it('answers a node with its relations and their ends in one call, as the field alone would', async () => {
    const node = await ask(
      `query($id: ID!, $n: Int) { node(id: $id) { id name relations(first: $n) { ${REL} } } }`,
      { id: 'ml-mali', n: 8 },
    );
    expect(node.called).toEqual(['nodeWithRelations']);
    // `nodes` does not look ahead: its relations come from the field's own call.
    const plain = await ask(`{ nodes(ids: ["ml-mali"]) { id name relations(first: 8) { ${REL} } } }`);
    expect(plain.called).toEqual(['getNodes', 'nodeWithRelations']);
    expect((node.data as { node: unknown }).node).toEqual((plain.data as { nodes: unknown[] }).nodes[0]);
  });

  it('leaves relations in a fragment or with other arguments to their own call, with the same answer', async () => {
    const aliased = await ask(
      `{ node(id: "ml-mali") { id out: relations(direction: OUT, first: 2) { id } ... on Place { all: relations { id } } } }`,
    );
    expect(aliased.called).toEqual(['nodeWithRelations', 'nodeWithRelations']);
    const { node } = aliased.data as { node: { out: Array<{ id: string }>; all: Array<{ id: string }> } };
    expect(node.out).toHaveLength(2);
    expect(node.all.length).toBeGreaterThan(node.out.length);
  });

  it('answers a neighbourhood, and paths that exist, in one call each', async () => {
    const hood = await ask(
      `{ neighborhood(id: "ml-mali", depth: 2) { truncated nodes { id name } relations { ${REL} } } }`,
    );
    expect(hood.called).toEqual(['neighborhood']);
    const paths = await ask(`{ paths(from: "ml-mali", to: "un-untoc") { length nodes { id } } }`);
    expect(paths.called).toEqual(['paths']);
    expect((paths.data as { paths: unknown[] }).paths.length).toBeGreaterThan(0);
  });
});
