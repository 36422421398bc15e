import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { defaultSeedsDir, loadSeeds, type SeedGraph } from '@cadre/model';
import { Neo4jStore } from '../neo4j-store';
import { writeSeedGraph } from '../write-seed-graph';
import { testNeo4jUri } from '@cadre/testing/neo4j';

const run = promisify(execFile);
const SEED_CLI = resolve(__dirname, '../../dist/cli/seed.js');

/**
 * The whole graph, as sorted JSON: two equal dumps mean two identical graphs. Each seeding writes
 * a new generation, so the generation number (and the meta node that points at it) is left out.
 */
async function dump(store: Neo4jStore): Promise<string> {
  return store.executor.read(async (q) => {
    const nodes = await q({
      text: 'MATCH (n) WHERE NOT n:GraphMeta RETURN labels(n) AS labels, n{.*, gen: null} AS props ORDER BY n.id',
      params: {},
    });
    const rels = await q({
      text: 'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r{.*, gen: null} AS props ORDER BY r.id',
      params: {},
    });
    return JSON.stringify([nodes.map((r) => r.toObject()), rels.map((r) => r.toObject())]);
  });
}

describe('seeding Neo4j (npm run seed)', () => {
  let store: Neo4jStore;
  const seed = loadSeeds();
  const env = { ...process.env, NEO4J_URI: testNeo4jUri() };

  beforeAll(async () => {
    store = Neo4jStore.create({ uri: testNeo4jUri(), log: () => {} });
    await store.ensureSchema();
  });
  afterAll(async () => store.close());

  it('writes graph-seeds, and a second run leaves an identical graph', async () => {
    const first = await run('node', [SEED_CLI], { env });
    expect(first.stdout).toMatch(
      new RegExp(`Seeded ${seed.nodes.length} nodes, ${seed.relations.length} relations`),
    );
    const once = await dump(store);
    await run('node', [SEED_CLI], { env });
    expect(await dump(store)).toEqual(once);
    expect(await store.stats()).toMatchObject({
      nodes: seed.nodes.length,
      relations: seed.relations.length,
      sources: seed.sources.length,
    });
  });

  it('removes what was removed from the seeds', async () => {
    const without: SeedGraph = {
      ...seed,
      nodes: seed.nodes.filter((n) => n.id !== 'ml-2018-05-police-training-bamako'),
      relations: seed.relations.filter(
        (r) => r.from !== 'ml-2018-05-police-training-bamako' && r.to !== 'ml-2018-05-police-training-bamako',
      ),
    };
    await writeSeedGraph(store.executor, without);
    expect(await store.getNode('ml-2018-05-police-training-bamako')).toBeNull();
    expect((await store.stats()).relations).toBe(without.relations.length);
    await writeSeedGraph(store.executor, seed);
    expect(await store.getNode('ml-2018-05-police-training-bamako')).not.toBeNull();
  });

  it('writes nothing from a broken seed folder, and says what is wrong', async () => {
    const before = await dump(store);
    const dir = mkdtempSync(join(tmpdir(), 'cadre-broken-seeds-'));
    try {
      cpSync(defaultSeedsDir(), dir, { recursive: true });
      const file = join(dir, 'relations/events.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/from: nl-government/, 'from: nl-governmnt'));
      const failed = await run('node', [SEED_CLI, dir], { env }).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect((failed as { code: number }).code).toBe(1);
      expect((failed as { stderr: string }).stderr).toMatch(
        /relations\/events\.yaml:\d+ › nl-governmnt\.FUNDED\..* › from: unknown node "nl-governmnt"/,
      );
      expect((failed as { stderr: string }).stderr).toMatch(/nothing was loaded/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await dump(store)).toEqual(before);
  });

  it('rolls back the whole write when one statement fails', async () => {
    const before = await dump(store);
    await expect(
      store.executor.write(async (q) => {
        await q({ text: "MATCH (n:Node {id: 'ml-mali'}) SET n.nameEn = 'Changed'", params: {} });
        // violates the (gen, id) constraint
        await q({
          text: "MATCH (m:GraphMeta {key: 'graph'}) CREATE (n:Node {gen: m.live, id: $id})",
          params: { id: 'ml-mali' },
        });
      }),
    ).rejects.toThrow(/already exists/);
    expect(await dump(store)).toEqual(before);
  });
});

describe('an empty Neo4j', () => {
  it('counts zero rather than failing', async () => {
    const store = Neo4jStore.create({ uri: testNeo4jUri(), log: () => {} });
    try {
      await store.executor.write((q) => q({ text: 'MATCH (n) DETACH DELETE n', params: {} }));
      expect(await store.stats()).toEqual({
        nodes: 0,
        relations: 0,
        citations: 0,
        sources: 0,
        nodesByKind: [],
        relationsByKind: [],
      });
    } finally {
      await store.close();
    }
  });
});
