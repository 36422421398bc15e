import type { GraphQLField, GraphQLInterfaceType } from 'graphql';
import { EmbeddedStore } from '@cadre/store';
import { createApolloServer, createSchema } from '../create-apollo-server';
import { createContext, type GraphQLContext } from '../context';
import { CAPS } from '../limits/argument-caps';

/** Which caps each Query field's SDL description states, in the order it states them. */
const STATED: Record<string, Array<keyof typeof CAPS>> = {
  compareJurisdictions: ['compareIds', 'compareTreaties'],
  nodes: ['nodeIds'],
  search: ['searchFirst', 'searchTextLength'],
  neighborhood: ['depth', 'limit'],
  paths: ['maxHops', 'pathsFirst'],
  listNodes: ['listFirst'],
};
/** The argument each capped number belongs to, where it is an argument with an SDL default. */
const ARGUMENT: Partial<Record<keyof typeof CAPS, [field: string, argument: string]>> = {
  searchFirst: ['search', 'first'],
  depth: ['neighborhood', 'depth'],
  limit: ['neighborhood', 'limit'],
  maxHops: ['paths', 'maxHops'],
  pathsFirst: ['paths', 'first'],
  listFirst: ['listNodes', 'first'],
};

describe('the SDL and CAPS', () => {
  const fields = createSchema().getQueryType()!.getFields();

  it.each(Object.entries(fields))(
    'Query.%s states the caps CAPS holds, and no other number',
    (name, field) => {
      const stated = [...(field.description ?? '').matchAll(/at most (\d+)/gi)].map((m) => Number(m[1]));
      expect(stated).toEqual((STATED[name] ?? []).map((cap) => CAPS[cap]));
    },
  );

  it('Node.relations states its cap, in the interface and every type implementing it', () => {
    const schema = createSchema();
    const node = schema.getType('Node') as GraphQLInterfaceType;
    const description = node.getFields().relations!.description ?? '';
    expect([...description.matchAll(/at most (\d+)/gi)].map((m) => Number(m[1]))).toEqual([
      CAPS.relationsFirst,
    ]);
    for (const type of [node, ...schema.getPossibleTypes(node)]) {
      const first = type.getFields().relations!.args.find((a) => a.name === 'first');
      expect(first?.defaultValue).toBeLessThanOrEqual(CAPS.relationsFirst);
    }
  });

  it('states every cap somewhere', () => {
    expect([...Object.values(STATED).flat(), 'relationsFirst'].sort()).toEqual(Object.keys(CAPS).sort());
  });

  it.each(Object.entries(ARGUMENT))('the default of %s lies within its cap', (cap, [field, argument]) => {
    const arg = (fields[field] as GraphQLField<unknown, unknown>).args.find((a) => a.name === argument);
    expect(arg?.defaultValue).toEqual(expect.any(Number));
    expect(arg!.defaultValue as number).toBeLessThanOrEqual(CAPS[cap as keyof typeof CAPS]);
  });
});

describe('argument defaults', () => {
  const store = EmbeddedStore.fromSeeds();
  const server = createApolloServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string): Promise<unknown> => {
    const response = await server.executeOperation<Record<string, unknown>>(
      { query },
      { contextValue: createContext(store) satisfies GraphQLContext },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.body.singleResult.data;
  };

  it('are taken from the SDL when an argument is left out or sent as null', async () => {
    expect(await run('{ search(text: "mali", first: null) { id } }')).toEqual(
      await run('{ search(text: "mali") { id } }'),
    );
    expect(
      await run('{ neighborhood(id: "ml-mali", depth: null, limit: null) { nodes { name(lang: null) } } }'),
    ).toEqual(await run('{ neighborhood(id: "ml-mali") { nodes { name } } }'));
    expect(
      await run('{ paths(from: "ml-law-2012-023", to: "un-untoc", maxHops: null, first: null) { length } }'),
    ).toEqual(await run('{ paths(from: "ml-law-2012-023", to: "un-untoc") { length } }'));
  });
});
