import type { Neo4jExecutor } from '@cadre/store-neo4j';

/**
 * What the database stores, every generation together (the store's own stats only count the
 * live one): more than the live graph means a leftover of a seeding that never switched.
 * Neo4j answers both counts from its count store.
 */
export async function storedCounts(store: {
  executor: Pick<Neo4jExecutor, 'read'>;
}): Promise<{ nodes: number; relations: number }> {
  return store.executor.read(async (run) => {
    const [nodes] = await run({ text: 'MATCH (n:Node) RETURN count(n) AS count', params: {} });
    const [relations] = await run({ text: 'MATCH ()-[r]->() RETURN count(r) AS count', params: {} });
    return { nodes: Number(nodes!.get('count')), relations: Number(relations!.get('count')) };
  });
}
