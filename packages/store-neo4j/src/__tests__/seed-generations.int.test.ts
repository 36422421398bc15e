import { loadSeeds, syntheticGraph, type SeedGraph } from '@cadre/model';
import type { GraphStats } from '@cadre/store';
import { killSeedingMidway, storedCounts, testNeo4jUri } from '@cadre/testing/neo4j';
import { Neo4jStore } from '../neo4j-store';
import { writeSeedGraph } from '../write-seed-graph';

/**
 * Seeding writes a new generation in batches and switches to it in one small transaction: the
 * served graph is the old one or the new one, never a mix, and whatever stops a seeding before
 * its switch (an error, a kill -9) leaves the served graph as it was; the next seeding removes
 * the leftover.
 */
describe('seeding by generations', () => {
  let store: Neo4jStore;
  const seed = loadSeeds();
  // Ids unlike the seeds', so a mix of both graphs would show in the counts.
  const synthetic = syntheticGraph(2_000, 6_000);

  const statsOf = async (graph: SeedGraph): Promise<GraphStats> => {
    await writeSeedGraph(store.executor, graph);
    return store.stats();
  };

  beforeAll(async () => {
    store = Neo4jStore.create({ uri: testNeo4jUri(), log: () => {} });
    await store.ensureSchema();
  });
  afterAll(async () => store.close());

  it('leaves exactly the new graph after a reseed, and nothing of the old one', async () => {
    await writeSeedGraph(store.executor, seed);
    const summary = await writeSeedGraph(store.executor, synthetic);
    expect(summary).toMatchObject({ nodes: synthetic.nodes.length, relations: synthetic.relations.length });
    expect(await store.stats()).toMatchObject({
      nodes: synthetic.nodes.length,
      relations: synthetic.relations.length,
    });
    expect(await storedCounts(store)).toEqual({
      nodes: synthetic.nodes.length,
      relations: synthetic.relations.length,
    });
    expect(await store.getNode(seed.nodes[0]!.id)).toBeNull();
    expect(await store.getNode(synthetic.nodes[0]!.id)).toEqual(synthetic.nodes[0]);
  });

  it('leaves the live graph unchanged when a seeding fails after some batches, and the next one cleans up', async () => {
    const live = await statsOf(seed);
    const broken: SeedGraph = {
      ...synthetic,
      relations: [...synthetic.relations, { ...synthetic.relations[0]!, id: 'dangling', to: 'no-such-node' }],
    };
    await expect(writeSeedGraph(store.executor, broken, { batchSize: 1_000 })).rejects.toThrow(
      /wrote \d+ of \d+ rows.*live graph is unchanged/,
    );
    expect(await store.stats()).toEqual(live);
    expect(await store.getNode(synthetic.nodes[0]!.id)).toBeNull();
    // The batches before the failing one were committed: the leftover is there, unseen.
    const stored = await storedCounts(store);
    expect(stored.nodes).toBe(seed.nodes.length + synthetic.nodes.length);

    await writeSeedGraph(store.executor, seed);
    expect(await storedCounts(store)).toEqual({ nodes: seed.nodes.length, relations: seed.relations.length });
  });

  it('never shows a reader a mix of two graphs while a seeding runs', async () => {
    const before = await statsOf(seed);
    const seen: GraphStats[] = [];
    let done = false;
    const seeding = writeSeedGraph(store.executor, synthetic, { batchSize: 500 }).finally(() => {
      done = true;
    });
    while (!done) seen.push(await store.stats());
    await seeding;
    const after = await store.stats();
    expect(after.nodes).toBe(synthetic.nodes.length);
    expect(seen.length).toBeGreaterThan(1);
    for (const stats of seen) expect([before, after]).toContainEqual(stats);
  });

  it('leaves the served graph unchanged when the seeding process is killed (kill -9) midway', async () => {
    const live = await statsOf(seed);
    const killed = await killSeedingMidway(testNeo4jUri(), ['--synthetic', '5000'], 10_000);
    expect(killed.committedRows).toBeGreaterThanOrEqual(10_000);
    expect(killed.committedRows).toBeLessThan(killed.totalRows);
    expect(await store.stats()).toEqual(live);
    expect(await store.getNode('bench-0')).toBeNull();
    expect((await storedCounts(store)).relations).toBeGreaterThan(seed.relations.length);

    await writeSeedGraph(store.executor, seed);
    expect(await store.stats()).toEqual(live);
    expect(await storedCounts(store)).toEqual({ nodes: seed.nodes.length, relations: seed.relations.length });
  });

  it('says in the log when no graph is served: never seeded, or seeded by an older Cadre', async () => {
    const messages: string[] = [];
    const watcher = Neo4jStore.create({ uri: testNeo4jUri(), log: (m) => messages.push(m) });
    const write = (text: string) => store.executor.write((run) => run({ text, params: {} }));
    try {
      await writeSeedGraph(store.executor, seed);
      await watcher.ensureSchema();
      expect(messages.filter((m) => m.includes('npm run seed'))).toEqual([]);

      await write('MATCH (m:GraphMeta) DETACH DELETE m');
      await watcher.ensureSchema();
      expect(messages.at(-1)).toMatch(/holds no seeded graph yet: run `npm run seed`/);

      // A node stored before generations existed: no `gen`.
      await write('MATCH (n:Node) WITH n LIMIT 1 REMOVE n.gen');
      await watcher.ensureSchema();
      expect(messages.at(-1)).toMatch(/seeded by an older Cadre, which is not served/);
    } finally {
      await watcher.close();
    }
    // The next seeding serves the seeds again and removes what an older Cadre left.
    await writeSeedGraph(store.executor, seed);
    expect(await storedCounts(store)).toMatchObject({ nodes: seed.nodes.length });
    expect((await store.stats()).nodes).toBe(seed.nodes.length);
  });
});
