import { createStoreFromEnv, syntheticEnvFromArgs } from '../create-store-from-env';

describe('serving a synthetic graph', () => {
  const quiet = (): void => {};

  it('reads --synthetic and --relations as CADRE_SYNTHETIC and CADRE_SYNTHETIC_RELATIONS', () => {
    expect(syntheticEnvFromArgs(['--synthetic', '100000', '--relations', '1000000'])).toEqual({
      CADRE_SYNTHETIC: '100000',
      CADRE_SYNTHETIC_RELATIONS: '1000000',
    });
    expect(syntheticEnvFromArgs([])).toEqual({});
    expect(() => syntheticEnvFromArgs(['--synthetic'])).toThrow('--synthetic needs a number');
    expect(() => syntheticEnvFromArgs(['--relations', '5'])).toThrow('--relations goes with --synthetic');
  });

  it('serves the generated graph from the embedded store, ten relations per node by default', async () => {
    const store = await createStoreFromEnv({ CADRE_SYNTHETIC: '60' }, quiet);
    expect(store.name).toBe('embedded');
    expect(await store.stats()).toMatchObject({ nodes: 60, relations: 600 });
    expect((await store.search('décret 42', { first: 5 })).map((n) => n.id)).toEqual(['bench-42']);
    const sized = await createStoreFromEnv({ CADRE_SYNTHETIC: '60', CADRE_SYNTHETIC_RELATIONS: '90' }, quiet);
    expect(await sized.stats()).toMatchObject({ nodes: 60, relations: 90 });
  });

  it('refuses sizes that are not whole numbers above 0, and Neo4j beside it', async () => {
    await expect(createStoreFromEnv({ CADRE_SYNTHETIC: 'many' }, quiet)).rejects.toThrow('CADRE_SYNTHETIC');
    await expect(
      createStoreFromEnv({ CADRE_SYNTHETIC: '10', CADRE_SYNTHETIC_RELATIONS: '-1' }, quiet),
    ).rejects.toThrow('CADRE_SYNTHETIC_RELATIONS');
    await expect(
      createStoreFromEnv({ CADRE_SYNTHETIC: '10', NEO4J_URI: 'bolt://localhost:7687' }, quiet),
    ).rejects.toThrow('unset NEO4J_URI');
  });
});
